/**
 * A conditional logit (softmax over the readings of one page, as in learning to rank): each page
 * offers several rows, some of them right (the title printed from different lines counts as right
 * on each), and the weights maximise the summed log-probability of the right ones, with an L2 penalty
 * on every weight but the first. Newton steps with the covariance of the rows under the model as
 * the curvature (the exact Hessian when one row is right, an upper bound otherwise), halved until
 * the objective falls: deterministic, the same pages in the same order give the same weights.
 */

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

/** Solves A x = b for a symmetric positive definite A (Cholesky); A is d×d row-major. */
function solve(a: Float64Array, b: Float64Array, d: number): Float64Array {
  const l = new Float64Array(d * d);
  for (let i = 0; i < d; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = a[i * d + j]!;
      for (let k = 0; k < j; k++) sum -= l[i * d + k]! * l[j * d + k]!;
      l[i * d + j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j * d + j]!;
    }
  }
  const y = new Float64Array(d);
  for (let i = 0; i < d; i++) {
    let sum = b[i]!;
    for (let k = 0; k < i; k++) sum -= l[i * d + k]! * y[k]!;
    y[i] = sum / l[i * d + i]!;
  }
  const x = new Float64Array(d);
  for (let i = d - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < d; k++) sum -= l[k * d + i]! * x[k]!;
    x[i] = sum / l[i * d + i]!;
  }
  return x;
}

/** A page's rows as their nonzero features (rows are sparse: a handful of a few dozen features are set). */
interface SparseChoice {
  readonly rows: { readonly at: Int32Array; readonly value: Float64Array }[];
  readonly right: readonly boolean[];
  readonly weight: number;
}

function sparse(c: Choice): SparseChoice {
  return {
    rows: c.rows.map((x) => {
      const at: number[] = [];
      for (let j = 0; j < x.length; j++) if (x[j] !== 0) at.push(j);
      return { at: Int32Array.from(at), value: Float64Array.from(at, (j) => x[j]!) };
    }),
    right: c.labels.map((y) => y === 1),
    weight: c.weight ?? 1,
  };
}

function sparseScores(c: SparseChoice, w: ArrayLike<number>): Float64Array {
  return Float64Array.from(c.rows, (r) => {
    let z = 0;
    for (let n = 0; n < r.at.length; n++) z += w[r.at[n]!]! * r.value[n]!;
    return z;
  });
}

function sparseLoss(choices: readonly SparseChoice[], w: ArrayLike<number>, l2: number): number {
  let loss = 0;
  for (const c of choices) {
    const z = sparseScores(c, w);
    let top = -Infinity;
    for (const v of z) top = Math.max(top, v);
    let all = 0;
    let right = 0;
    z.forEach((v, a) => {
      const e = Math.exp(v - top);
      all += e;
      if (c.right[a]) right += e;
    });
    loss += c.weight * (Math.log(all) - Math.log(right));
  }
  for (let j = 1; j < w.length; j++) loss += (l2 / 2) * w[j]! * w[j]!;
  return loss;
}

export function fitSoftmax(choices: readonly Choice[], options: SoftmaxOptions): number[] {
  const used = choices.filter(informative).map(sparse);
  const d = choices[0]?.rows[0]?.length ?? 0;
  const w = new Float64Array(d);
  for (let iter = 0; iter < options.iterations; iter++) {
    const grad = new Float64Array(d);
    const hess = new Float64Array(d * d);
    const mean = new Float64Array(d);
    for (const c of used) {
      const z = sparseScores(c, w);
      let top = -Infinity;
      for (const v of z) top = Math.max(top, v);
      const e = z.map((v) => Math.exp(v - top));
      let total = 0;
      let rightTotal = 0;
      e.forEach((v, a) => {
        total += v;
        if (c.right[a]) rightTotal += v;
      });
      mean.fill(0);
      // Cov = E[x xᵀ] − mean meanᵀ under the page's probabilities, E[x xᵀ] over each row's nonzero features.
      c.rows.forEach((r, a) => {
        const p = e[a]! / total;
        const q = c.right[a] ? e[a]! / rightTotal : 0;
        for (let n = 0; n < r.at.length; n++) {
          const j = r.at[n]!;
          const xj = r.value[n]!;
          mean[j] = mean[j]! + p * xj;
          grad[j] = grad[j]! + c.weight * (p - q) * xj;
          for (let m = 0; m <= n; m++) hess[j * d + r.at[m]!] = hess[j * d + r.at[m]!]! + c.weight * p * xj * r.value[m]!;
        }
      });
      for (let j = 0; j < d; j++) {
        if (mean[j] === 0) continue;
        for (let k = 0; k <= j; k++) hess[j * d + k] = hess[j * d + k]! - c.weight * mean[j]! * mean[k]!;
      }
    }
    for (let j = 0; j < d; j++) for (let k = 0; k < j; k++) hess[k * d + j] = hess[j * d + k]!;
    for (let j = 0; j < d; j++) {
      if (j > 0) grad[j] = grad[j]! + options.l2 * w[j]!;
      hess[j * d + j] = hess[j * d + j]! + (j > 0 ? options.l2 : 1e-6);
    }
    const step = solve(hess, grad, d);
    const before = sparseLoss(used, w, options.l2);
    let t = 1;
    let next = w.map((v, j) => v - t * step[j]!);
    while (t > 1e-4 && sparseLoss(used, next, options.l2) > before) {
      t /= 2;
      next = w.map((v, j) => v - t * step[j]!);
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
