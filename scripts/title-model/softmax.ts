/**
 * A conditional logit (softmax over the readings of one page, as in learning to rank): each page
 * offers several rows, some of them right (the title printed from different lines counts as right
 * on each), and the weights maximise the summed log-probability of the right ones, with an L2 penalty
 * on every weight but the first. Newton steps with the covariance of the rows under the model as
 * the curvature (the exact Hessian when one row is right, an upper bound otherwise), halved until
 * the objective falls: deterministic, the same pages in the same order give the same weights.
 */
import { solveCholesky } from '../clean-model/logistic';

export interface Choice {
  readonly rows: readonly ArrayLike<number>[];
  /** 1 where the row is a right reading of the page. */
  readonly labels: readonly number[];
  /** How much the page counts (default 1). */
  readonly weight?: number;
}

export interface SoftmaxOptions {
  readonly l2: number;
  readonly iterations: number;
}

/** Pages that can teach something: at least one right and one wrong reading. */
const informative = (c: Choice): boolean => c.labels.some((y) => y === 1) && c.labels.some((y) => y !== 1);

function scores(c: Choice, w: ArrayLike<number>): number[] {
  return c.rows.map((x) => {
    let z = 0;
    for (let j = 0; j < w.length; j++) z += w[j]! * x[j]!;
    return z;
  });
}

function logSumExp(z: readonly number[]): number {
  const top = Math.max(...z);
  return top + Math.log(z.reduce((s, v) => s + Math.exp(v - top), 0));
}

/** Negative log-likelihood of the right readings plus the penalty. */
export function softmaxLoss(choices: readonly Choice[], w: ArrayLike<number>, l2: number): number {
  let loss = 0;
  for (const c of choices.filter(informative)) {
    const z = scores(c, w);
    loss += (c.weight ?? 1) * (logSumExp(z) - logSumExp(z.filter((_, a) => c.labels[a] === 1)));
  }
  for (let j = 1; j < w.length; j++) loss += (l2 / 2) * w[j]! * w[j]!;
  return loss;
}

/**
 * The pages' rows packed once into flat arrays of their nonzero features (rows are sparse: a handful
 * of a few dozen features are set), so an iteration allocates nothing.
 */
interface Packed {
  /** Rows of page p: firstRow[p] … firstRow[p + 1] − 1. */
  readonly firstRow: Int32Array;
  /** Entries of row r: firstEntry[r] … firstEntry[r + 1] − 1. */
  readonly firstEntry: Int32Array;
  readonly feature: Int32Array;
  readonly value: Float64Array;
  readonly right: Uint8Array;
  readonly weight: Float64Array;
}

function pack(choices: readonly Choice[]): Packed {
  const firstRow = [0];
  const firstEntry = [0];
  const feature: number[] = [];
  const value: number[] = [];
  const right: number[] = [];
  for (const c of choices) {
    c.rows.forEach((x, a) => {
      for (let j = 0; j < x.length; j++) {
        if (x[j] === 0) continue;
        feature.push(j);
        value.push(x[j]!);
      }
      firstEntry.push(feature.length);
      right.push(c.labels[a] === 1 ? 1 : 0);
    });
    firstRow.push(right.length);
  }
  return {
    firstRow: Int32Array.from(firstRow),
    firstEntry: Int32Array.from(firstEntry),
    feature: Int32Array.from(feature),
    value: Float64Array.from(value),
    right: Uint8Array.from(right),
    weight: Float64Array.from(choices, (c) => c.weight ?? 1),
  };
}

/** Every row's score into `z`. */
function scoreAll(p: Packed, w: ArrayLike<number>, z: Float64Array): void {
  for (let r = 0; r < z.length; r++) {
    let sum = 0;
    for (let e = p.firstEntry[r]!; e < p.firstEntry[r + 1]!; e++) sum += w[p.feature[e]!]! * p.value[e]!;
    z[r] = sum;
  }
}

