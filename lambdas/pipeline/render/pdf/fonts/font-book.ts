import type { Script } from '../../../model';
import type { FaceStore } from './face-store';
import type { FontFace } from './faces';
import { type FontProfile, type FontRole, roleWantsBold } from './profiles';

/** Vertical metrics of a face as fractions of the font size (multiply by the size in pt). */
export interface FaceMetrics {
  /** Height of the ascender above the baseline. */
  readonly ascent: number;
  /** Depth of the descender below the baseline (positive). */
  readonly descent: number;
}

/**
 * Font selection and measurement for one script. All methods are synchronous; the first call that
 * needs a face reads its file (once per process).
 */
export interface FontBook {
  readonly script: Script;
  /** The role's fallback chain, first choice first. */
  chain(role: FontRole): readonly FontFace[];
  /**
   * The first face in the role's chain that has a glyph for `char` (one code point), or null if no
   * face has it: the renderer must then report the character in a `missing-glyph` warning
   * (see missingGlyphWarning). Faces later in the chain are only loaded when an earlier one lacks
   * a character.
   */
  faceFor(role: FontRole, char: string): FontFace | null;
  /**
   * Advance width in pt of `text` set in `face` at `sizePt`, as pdf-lib will draw it: the nominal
   * (cmap) glyph of each code point, advances summed, no kerning and no substitution. Use it for Latin words, digit runs and punctuation;
   * Han characters sit on the grid cell instead.
   */
  advance(face: FontFace, text: string, sizePt: number): number;
  metrics(face: FontFace): FaceMetrics;
  /**
   * Horizontal extent of the ink of `char`'s cmap glyph in `face`, in em from the glyph origin (left and
   * right edge of its bounding box; 0/0 for an empty glyph). Lets the layout set a mark's ink where the
   * reader expects it when a face draws it elsewhere in its em (FandolFang centres ？).
   */
  inkExtent(face: FontFace, char: string): { readonly left: number; readonly right: number };
  /**
   * Whether text of this role drawn with this face needs synthetic bold (fill + stroke of about
   * 0.03 em), because the role should look bold but the face is not — e.g. bold 仿宋 (1. headings,
   * lead-ins) in FandolFang, which has no bold weight.
   */
  syntheticBold(role: FontRole, face: FontFace): boolean;
}

export function createFontBook(script: Script, profile: FontProfile, store: FaceStore): FontBook {
  const choice = new Map<string, FontFace | null>();
  const advances = new Map<FontFace, Map<string, number>>();

  function faceFor(role: FontRole, char: string): FontFace | null {
    const key = `${role}\u0000${char}`;
    const known = choice.get(key);
    if (known !== undefined) return known;
    const codePoint = char.codePointAt(0);
    let found: FontFace | null = null;
    if (codePoint !== undefined) {
      found = profile[role].find((face) => store.has(face, codePoint)) ?? null;
    }
    choice.set(key, found);
    return found;
  }

  /** In font units per em-fraction: width / unitsPerEm, cached per face and text. */
  function advanceEm(face: FontFace, text: string): number {
    let cache = advances.get(face);
    if (!cache) advances.set(face, (cache = new Map()));
    const known = cache.get(text);
    if (known !== undefined) return known;
    const { unitsPerEm } = store.core(face);
    // The cmap glyph of each code point, not fontkit's shaper: the embedded subsets carry no GSUB
    // (embed.ts), so pdf-lib draws exactly these glyphs; and layout() would decode the GSUB/GPOS
    // tables of a 10–15 MB face on first use (~0.5 s of a new process's first PDF).
    let width = 0;
    for (const char of text) {
      const codePoint = char.codePointAt(0)!;
      width += store.fontFor(face, codePoint).glyphForCodePoint(codePoint).advanceWidth;
    }
    const em = width / unitsPerEm;
    cache.set(text, em);
    return em;
  }

  return {
    script,
    chain: (role) => profile[role],
    faceFor,
    advance: (face, text, sizePt) => advanceEm(face, text) * sizePt,
    metrics(face) {
      const { font, unitsPerEm } = store.core(face);
      return { ascent: font.ascent / unitsPerEm, descent: Math.abs(font.descent) / unitsPerEm };
    },
    syntheticBold: (role, face) => roleWantsBold(role) && !face.bold,
    inkExtent(face, char) {
      const codePoint = char.codePointAt(0)!;
      const { unitsPerEm } = store.core(face);
      const { minX, maxX } = store.fontFor(face, codePoint).glyphForCodePoint(codePoint).bbox;
      return maxX > minX ? { left: minX / unitsPerEm, right: maxX / unitsPerEm } : { left: 0, right: 0 };
    },
  };
}
