import { describe, expect, it } from 'vitest';
import { fitLogistic, solveCholesky } from '../../../scripts/clean-model/logistic';

describe('the Newton step solver both learned fits share', () => {
  it('solves a symmetric positive definite system', () => {
    // A = [[4,2,0],[2,5,1],[0,1,3]], x = [1,-2,3] → b = A x.
    const a = Float64Array.from([4, 2, 0, 2, 5, 1, 0, 1, 3]);
    const x = solveCholesky(a, Float64Array.from([0, -5, 7]), 3);
    expect([...x].map((v) => Math.round(v * 1e9) / 1e9)).toEqual([1, -2, 3]);
  });

  it('is the one the title softmax uses: the title model imports it instead of keeping a copy', async () => {
    const { readFileSync } = await import('node:fs');
    const softmax = readFileSync(new URL('../../../scripts/title-model/softmax.ts', import.meta.url), 'utf8');
    expect(softmax).toContain("import { solveCholesky } from '../clean-model/logistic'");
    expect(softmax).not.toMatch(/function solve\w*\(/);
  });
});

describe('logistic regression', () => {
  it('separates two classes and gives the same weights for the same rows', () => {
    const rows = [[1, 0], [1, 0.2], [1, 0.9], [1, 1]];
    const labels = [0, 0, 1, 1];
    const w = fitLogistic(rows, labels, { l2: 0.1, iterations: 30 });
    expect(w[1]).toBeGreaterThan(0);
    expect(fitLogistic(rows, labels, { l2: 0.1, iterations: 30 })).toEqual(w);
  });
});
