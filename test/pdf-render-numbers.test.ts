import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pdfNumber } from '../lambdas/pipeline/render/pdf/draw/emit';

/** The plain definition: round to 4 decimals, print fixed, strip trailing zeros, no "-0". */
const reference = (value: number): string => {
  const fixed = (Math.round(value * 1e4) / 1e4).toFixed(4).replace(/\.?0+$/u, '');
  return fixed === '-0' ? '0' : fixed;
};

describe('pdfNumber (every coordinate, size and spacing in the content streams)', () => {
  it('prints what rounding to 4 decimals and stripping zeros prints, so PDFs stay byte-identical', () => {
    fc.assert(
      // Page-sized values with many decimals (what the layout produces) as well as any double.
      fc.property(fc.oneof(fc.integer({ min: -2e9, max: 2e9 }).map((k) => k / 1e6), fc.double({ min: -2e9, max: 2e9, noNaN: true })), (value) => {
        expect(pdfNumber(value)).toBe(reference(value));
      }),
      { numRuns: 20_000 },
    );
    for (const value of [0, -0, -0.00004, 0.00005, 15.7874, 595.28, 841.89, 1e-7, 123456.78905, -2.5e-5, 0.1 + 0.2]) {
      expect(pdfNumber(value)).toBe(reference(value));
    }
  });

  it('never writes an exponent or "-0"', () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), (value) => {
        expect(pdfNumber(value)).toMatch(/^(?!-0$)-?\d+(\.\d{1,4})?$/u);
      }),
    );
  });
});
