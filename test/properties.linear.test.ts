/**
 * Linear time on hostile input: the text core's work on an input four times larger must grow about
 * four times, never sixteen. Compares two sizes timed side by side (see scripts/fuzz/ratio.ts); no
 * absolute time is asserted. `npm run fuzz` runs the same families longer and bigger.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildShape, describeShape, FAMILIES, KNOWN_CASES, type HostileShape } from '../scripts/fuzz/families';
import { measureScaling } from '../scripts/fuzz/ratio';

/** Linear work gives about 4; quadratic 16. The margin absorbs timer noise on a busy machine. */
const LIMIT = 8;
const CHARS = 12_000;

function ratioOf(shape: HostileShape): number {
  const chars = Math.max(CHARS, shape.minChars ?? 0);
  return measureScaling((n) => buildShape(shape, n), { chars, limit: LIMIT, maxChars: chars * 8 }).ratio;
}

describe('linear time in the text core (work ratio between n and 4n characters)', () => {
  it.each(KNOWN_CASES.map((shape) => [describeShape(shape), shape] as const))('%s', (_, shape) => {
    expect(ratioOf(shape)).toBeLessThan(LIMIT);
  });

  for (const [family, arbitrary] of Object.entries(FAMILIES)) {
    it(`generated ${family}`, () => {
      fc.assert(
        fc.property(arbitrary, (shape) => {
          const ratio = ratioOf(shape);
          expect(ratio, `${describeShape(shape)}: ×${ratio.toFixed(1)}`).toBeLessThan(LIMIT);
        }),
        { numRuns: 2 },
      );
    });
  }
});
