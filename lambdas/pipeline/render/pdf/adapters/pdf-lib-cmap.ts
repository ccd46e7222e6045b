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
 * Glyph id per code point read straight from the embedded face's cmap, or undefined when pdf-lib's own
 * `encodeText` must be used.
 *
 * Only for pdf-lib's plain CustomFontEmbedder (a font embedded whole: our harfbuzz subsets). Its
 * encodeText keeps no state — widths and ToUnicode are built at save() from every glyph of the font's
 * character set — and the subsets carry no GSUB, so fontkit's shaper can only return the cmap glyph
 * of each code point: the lookup gives the same ids without running layout(). The subsetting embedder
 * (a subclass) registers each glyph in its subset inside encodeText, so it keeps going through it.
 */
export function cmapGlyphIds(font: PDFFont): ((codePoint: number) => number) | undefined {
  const embedder = (font as unknown as PdfFontInternals).embedder;
  if (!(embedder instanceof CustomFontEmbedder) || embedder.constructor !== CustomFontEmbedder) return undefined;
  const face = embedder.font as CmapFace;
  // fontkit caches one glyph object per id, holding the code points it was first looked up with, and
  // ToUnicode is written from them. The shaper always looks up the space first, so a face without one
  // had .notdef mapped to U+0020; look it up first too, or .notdef would map to the cmap's U+FFFF end
  // marker and the PDF would change for no visible reason.
  face.glyphForCodePoint(0x20);
  return (codePoint) => face.glyphForCodePoint(codePoint).id;
}
