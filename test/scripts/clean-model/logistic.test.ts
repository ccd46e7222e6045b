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

describe('the packed sparse fit', () => {
  /** The textbook dense Newton loop: every feature of every row, products as written. */
  function denseFit(rows: readonly number[][], labels: readonly number[], l2: number, rowWeights: readonly number[]): number[] {
    const d = rows[0]!.length;
    const w = new Float64Array(d);
    for (let iter = 0; iter < 30; iter++) {
      const grad = new Float64Array(d);
      const hess = new Float64Array(d * d);
      rows.forEach((x, r) => {
        let z = 0;
        for (let j = 0; j < d; j++) z += w[j]! * x[j]!;
        const p = 1 / (1 + Math.exp(-z));
        const g = rowWeights[r]! * (p - labels[r]!);
        const h = rowWeights[r]! * Math.max(p * (1 - p), 1e-6);
        for (let j = 0; j < d; j++) {
          grad[j] = grad[j]! + g * x[j]!;
          for (let k = 0; k <= j; k++) hess[j * d + k] = hess[j * d + k]! + h * x[j]! * x[k]!;
        }
      });
      for (let j = 0; j < d; j++) for (let k = 0; k < j; k++) hess[k * d + j] = hess[j * d + k]!;
      for (let j = 1; j < d; j++) {
        grad[j] = grad[j]! + l2 * w[j]!;
        hess[j * d + j] = hess[j * d + j]! + l2;
      }
      hess[0] = hess[0]! + 1e-6;
      const step = solveCholesky(hess, grad, d);
      let change = 0;
      for (let j = 0; j < d; j++) {
        w[j] = w[j]! - step[j]!;
        change = Math.max(change, Math.abs(step[j]!));
      }
      if (change < 1e-9) break;
    }
    return [...w];
  }

  it('gives the dense loop’s weights bit for bit (skipped zeros, hoisted products), for typed and plain rows', () => {
    let seed = 7;
    const random = (): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const rows = Array.from({ length: 400 }, () => [1, ...Array.from({ length: 24 }, () => (random() < 0.7 ? 0 : random() < 0.5 ? 1 : random() * 4 - 2))]);
    const labels = rows.map((x) => (x[1]! + x[2]! - x[3]! + random() > 1 ? 1 : 0));
    const weights = rows.map(() => (random() < 0.3 ? 3 : random() < 0.5 ? 0.5 : 1));
    const dense = denseFit(rows, labels, 0.5, weights);
    for (const given of [rows, rows.map((x) => Float64Array.from(x))]) {
      const w = fitLogistic(given, labels, { l2: 0.5, iterations: 30, rowWeights: weights });
      w.forEach((x, j) => expect(Object.is(x, dense[j]), `weight ${j}: ${x} against ${dense[j]}`).toBe(true));
    }
  });
});