function packedLoss(p: Packed, w: ArrayLike<number>, l2: number, z: Float64Array): number {
  scoreAll(p, w, z);
  let loss = 0;
  for (let c = 0; c < p.weight.length; c++) {
    let top = -Infinity;
    for (let r = p.firstRow[c]!; r < p.firstRow[c + 1]!; r++) top = Math.max(top, z[r]!);
    let all = 0;
    let right = 0;
    for (let r = p.firstRow[c]!; r < p.firstRow[c + 1]!; r++) {
      const e = Math.exp(z[r]! - top);
      all += e;
      if (p.right[r]) right += e;
    }
    loss += p.weight[c]! * (Math.log(all) - Math.log(right));
  }
  for (let j = 1; j < w.length; j++) loss += (l2 / 2) * w[j]! * w[j]!;
  return loss;
}

export function fitSoftmax(choices: readonly Choice[], options: SoftmaxOptions): number[] {
  const p = pack(choices.filter(informative));
  const d = choices[0]?.rows[0]?.length ?? 0;
  const w = new Float64Array(d);
  const z = new Float64Array(p.right.length);
  const prob = new Float64Array(p.right.length);
  const mean = new Float64Array(d);
  const next = new Float64Array(d);
  for (let iter = 0; iter < options.iterations; iter++) {
    const grad = new Float64Array(d);
    const hess = new Float64Array(d * d);
    scoreAll(p, w, z);
    for (let c = 0; c < p.weight.length; c++) {
      const from = p.firstRow[c]!;
      const to = p.firstRow[c + 1]!;
      const weight = p.weight[c]!;
      let top = -Infinity;
      for (let r = from; r < to; r++) top = Math.max(top, z[r]!);
      let total = 0;
      let rightTotal = 0;
      for (let r = from; r < to; r++) {
        prob[r] = Math.exp(z[r]! - top);
        total += prob[r]!;
        if (p.right[r]) rightTotal += prob[r]!;
      }
      mean.fill(0);
      // Cov = E[x xᵀ] − mean meanᵀ under the page's probabilities, E[x xᵀ] over each row's nonzero features.
      for (let r = from; r < to; r++) {
        const pr = prob[r]! / total;
        const q = p.right[r] ? prob[r]! / rightTotal : 0;
        for (let e = p.firstEntry[r]!; e < p.firstEntry[r + 1]!; e++) {
          const j = p.feature[e]!;
          const xj = p.value[e]!;
          mean[j] = mean[j]! + pr * xj;
          grad[j] = grad[j]! + weight * (pr - q) * xj;
          for (let f = p.firstEntry[r]!; f <= e; f++) hess[j * d + p.feature[f]!] = hess[j * d + p.feature[f]!]! + weight * pr * xj * p.value[f]!;
        }
      }
      for (let j = 0; j < d; j++) {
        if (mean[j] === 0) continue;
        for (let k = 0; k <= j; k++) hess[j * d + k] = hess[j * d + k]! - weight * mean[j]! * mean[k]!;
      }
    }
    for (let j = 0; j < d; j++) for (let k = 0; k < j; k++) hess[k * d + j] = hess[j * d + k]!;
    for (let j = 0; j < d; j++) {
      if (j > 0) grad[j] = grad[j]! + options.l2 * w[j]!;
      hess[j * d + j] = hess[j * d + j]! + (j > 0 ? options.l2 : 1e-6);
    }
    const step = solveCholesky(hess, grad, d);
    const before = packedLoss(p, w, options.l2, z);
    let t = 1;
    for (let j = 0; j < d; j++) next[j] = w[j]! - t * step[j]!;
    while (t > 1e-4 && packedLoss(p, next, options.l2, z) > before) {
      t /= 2;
      for (let j = 0; j < d; j++) next[j] = w[j]! - t * step[j]!;
    }
    let change = 0;
    for (let j = 0; j < d; j++) change = Math.max(change, Math.abs(next[j]! - w[j]!));
    w.set(next);
    if (change < 1e-6) break;
  }
  return [...w];
}

/** The index of the highest-scoring row (the first on a tie). */
export function chosen(c: Choice, w: ArrayLike<number>): number {
  const z = scores(c, w);
  let best = 0;
  z.forEach((v, a) => v > z[best]! && (best = a));
  return best;
}
