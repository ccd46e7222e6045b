import { describe, expect, it } from 'vitest';
import { timesWidth } from '../../../../lambdas/pipeline/render/docx/latin-widths';

describe('timesWidth: Times New Roman advances for the DOCX’s Latin letters and digits', () => {
  it('gives digits half an em and letters their Times widths, bold wider where Times Bold is', () => {
    expect(timesWidth('2024', 16, false)).toBeCloseTo(32, 5);
    expect(timesWidth('X', 16, false)).toBeCloseTo((1479 / 2048) * 16, 5);
    expect(timesWidth('GB/T', 16, true)!).toBeGreaterThan(timesWidth('GB/T', 16, false)!);
    expect(timesWidth('5.2%', 16, false)).toBeCloseTo(((1024 + 512 + 1024 + 1706) / 2048) * 16, 5);
  });

  it('does not guess a character outside its table', () => {
    expect(timesWidth('Ω', 16, false)).toBeUndefined();
    expect(timesWidth('××', 16, false)).toBeCloseTo((2 * 1155 * 16) / 2048, 5);
  });
});
