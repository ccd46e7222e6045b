/**
 * Turns positioned glyphs into compact PDF text runs: one run per stretch of glyphs in the same face and
 * size, drawn with one TJ. The run's character spacing (Tc) is the most common gap beyond the glyph
 * advances — on the body grid that is the 15.79 pt cell minus the 16 pt em, plus any justification
 * spread — so only the exceptions (punctuation aligned in its cell, Latin words) need a TJ adjustment.
 */

export interface GlyphToDraw<Face> {
  readonly text: string;
  readonly face: Face;
  readonly size: number;
  readonly bold: boolean;
  /** Horizontal scaling (1 = none). */
  readonly scale: number;
  /** Absolute x of the glyph origin (pt). */
  readonly x: number;
  /** The advance the glyph takes as drawn (font advance × scale), in pt. */
  readonly advance: number;
}

/** A TJ element: text to show, or a shift in thousandths of an em (positive moves the next glyph left). */
export type TextPiece = { readonly text: string } | { readonly adjust: number };

export interface TextRun<Face> {
  readonly face: Face;
  readonly size: number;
  readonly bold: boolean;
  readonly scale: number;
  readonly x: number;
  /** Tc in unscaled text space (PDF applies the horizontal scaling to it). */
  readonly charSpacing: number;
  readonly pieces: readonly TextPiece[];
}

const round = (value: number, places: number): number => {
  const factor = 10 ** places;
  const rounded = Math.round(value * factor) / factor;
  return Object.is(rounded, -0) ? 0 : rounded;
};

export function textRuns<Face>(glyphs: readonly GlyphToDraw<Face>[]): TextRun<Face>[] {
  const runs: TextRun<Face>[] = [];
  let start = 0;
  while (start < glyphs.length) {
    const first = glyphs[start]!;
    let end = start + 1;
    while (end < glyphs.length && sameRun(glyphs[end]!, first)) end += 1;
    runs.push(runOf(glyphs.slice(start, end)));
    start = end;
  }
  return runs;
}

const sameRun = <Face>(a: GlyphToDraw<Face>, b: GlyphToDraw<Face>): boolean =>
  a.face === b.face && a.size === b.size && a.bold === b.bold && a.scale === b.scale;

function runOf<Face>(glyphs: readonly GlyphToDraw<Face>[]): TextRun<Face> {
  const first = glyphs[0]!;
  const gaps = glyphs.slice(1).map((g, i) => round(g.x - glyphs[i]!.x - glyphs[i]!.advance, 4));
  const common = mostCommon(gaps);
  const pieces: TextPiece[] = [];
  let text = '';
  glyphs.forEach((glyph, i) => {
    text += glyph.text;
    const gap = gaps[i];
    if (gap === undefined || Math.abs(gap - common) < 1e-4) return;
    pieces.push({ text });
    text = '';
    pieces.push({ adjust: round((-(gap - common) * 1000) / glyph.size / glyph.scale, 3) });
  });
  if (text) pieces.push({ text });
  const charSpacing = round(common / first.scale, 4);
  return { face: first.face, size: first.size, bold: first.bold, scale: first.scale, x: round(first.x, 4), charSpacing, pieces };
}

function mostCommon(values: readonly number[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const v of values) {
    const count = (counts.get(v) ?? 0) + 1;
    counts.set(v, count);
    if (count > bestCount) [best, bestCount] = [v, count];
  }
  return best;
}
