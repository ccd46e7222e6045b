import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeRanges, encodeRanges, rangesHave, toRanges } from '../../../../../lambdas/pipeline/render/pdf/fonts/coverage';

describe('code point ranges', () => {
  it('merge neighbours and keep gaps', () => {
    expect(toRanges([5, 3, 4, 10, 3])).toEqual([3, 5, 10, 10]);
    expect(toRanges([])).toEqual([]);
  });

  it('round-trip through their text form and answer membership exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 200 }), fc.array(fc.integer({ min: 0, max: 0x10ffff }), { maxLength: 50 }), (points, probes) => {
        const ranges = toRanges(points);
        expect(decodeRanges(encodeRanges(ranges))).toEqual(ranges);
        const set = new Set(points);
        for (const cp of [...probes, ...points]) expect(rangesHave(ranges, cp)).toBe(set.has(cp));
      }),
    );
  });
});
