/** Summary statistics for timing samples (pure). */

export interface Summary {
  readonly runs: number;
  readonly medianMs: number;
  /** Nearest-rank 95th percentile: with 20 runs, the second-slowest run. */
  readonly p95Ms: number;
  readonly minMs: number;
}

export class EmptySampleError extends Error {
  override readonly name = 'EmptySampleError';
}

/** Nearest-rank percentile (0 < p ≤ 100) of a non-empty sample. */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new EmptySampleError('percentile of an empty sample');
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

export function median(samples: readonly number[]): number {
  if (samples.length === 0) throw new EmptySampleError('median of an empty sample');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function summarize(samples: readonly number[]): Summary {
  return { runs: samples.length, medianMs: median(samples), p95Ms: percentile(samples, 95), minMs: Math.min(...samples) };
}

/** Milliseconds per KiB of input: flat across input sizes means the stage is linear. */
export function msPerKiB(ms: number, bytes: number): number {
  return ms / (bytes / 1024);
}

/**
 * How many times faster `ours` is than `theirs` (both durations). Above 1: we are faster.
 * Null when either side is missing or zero, so a skipped tool never shows a made-up ratio.
 */
export function speedup(ours: number | null | undefined, theirs: number | null | undefined): number | null {
  if (ours == null || theirs == null || ours <= 0 || theirs <= 0) return null;
  return theirs / ours;
}

/**
 * Per-KiB cost of each size relative to the first (smallest) one. About 1, or below (fixed costs
 * amortised), means the stage grows linearly; clearly above 1 means it grows faster than its input.
 */
export function perKiBRelativeToFirst(perKiB: readonly number[]): number[] {
  if (perKiB.length === 0) throw new EmptySampleError('no sizes');
  return perKiB.map((v) => v / perKiB[0]!);
}

/** A speed-up as people say it: 6.0× faster, or 1.4× slower (never "0.7× faster"). */
export function fasterOrSlower(ratio: number): string {
  return ratio >= 1 ? `${ratio.toFixed(1)}× faster` : `${(1 / ratio).toFixed(1)}× slower`;
}
