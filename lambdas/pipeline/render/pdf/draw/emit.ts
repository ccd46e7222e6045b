import type { PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import { PAGE_HEIGHT, PAGE_WIDTH } from '../geometry';
import type { FontFace } from '../fonts';
import { GlyphEncoder } from './glyphEncoder';
import { fillContent, type PageContent } from './pageContent';

export { pdfNumber } from './pageContent';

/**
 * Adds one PDF page per page content, its font names and glyph ids filled in from the embedded fonts.
 */
export function emitPages(
  pdf: PDFDocument,
  contents: readonly PageContent[],
  faces: readonly FontFace[],
  fonts: ReadonlyMap<FontFace, PDFFont>,
): PDFPage[] {
  const encoder = new GlyphEncoder();
  const fontOf = (face: FontFace): PDFFont => {
    const font = fonts.get(face);
    if (!font) throw new Error(`face ${face.id} was used but not embedded`);
    return font;
  };
  const pages: PDFPage[] = [];
  for (let i = 0; i < contents.length; i += 1) {
    const page = pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    const names = new Map<FontFace, string>();
    const nameOf = (face: FontFace): string => {
      let name = names.get(face);
      if (!name) {
        const font = fontOf(face);
        names.set(face, (name = page.node.newFontDictionary(font.name, font.ref).asString()));
      }
      return name;
    };
    const stream = fillContent(contents[i]!.template, faces, nameOf, (face, text) => encoder.hex(fontOf(face), text));
    page.node.addContentStream(pdf.context.register(pdf.context.flateStream(stream)));
    pages.push(page);
  }
  return pages;
}
