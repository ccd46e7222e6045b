import type { FontBook, FontFace, FontRole } from '../fonts';
import type { TextStyle } from '../layout/styles';
import { metricsOf } from '../layout/styles';
import type { InkExtent, Measure } from '../layout/units';
import { roleOfChar } from './fontRoles';

/**
 * Per document: picks the face for every character drawn, measures with it, and remembers which
 * characters each face must embed and which no font has. Measuring and drawing share this object so the
 * layout is measured with exactly the faces that draw it.
 */
export class FontResolver {
  readonly used = new Map<FontFace, Set<string>>();
  readonly missing = new Set<string>();

  constructor(readonly book: FontBook) {}

  /** The face for `char` in `role`, recording the use; null when no font has it. */
  face(role: FontRole, char: string): FontFace | null {
    const face = this.book.faceFor(role, char);
    if (!face) {
      if (!/\s/u.test(char)) this.missing.add(char);
      return null;
    }
    let chars = this.used.get(face);
    if (!chars) this.used.set(face, (chars = new Set()));
    chars.add(char);
    return face;
  }

  /** Advance of `text` at `size`, char by char; a character no font has counts as one em (a visible gap, reported). */
  advance(role: FontRole, text: string, size: number): number {
    let width = 0;
    for (const char of text) {
      const face = this.book.faceFor(role, char);
      width += face ? this.book.advance(face, char, size) : size;
    }
    return width;
  }

  private readonly measured = new Map<TextStyle, Map<string, number>>();

  /** The layout's measure: cached per style and text, as the layout asks for the same characters again and again. */
  readonly measure: Measure = (style: TextStyle, text: string) => {
    const perStyle = cacheFor(this.measured, style);
    let width = perStyle.get(text);
    if (width === undefined) {
      const { size } = metricsOf(style);
      width = 0;
      for (const char of text) width += this.advance(roleOfChar(style, char), char, size);
      perStyle.set(text, width);
    }
    return width;
  };

  private readonly inks = new Map<TextStyle, Map<string, { left: number; right: number }>>();

  /** The layout's ink extents, from the face that draws the character (zero-width for one no font has). */
  readonly ink: InkExtent = (style: TextStyle, char: string) => {
    const perStyle = cacheFor(this.inks, style);
    let ink = perStyle.get(char);
    if (ink === undefined) {
      const face = this.book.faceFor(roleOfChar(style, char), char);
      const { size } = metricsOf(style);
      const em = face ? this.book.inkExtent(face, char) : { left: 0, right: 0 };
      perStyle.set(char, (ink = { left: em.left * size, right: em.right * size }));
    }
    return ink;
  };

  private readonly drawn = new Map<TextStyle, Map<string, DrawnGlyph | null>>();

  /**
   * How the drawing sets one character of `style`: its face (recorded as used on the first ask), size,
   * synthetic bold and advance; null when no font has it (recorded as missing). Cached per style and
   * character: a speech draws the same few hundred characters thousands of times.
   */
  glyph(style: TextStyle, char: string): DrawnGlyph | null {
    const perStyle = cacheFor(this.drawn, style);
    let known = perStyle.get(char);
    if (known === undefined) {
      const role = roleOfChar(style, char);
      const face = this.face(role, char);
      const { size } = metricsOf(style);
      known = face ? { face, size, bold: this.book.syntheticBold(role, face), advance: this.book.advance(face, char, size) } : null;
      perStyle.set(char, known);
    }
    return known;
  }
}

/** One character as drawn: see FontResolver.glyph. */
export interface DrawnGlyph {
  readonly face: FontFace;
  /** Font size in pt. */
  readonly size: number;
  readonly bold: boolean;
  /** Unscaled advance in pt. */
  readonly advance: number;
}

function cacheFor<V>(caches: Map<TextStyle, Map<string, V>>, style: TextStyle): Map<string, V> {
  let cache = caches.get(style);
  if (!cache) caches.set(style, (cache = new Map()));
  return cache;
}
