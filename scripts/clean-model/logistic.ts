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
  // A row holds ~12 non-zero features of ~70: its sums and the Hessian's products run over those
  // alone, in the same order. A zero term adds ±0, which leaves a sum as it was, so the weights are
  // bit for bit those of the dense loops. The non-zero entries of all rows are packed once into flat
  // typed arrays (row r's at starts[r] up to starts[r + 1]) that every Newton step reads: counted,
  // then copied.
  const starts = new Int32Array(rows.length + 1);
  for (let r = 0; r < rows.length; r++) {
    const x = rows[r]!;
    let count = starts[r]!;
    for (let j = 0; j < d; j++) if (x[j] !== 0) count++;
    starts[r + 1] = count;
  }
  const columns = new Int32Array(starts[rows.length]!);
  const values = new Float64Array(starts[rows.length]!);
  const weights = new Float64Array(rows.length);
  const labelOf = new Float64Array(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const x = rows[r]!;
    let q = starts[r]!;
    for (let j = 0; j < d; j++) {
      if (x[j] === 0) continue;
      columns[q] = j;
      values[q++] = x[j]!;
    }
    weights[r] = options.rowWeights?.[r] ?? 1;
    labelOf[r] = labels[r]!;
  }
  const packed: PackedRows = { starts, columns, values, weights, labels: labelOf };
  return newton(packed, d, options);
}

interface PackedRows {
  readonly starts: Int32Array;
  readonly columns: Int32Array;
  readonly values: Float64Array;
  readonly weights: Float64Array;
  readonly labels: Float64Array;
}

/**
 * The Newton steps from zero weights. A function apart from the packing: with both in one function,
 * V8's optimized code ran the row loop ~1.6× slower (a micro-benchmark on the line classifier's rows).
 */
function newton(packed: PackedRows, d: number, options: FitOptions): number[] {
  const w = new Float64Array(d);
  for (let iter = 0; iter < options.iterations; iter++) {
    const grad = new Float64Array(d);
    const hess = new Float64Array(d * d);
    addRows(packed, w, grad, hess);
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

/**
 * Every row's gradient and (lower-triangle) Hessian terms at weights `w`, added in row order.
 * h * xj * xk is (h * xj) * xk: the product hoisted out of the inner loop is the same number.
 */
function addRows(rows: PackedRows, w: Float64Array, grad: Float64Array, hess: Float64Array): void {
  const { starts, columns, values, weights, labels } = rows;
  const d = w.length;
  for (let r = 0; r + 1 < starts.length; r++) {
    const first = starts[r]!;
    const end = starts[r + 1]!;
    let z = 0;
    for (let q = first; q < end; q++) z += w[columns[q]!]! * values[q]!;
    const p = 1 / (1 + Math.exp(-z));
    const c = weights[r]!;
    const g = c * (p - labels[r]!);
    const h = c * Math.max(p * (1 - p), 1e-6);
    for (let a = first; a < end; a++) {
      const j = columns[a]!;
      const xj = values[a]!;
      grad[j] = grad[j]! + g * xj;
      const hxj = h * xj;
      const row = j * d;
      for (let b = first; b <= a; b++) hess[row + columns[b]!] = hess[row + columns[b]!]! + hxj * values[b]!;
    }
  }
}

/** Keeping a noise line costs 1; removing a content line costs this much more. */
export const CONTENT_WEIGHT = 3;
export const L2 = 0.5;

/** Weights rounded to 4 decimals (and -0 to 0), so the committed file reproduces byte for byte. */
export const round = (w: readonly number[]): number[] => w.map((x) => Math.round(x * 1e4) / 1e4 + 0);
