/**
 * PDF edition: GB/T 9704 page, clreq line breaking and justification, embedded CJK subset fonts.
 *
 *   typeset (pure: blocks → lines on the grid) → paginate (22 lines, keep-with-next)
 *   → scene (faces per glyph, text runs) → embed used faces → emit pages, page numbers, outline, metadata.
 */
import { PDFDocument } from 'pdf-lib';
import type { SpeechDocument } from '../../model';
import type { PipelineWarning } from '../../warnings';
import { emitPages } from './draw/emit';
import { FontResolver } from './draw/fontResolver';
import { writeMetadata } from './draw/metadata';
import { writeOutline } from './draw/outline';
import { useNativeDeflate } from './draw/nativeDeflate';
import { buildScene } from './draw/scene';
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
 * warning. Deterministic: the same document gives byte-identical bytes.
 */
export async function renderPdf(doc: SpeechDocument): Promise<PdfRendering> {
  // Pages are laid out and turned into (compact) scene pages one at a time: the layout's per-glyph data of
  // a long speech is never all alive at once. Fonts can only be embedded once every page is known (the
  // subsets hold exactly the characters drawn), so the scene, not the layout, waits for them.
  const resolver = new FontResolver(fontBookFor(doc.script));
  const scene = buildScene(paginateSlots(typesetSlots(doc, resolver.measure)), resolver);

  const pdf = await PDFDocument.create({ updateMetadata: false });
  useNativeDeflate(pdf);
  const fonts = await embedFaces(pdf, resolver.used);
  const pdfPages = emitPages(pdf, scene.pages, fonts);
  writeOutline(pdf, pdfPages.map((p) => p.ref), scene.bookmarks);
  writeMetadata(pdf, doc);

  const bytes = await pdf.save({ addDefaultPage: false });
  const missing = missingGlyphWarning(resolver.missing);
  return { bytes, pageCount: pdfPages.length, warnings: missing ? [missing] : [] };
}

/** The paginated layout measured with the real fonts (what renderPdf draws; exposed for layout checks). */
export function layoutPdf(doc: SpeechDocument): { pages: Page[]; resolver: FontResolver } {
  const resolver = new FontResolver(fontBookFor(doc.script));
  return { pages: paginate(typesetSlots(doc, resolver.measure)), resolver };
}
