import type { FontBook, FontFace, FontRole } from '../fonts';
import { isInvisible } from '../../../text/invisible';
import type { TextStyle } from '../layout/styles';
import { metricsOf } from '../layout/styles';
import { ownString } from '../layout/own-string';
import type { InkExtent, Measure } from '../layout/units';
import { roleOfChar } from './fontRoles';
import { drawnAs } from './stand-ins';

/**
 * Per document: picks the face for every character drawn, measures with it, and remembers which
 * characters each face must embed and which no font has. Measuring and drawing share this object so the
 * layout is measured with exactly the faces that draw it.
 */
export class FontResolver {
  readonly used = new Map<FontFace, Set<string>>();
  readonly missing = new Set<string>();

  private readonly shared: Measures;

  constructor(readonly book: FontBook) {
    this.shared = measuresFor(book);
    this.measure = this.shared.measure;
    this.ink = this.shared.ink;
  }

  /** The face for `char` in `role`, recording the use; null when no font has it. */
  face(role: FontRole, char: string): FontFace | null {
    const face = this.book.faceFor(role, char);
    this.record(face, char);
    return face;
  }

  private record(face: FontFace | null, char: string): void {
    if (!face) {
      if (!/\s/u.test(char)) this.missing.add(char);
      return;
    }
    let chars = this.used.get(face);
    if (!chars) this.used.set(face, (chars = new Set()));
    chars.add(char);
  }

  /** Advance of `text` at `size`, char by char; a character no font has counts as one em (a visible gap, reported). */
  advance(role: FontRole, text: string, size: number): number {
    return advanceIn(this.book, role, text, size);
  }

  /**
   * The layout's measure and ink extents. They depend on the book, the style and the text alone (they record
   * nothing about the document), so they are shared by every document set with the same book: a warm process
   * measures a character once, not once per document.
   */
  readonly measure: Measure;
  readonly ink: InkExtent;

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
      // How it is drawn is the book's (shared); that this document draws it is recorded here.
      known = this.shared.drawn(style, char);
      this.record(known && known.face, char);
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

/**
 * Entries a per-style cache keeps before it starts afresh. Keys are units (one character, a Latin word, a digit
 * run): a speech has a few hundred to a few thousand, but a process serving many speeches would otherwise grow
 * its caches by every new word and number for as long as it lives.
 */
const MAX_CACHED_PER_STYLE = 1 << 14;

function cacheFor<V>(caches: Map<TextStyle, Map<string, V>>, style: TextStyle): Map<string, V> {
  let cache = caches.get(style);
  if (!cache || cache.size >= MAX_CACHED_PER_STYLE) caches.set(style, (cache = new Map()));
  return cache;
}

interface Measures {
  readonly measure: Measure;
  readonly ink: InkExtent;
  /** FontResolver.glyph without the recording. */
  readonly drawn: (style: TextStyle, char: string) => DrawnGlyph | null;
}

/** One measure and ink extent per font book (fontBookFor keeps one book per script for the process). */
const measuresByBook = new WeakMap<FontBook, Measures>();

function measuresFor(book: FontBook): Measures {
  let measures = measuresByBook.get(book);
  if (!measures) measuresByBook.set(book, (measures = newMeasures(book)));
  return measures;
}

function newMeasures(book: FontBook): Measures {
  const measured = new Map<TextStyle, Map<string, number>>();
  const inks = new Map<TextStyle, Map<string, { left: number; right: number }>>();
  const drawn = new Map<TextStyle, Map<string, DrawnGlyph | null>>();
  return {
    drawn: (style, char) => {
      const perStyle = cacheFor(drawn, style);
      let known = perStyle.get(char);
      if (known === undefined) {
        const role = roleOfChar(style, char);
        const face = book.faceFor(role, char);
        const { size } = metricsOf(style);
        known = face ? { face, size, bold: book.syntheticBold(role, face), advance: book.advance(face, char, size) } : null;
        perStyle.set(char, known);
      }
      return known;
    },
    measure: (style, text) => {
      const perStyle = cacheFor(measured, style);
      let width = perStyle.get(text);
      if (width === undefined) {
        const { size } = metricsOf(style);
        width = 0;
        for (const char of text) width += advanceIn(book, roleOfChar(style, char), char, size);
        // Kept for the process: a copy, never a view into the caller's paragraph.
        perStyle.set(ownString(text), width);
      }
      return width;
    },
    ink: (style, char) => {
      const perStyle = cacheFor(inks, style);
      let ink = perStyle.get(char);
      if (ink === undefined) {
        const shown = drawnAs(char);
        const face = book.faceFor(roleOfChar(style, shown), shown);
        const { size } = metricsOf(style);
        const em = face ? book.inkExtent(face, shown) : { left: 0, right: 0 };
        perStyle.set(char, (ink = { left: em.left * size, right: em.right * size }));
      }
      return ink;
    },
  };
}

/**
 * Advance of `text` at `size`, char by char; a character no font has counts as one em (a visible gap, reported),
 * unless it is one a reader never sees (a variation selector, a tag character): that takes no space.
 */
function advanceIn(book: FontBook, role: FontRole, text: string, size: number): number {
  let width = 0;
  for (const char of drawnAs(text)) {
    const face = book.faceFor(role, char);
    width += face ? book.advance(face, char, size) : isInvisible(char) ? 0 : size;
  }
  return width;
}
