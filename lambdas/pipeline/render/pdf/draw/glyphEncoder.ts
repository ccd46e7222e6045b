import { CustomFontEmbedder, type PDFFont } from 'pdf-lib';

/** The part of a fontkit face the cmap path reads. */
interface CmapFace {
  glyphForCodePoint(codePoint: number): { readonly id: number };
}

/** What pdf-lib keeps private on a PDFFont and the cmap path needs to see. */
interface PdfFontInternals {
  readonly embedder?: unknown;
}

/**
 * The embedded face when its glyph ids can be read straight from its cmap, else undefined.
 *
 * Only for pdf-lib's plain CustomFontEmbedder (a font embedded whole: our harfbuzz presubsets). Its
 * encodeText keeps no state — widths and ToUnicode are built at save() from every glyph of the font's
 * character set — and the presubsets carry no GSUB, so fontkit's shaper can only return the cmap glyph
 * of each code point: the lookup gives the same ids without running layout(). The subsetting embedder
 * (a subclass) registers each glyph in its subset inside encodeText, so it keeps going through it.
 */
function cmapFaceOf(font: PDFFont): CmapFace | undefined {
  const embedder = (font as unknown as PdfFontInternals).embedder;
  return embedder instanceof CustomFontEmbedder && embedder.constructor === CustomFontEmbedder
    ? (embedder.font as CmapFace)
    : undefined;
}

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
  const face = cmapFaceOf(font);
  if (face) {
    // fontkit caches one glyph object per id, holding the code points it was first looked up with, and
    // ToUnicode is written from them. The shaper always looks up the space first, so a face without one
    // had .notdef mapped to U+0020; look it up first too, or .notdef would map to the cmap's U+FFFF end
    // marker and the PDF would change for no visible reason.
    face.glyphForCodePoint(0x20);
    return (char) => hex4(face.glyphForCodePoint(char.codePointAt(0)!).id);
  }
  return (char) => font.encodeText(char).asString();
}
