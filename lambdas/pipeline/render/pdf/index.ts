/**
 * PDF edition: GB/T 9704 page, clreq line breaking and justification, embedded CJK subset fonts.
 *
 *   typeset (pure: blocks → lines on the grid) → paginate (22 lines, keep-with-next)
 *   → scene (faces per glyph, text runs) → content template, page by page
 *   → embed used faces → emit pages (glyph ids filled in), outline, metadata.
 */
import { PDFDocument } from 'pdf-lib';
import type { SpeechDocument } from '../../model';
import type { PipelineWarning } from '../../warnings';
import { emitPages } from './draw/emit';
import { FontResolver } from './draw/fontResolver';
import { writeMetadata } from './draw/metadata';
import { type Bookmark, writeOutline } from './draw/outline';
import { FaceNumbers, pageContent, type PageContent } from './draw/pageContent';
import { scenePage } from './draw/scene';
import { StreamPrecompressor, useNativeDeflate } from './adapters/pdf-lib-deflate';
import { embedFaces, fontBookFor, missingGlyphWarning } from './fonts';
import { paginate, paginateSlots, type Page } from './layout/paginate';
import { typesetSlots } from './layout/typeset';

export interface PdfRendering {
  readonly bytes: Uint8Array;
  readonly pageCount: number;
  readonly warnings: PipelineWarning[];
}

/**
 * Renders the document as a print-ready PDF. Fonts follow `doc.script` (SC or TC faces), /Lang follows
 * `doc.language`. Characters no bundled font has are left as gaps and listed in a `missing-glyph`
 * warning. Deterministic: the same document gives byte-identical bytes. `onPage` sees each laid-out page
 * as it is drawn (convert() hands them to the DOCX, which breaks its lines where the PDF does).
 */
export async function renderPdf(doc: SpeechDocument, onPage?: (page: Page) => void): Promise<PdfRendering> {
  return (await drawPdf(typesetPdf(doc, onPage))).finish();
}

/** A PDF laid out page by page, its pages waiting as content templates for the fonts to be embedded. */
export interface TypesetPdf {
  readonly doc: SpeechDocument;
  readonly resolver: FontResolver;
  readonly faces: FaceNumbers;
  readonly contents: readonly PageContent[];
  readonly bookmarks: readonly Bookmark[];
}

/**
 * The first part of renderPdf, synchronous: every page laid out (each handed to `onPage`), turned into a scene
 * and written as a content template. Once it returns, `onPage` has seen every page.
 */
export function typesetPdf(doc: SpeechDocument, onPage?: (page: Page) => void): TypesetPdf {
  // Pages are laid out, turned into scenes and written as content streams one at a time: a long speech's
  // per-glyph layout and scene objects are never all alive at once. Fonts can be embedded only once every
  // page is known (the subsets hold exactly the characters drawn), so the pages wait for them as content
  // templates with the glyph ids still open (a few KB each).
  const resolver = new FontResolver(fontBookFor(doc.script));
  const faces = new FaceNumbers();
  const contents: PageContent[] = [];
  const bookmarks: Bookmark[] = [];
  for (const page of paginateSlots(typesetSlots(doc, resolver.measure, resolver.ink))) {
    onPage?.(page);
    contents.push(pageContent(scenePage(page, contents.length, resolver, bookmarks), faces));
  }
  return { doc, resolver, faces, contents, bookmarks };
}

/** A PDF drawn on the main thread, its font files still deflating on the thread pool. */
export interface DrawnPdf {
  /** Waits for the font files and writes the PDF. */
  finish(): Promise<PdfRendering>;
}

/**
 * The second part: fonts subset and embedded (their files start deflating on the thread pool), pages, outline
 * and metadata written. What is left for `finish` is mostly waiting for those deflates, so a caller with other
 * work for the main thread (convert()'s DOCX) does it before calling `finish`.
 */
export async function drawPdf({ doc, resolver, faces, contents, bookmarks }: TypesetPdf): Promise<DrawnPdf> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  // The font files deflate on the thread pool while the faces are subset and the pages drawn.
  const precompress = new StreamPrecompressor();
  useNativeDeflate(pdf, precompress);
  const fonts = await embedFaces(pdf, resolver.used, { precompress });
  const pdfPages = emitPages(pdf, contents, faces.faces, fonts);
  writeOutline(pdf, pdfPages.map((p) => p.ref), bookmarks);
  writeMetadata(pdf, doc);
  return {
    async finish() {
      await precompress.ready();
      const bytes = await pdf.save({ addDefaultPage: false });
      const missing = missingGlyphWarning(resolver.missing);
      return { bytes, pageCount: pdfPages.length, warnings: missing ? [missing] : [] };
    },
  };
}

/** The paginated layout measured with the real fonts (what renderPdf draws; exposed for layout checks). */
export function layoutPdf(doc: SpeechDocument): { pages: Page[]; resolver: FontResolver } {
  const resolver = new FontResolver(fontBookFor(doc.script));
  return { pages: paginate(typesetSlots(doc, resolver.measure, resolver.ink)), resolver };
}
