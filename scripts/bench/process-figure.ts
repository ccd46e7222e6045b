/** Several runs of one new-process measurement, summarised (pure). */
import { median } from './stats';
import type { ProcessRun } from './process-timing';

export interface ProcessFigure {
  readonly runs: number;
  readonly medianMs: number;
  readonly minMs: number;
  readonly cpuMedianMs: number | null;
  /** Largest over the runs; null when it could not be measured. */
  readonly peakRssMiB: number | null;
  readonly outputBytes?: Record<string, number>;
  /** What the figure includes or how it was taken, shown beside it. */
  readonly note?: string;
}

export function processFigure(runs: readonly ProcessRun[], extra: Pick<ProcessFigure, 'outputBytes' | 'note'> = {}): ProcessFigure {
  const cpu = runs.map((r) => r.cpuMs).filter((x): x is number => x !== null);
  const rss = runs.map((r) => r.peakRssMiB).filter((x): x is number => x !== null);
  return {
    runs: runs.length,
    medianMs: median(runs.map((r) => r.wallMs)),
    minMs: Math.min(...runs.map((r) => r.wallMs)),
    cpuMedianMs: cpu.length === runs.length ? median(cpu) : null,
    peakRssMiB: rss.length === runs.length ? Math.max(...rss) : null,
    ...extra,
  };
}

/** A side-by-side tool that may be missing on this machine: skipped visibly, with the reason. */
export type Measured<T> = { readonly measured: T } | { readonly skipped: string };
