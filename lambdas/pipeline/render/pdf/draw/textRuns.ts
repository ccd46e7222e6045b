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

/** The runs of glyphs[0..count) (a caller may pass a reused array longer than the line). Keeps no glyph object. */
export function textRuns<Face>(glyphs: readonly GlyphToDraw<Face>[], count: number = glyphs.length): TextRun<Face>[] {
  const runs: TextRun<Face>[] = [];
  let start = 0;
  while (start < count) {
    const first = glyphs[start]!;
    let end = start + 1;
    while (end < count && sameRun(glyphs[end]!, first)) end += 1;
    runs.push(runOf(glyphs, start, end));
    start = end;
  }
  return runs;
}

const sameRun = <Face>(a: GlyphToDraw<Face>, b: GlyphToDraw<Face>): boolean =>
  a.face === b.face && a.size === b.size && a.bold === b.bold && a.scale === b.scale;

/**
 * The gaps after each glyph of the run being made (gap k: between glyphs k and k + 1 of the run), reused from
 * run to run: this runs for every line of both editions, and an array and a Map per run were garbage.
 */
let gaps = new Float64Array(64);

/** The run of glyphs[start..end). */
function runOf<Face>(glyphs: readonly GlyphToDraw<Face>[], start: number, end: number): TextRun<Face> {
  const first = glyphs[start]!;
  const count = end - start - 1;
  if (gaps.length < count) gaps = new Float64Array(Math.max(count, 2 * gaps.length));
  for (let k = 0; k < count; k += 1) {
    const a = glyphs[start + k]!;
    gaps[k] = round(glyphs[start + k + 1]!.x - a.x - a.advance, 4);
  }
  const common = mostCommon(gaps, count);
  const pieces: TextPiece[] = [];
  let text = '';
  for (let k = 0; k <= count; k += 1) {
    const glyph = glyphs[start + k]!;
    text += glyph.text;
    if (k === count) break; // the last glyph has no gap after it
    const gap = gaps[k]!;
    if (Math.abs(gap - common) < 1e-4) continue;
    pieces.push({ text });
    text = '';
    pieces.push({ adjust: round((-(gap - common) * 1000) / glyph.size / glyph.scale, 3) });
  }
  if (text) pieces.push({ text });
  const charSpacing = round(common / first.scale, 4);
  return { face: first.face, size: first.size, bold: first.bold, scale: first.scale, x: round(first.x, 4), charSpacing, pieces };
}

/**
 * The value of values[0..count) that first reaches the highest count (0 when there are none). A run is
 * usually one line's few dozen glyphs: counted then by looking back over the values before each one, instead
 * of in a Map whose entries were garbage; a longer run (a Latin word longer than a line) uses the Map, so the
 * time stays linear.
 */
function mostCommon(values: Float64Array, count: number): number {
  let best = 0;
  let bestCount = 0;
  if (count > LOOK_BACK_LIMIT) {
    const counts = new Map<number, number>();
    for (let j = 0; j < count; j += 1) {
      const v = values[j]!;
      const seen = (counts.get(v) ?? 0) + 1;
      counts.set(v, seen);
      if (seen > bestCount) [best, bestCount] = [v, seen];
    }
    return best;
  }
  for (let j = 0; j < count; j += 1) {
    const v = values[j]!;
    let seen = 1;
    // SameValueZero, as a Map key compares (NaN equals NaN).
    for (let i = 0; i < j; i += 1) if (values[i] === v || (values[i] !== values[i] && v !== v)) seen += 1;
    if (seen > bestCount) {
      best = v;
      bestCount = seen;
    }
  }
  return best;
}

const LOOK_BACK_LIMIT = 64;
