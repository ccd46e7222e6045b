/**
 * Work ratio of the text core between an input and one four times its size. Both are timed in the same
 * process, interleaved, by CPU time, keeping the fastest of a few runs (noise only ever adds time), so the ratio says how the work grows — about 4 when linear, 16 when quadratic — whatever the
 * machine's speed. Never an absolute time.
 */
import { parseSpeech } from '../../lambdas/pipeline';
import { isInputRejected } from '../../lambdas/pipeline/errors';

export interface Scaling {
  readonly chars: number;
  readonly smallMs: number;
  readonly largeMs: number;
  readonly ratio: number;
}

/** The text core as a user's upload meets it; a typed rejection is a valid answer too. */
export function runTextCore(text: string): void {
  try {
    parseSpeech(Buffer.from(text, 'utf8'), { maxBytes: 1 << 30 });
  } catch (error) {
    if (!isInputRejected(error)) throw error;
  }
}

/**
 * CPU time of this process in ms, not wall time: other processes on a busy machine (a parallel test
 * run) then slow neither size, and do not skew the ratio.
 */
function timed(text: string): number {
  const start = process.cpuUsage();
  runTextCore(text);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

export interface ScalingOptions {
  /** Size n in characters (the larger input has 4n). */
  readonly chars: number;
  /** Timed runs of each size per attempt. */
  readonly runs?: number;
  /** A ratio above this is measured again (up to `attempts` times) before it counts. */
  readonly limit?: number;
  readonly attempts?: number;
  /** Below this the small input is too quick to time: n doubles until it is reached. */
  readonly minSmallMs?: number;
  /** n never grows past this. */
  readonly maxChars?: number;
}

/** The lowest ratio over the attempts (a real super-linear path shows in every one of them). */
export function measureScaling(build: (chars: number) => string, options: ScalingOptions): Scaling {
  const { runs = 3, limit = Infinity, attempts = 3, minSmallMs = 8, maxChars = options.chars * 16 } = options;
  let chars = options.chars;
  let small = build(chars);
  timed(small); // warm up the JIT on this shape
  while (Math.min(timed(small), timed(small)) < minSmallMs && chars * 2 <= maxChars) {
    chars *= 2;
    small = build(chars);
  }
  const large = build(chars * 4);
  let best: Scaling | null = null;
  for (let attempt = 0; attempt < attempts; attempt++) {
    let smallMs = Infinity;
    let largeMs = Infinity;
    for (let i = 0; i < runs; i++) {
      smallMs = Math.min(smallMs, timed(small));
      largeMs = Math.min(largeMs, timed(large));
    }
    const scaling = { chars, smallMs, largeMs, ratio: largeMs / Math.max(smallMs, 0.05) };
    if (best === null || scaling.ratio < best.ratio) best = scaling;
    if (best.ratio <= limit) break;
  }
  return best!;
}
