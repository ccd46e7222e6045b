/**
 * L2-regularised logistic regression fitted by Newton's method (iteratively reweighted least
 * squares): a few dozen lines, no library, and deterministic — the same rows in the same order give
 * the same weights bit for bit.
 */

export interface FitOptions {
  /** L2 penalty on every weight but the first (the bias). */
  readonly l2: number;
  readonly iterations: number;
  /** Weight of each row (e.g. to make losing content costlier than keeping noise). */
  readonly rowWeights?: readonly number[];
}

/**
 * Solves A x = b for a symmetric positive definite A (Cholesky); A is d×d row-major. The Newton step
 * of both learned fits (this one and the title softmax, scripts/title-model/softmax.ts): one copy, so
 * both models keep refitting bit for bit alike.
 */
export function solveCholesky(a: Float64Array, b: Float64Array, d: number): Float64Array {
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

export function fitLogistic(rows: readonly ArrayLike<number>[], labels: readonly number[], options: FitOptions): number[] {
  const d = rows[0]?.length ?? 0;
  const w = new Float64Array(d);
  // A row holds ~17 non-zero features of ~60: its sums and the Hessian's products run over those
  // alone, in the same order. A zero term adds ±0, which leaves a sum as it was, so the weights are
  // bit for bit those of the dense loops.
  const nonZero = rows.map((x) => {
    const at: number[] = [];
    for (let j = 0; j < d; j++) if (x[j] !== 0) at.push(j);
    return Int32Array.from(at);
  });
  for (let iter = 0; iter < options.iterations; iter++) {
    const grad = new Float64Array(d);
    const hess = new Float64Array(d * d);
    rows.forEach((x, r) => {
      const at = nonZero[r]!;
      let z = 0;
      for (const j of at) z += w[j]! * x[j]!;
      const p = 1 / (1 + Math.exp(-z));
      const c = options.rowWeights?.[r] ?? 1;
      const g = c * (p - labels[r]!);
      const h = c * Math.max(p * (1 - p), 1e-6);
      for (let a = 0; a < at.length; a++) {
        const j = at[a]!;
        const xj = x[j]!;
        grad[j] = grad[j]! + g * xj;
        for (let b = 0; b <= a; b++) {
          const k = at[b]!;
          hess[j * d + k] = hess[j * d + k]! + h * xj * x[k]!;
        }
      }
    });
    for (let j = 0; j < d; j++) for (let k = 0; k < j; k++) hess[k * d + j] = hess[j * d + k]!;
    for (let j = 1; j < d; j++) {
      grad[j] = grad[j]! + options.l2 * w[j]!;
      hess[j * d + j] = hess[j * d + j]! + options.l2;
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

/** Keeping a noise line costs 1; removing a content line costs this much more. */
export const CONTENT_WEIGHT = 3;
export const L2 = 0.5;

/** Weights rounded to 4 decimals (and -0 to 0), so the committed file reproduces byte for byte. */
export const round = (w: readonly number[]): number[] => w.map((x) => Math.round(x * 1e4) / 1e4 + 0);
