import type { PDFFont } from 'pdf-lib';
import { cmapGlyphIds } from '../adapters/pdf-lib-cmap';

const hex4 = (id: number): string => id.toString(16).toUpperCase().padStart(4, '0');

/**
 * Glyph-id hex (Identity-H, 4 hex digits a glyph) per character, per embedded font. A speech repeats a few
 * hundred characters thousands of times, so each character is encoded once per font and lines are
 * assembled from the cache. Characters are encoded one by one, exactly as the layout measured them.
 */
export class GlyphEncoder {
  private readonly cache = new Map<PDFFont, { readonly hexOf: (char: string) => string; readonly known: Map<number, string> }>();

  hex(font: PDFFont, text: string): string {
    let perFont = this.cache.get(font);
    if (!perFont) this.cache.set(font, (perFont = { hexOf: hexEncoderFor(font), known: new Map() }));
    let hex = '';
    // Keyed by code point (number keys hash faster than one-character strings; this runs for every glyph).
    for (let i = 0; i < text.length; i += 1) {
      const codePoint = text.codePointAt(i)!;
      if (codePoint > 0xffff) i += 1;
      let glyph = perFont.known.get(codePoint);
      if (glyph === undefined) perFont.known.set(codePoint, (glyph = perFont.hexOf(String.fromCodePoint(codePoint))));
      hex += glyph;
    }
    return hex;
  }
}

function hexEncoderFor(font: PDFFont): (char: string) => string {
  const glyphId = cmapGlyphIds(font);
  if (glyphId) return (char) => hex4(glyphId(char.codePointAt(0)!));
  return (char) => font.encodeText(char).asString();
}
