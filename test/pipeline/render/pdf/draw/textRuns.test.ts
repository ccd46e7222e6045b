/**
 * textRuns: drawing a run the way a PDF reader does (Tm at the run's x, each glyph's advance plus Tc, TJ
 * shifts) must put every glyph where the layout placed it, and Tc must be the gap most glyphs have — short
 * runs (a line's glyphs) and runs longer than a line alike.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textRuns, type GlyphToDraw } from '../../../../../lambdas/pipeline/render/pdf/draw/textRuns';

const GAPS = [-0.21, 0, 0.5, 1.25, 3.9999];

function glyphsFrom(steps: readonly { gap: number; face: string; scale: number }[]): GlyphToDraw<string>[] {
  const glyphs: GlyphToDraw<string>[] = [];
  let x = 90.5;
  for (const { gap, face, scale } of steps) {
    const advance = 16 * scale;
    glyphs.push({ text: '字', face, size: 16, bold: false, scale, x, advance });
    x += advance + gap;
  }
  return glyphs;
}

/** Where a reader draws each glyph of the runs. */
function drawnPositions(glyphs: readonly GlyphToDraw<string>[]): number[] {
  const xs: number[] = [];
  let g = 0;
  for (const run of textRuns(glyphs)) {
    let x = run.x;
    for (const piece of run.pieces) {
      if ('adjust' in piece) {
        x -= (piece.adjust / 1000) * run.size * run.scale;
        continue;
      }
      for (const _ of piece.text) {
        xs.push(x);
        x += glyphs[g]!.advance + run.charSpacing * run.scale;
        g += 1;
      }
    }
  }
  return xs;
}

function firstMostCommon(values: readonly number[]): number {
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

describe('textRuns', () => {
  it('draws every glyph where it was placed, with the most common gap as Tc, in runs short and long', () => {
    const step = fc.record({ gap: fc.constantFrom(...GAPS), face: fc.constantFrom('A', 'A', 'A', 'B'), scale: fc.constantFrom(1, 1, 1, 1.5) });
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 150 }), (steps) => {
        const glyphs = glyphsFrom(steps);
        const xs = drawnPositions(glyphs);
        expect(xs).toHaveLength(glyphs.length);
        xs.forEach((x, i) => expect(Math.abs(x - glyphs[i]!.x)).toBeLessThan(0.01));
        // One face and scale throughout: one run, whose Tc is the gap that first became the most common.
        if (steps.every((s) => s.face === steps[0]!.face && s.scale === steps[0]!.scale)) {
          const [run] = textRuns(glyphs);
          const gaps = glyphs.slice(1).map((g, i) => Math.round((g.x - glyphs[i]!.x - glyphs[i]!.advance) * 1e4) / 1e4);
          expect(run!.charSpacing).toBeCloseTo(firstMostCommon(gaps) / steps[0]!.scale, 4);
        }
      }),
      { numRuns: 500 },
    );
  });
});
