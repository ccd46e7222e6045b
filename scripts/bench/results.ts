/** Everything one `npm run bench` measured (written as benchmarks.json), and the targets judged on it. */
import type { LambdaCold, CliCold } from './cold';
import type { HeadlineResults } from './headline';
import type { Machine } from './machine';
import type { Measured } from './process-figure';
import type { PeerFigures } from './peers';
import { fasterOrSlower, speedup } from './stats';
import type { StageName } from './stages';
import type { RunPolicy, StageResult } from './worker';

export interface StageRow {
  readonly stage: StageName;
  readonly size: string;
  readonly times: number;
  readonly inputBytes: number;
  readonly policy: RunPolicy;
  readonly result: StageResult;
}

export interface BenchResults {
  readonly generatedAt: string;
  readonly machine: Machine;
  readonly loadAverageAtEnd: readonly [number, number, number];
  readonly input: { readonly name: string; readonly fallback: boolean; readonly cleanedChars: number };
  readonly stages: readonly StageRow[];
  /** Text-only s2tw conversion of the seed's cleaned text. */
  readonly converters: readonly StageRow[];
  readonly cold: { readonly cli: CliCold; readonly bundledCli: Measured<CliCold>; readonly lambda: Measured<LambdaCold> };
  readonly peers: PeerFigures;
  /** Issue 16's table, measured side by side (absent in runs before it). */
  readonly headline?: HeadlineResults;
  readonly totalSeconds: number;
}

export interface TargetCheck {
  readonly target: string;
  readonly measured: string;
  /** Null when a figure it needs was skipped. */
  readonly met: boolean | null;
}

export function stageRow(results: Pick<BenchResults, 'stages'>, stage: StageName, times: number): StageRow | undefined {
  return results.stages.find((r) => r.stage === stage && r.times === times);
}

const ms = (x: number): string => `${Math.round(x)} ms`;


export function checkTargets(results: BenchResults): TargetCheck[] {
  const pipeline = stageRow(results, 'pipeline', 1)?.result;
  const lo = 'measured' in results.peers.libreoffice ? results.peers.libreoffice.measured : null;
  const cli = results.cold.cli;
  const lambda = 'measured' in results.cold.lambda ? results.cold.lambda.measured : null;
  const checks: TargetCheck[] = [];
  if (pipeline) {
    checks.push({
      target: 'whole pipeline (7 outputs), seed, warm: ≤ 250 ms',
      measured: `median ${ms(pipeline.warm.medianMs)} (p95 ${ms(pipeline.warm.p95Ms)}, CPU ${ms(pipeline.warmCpuMedianMs)})`,
      met: pipeline.warm.medianMs <= 250,
    });
    const ratio = speedup(pipeline.warm.medianMs, lo?.warmTxtToPdf.medianMs);
    checks.push({
      target: '… ≥ 10× faster than LibreOffice making one PDF, warm',
      measured: ratio === null ? 'LibreOffice skipped' : `${fasterOrSlower(ratio)} (${ms(pipeline.warm.medianMs)} vs ${ms(lo!.warmTxtToPdf.medianMs)})`,
      met: ratio === null ? null : ratio >= 10,
    });
  }
  checks.push({
    target: 'new process, first file, all outputs (CLI): ≤ 1.5 s',
    measured: `median ${ms(cli.medianMs)} wall` + (cli.insideMedianMs === null ? '' : ` (${ms(cli.insideMedianMs)} of it converting, the rest Node start-up and imports)`),
    met: cli.medianMs <= 1500,
  });
  const coldRatio = speedup(cli.medianMs, lo?.coldTxtToPdf.medianMs);
  checks.push({
    target: '… and faster than LibreOffice cold txt→pdf',
    measured: coldRatio === null ? 'LibreOffice skipped' : `${fasterOrSlower(coldRatio)} (${ms(cli.medianMs)} vs ${ms(lo!.coldTxtToPdf.medianMs)})`,
    met: coldRatio === null ? null : coldRatio > 1,
  });
  const rss: [string, number | null | undefined][] = [
    ['pipeline worker', pipeline?.peakRssMiB],
    ['CLI', cli.peakRssMiB],
    ['bundled Lambda', lambda?.peakRssMiB],
  ];
  const known = rss.filter((r): r is [string, number] => typeof r[1] === 'number');
  checks.push({
    target: 'peak RSS ≤ 512 MiB (seed; Lambda at 1024 MB)',
    measured: known.map(([what, v]) => `${what} ${Math.round(v)} MiB`).join(', ') || 'not measured',
    met: known.length === 0 ? null : known.every(([, v]) => v <= 512),
  });
  // The Lambda accepts inputs far longer than the seed (DEFAULT_MAX_BYTES), so the larger sizes are judged too.
  const larger = results.stages.filter((r) => r.stage === 'pipeline' && r.times > 1);
  if (larger.length > 0) {
    checks.push({
      target: '… and for longer inputs (whole pipeline)',
      measured: larger.map((r) => `${r.size} (${Math.round(r.inputBytes / 1024)} KiB) ${Math.round(r.result.peakRssMiB)} MiB`).join(', '),
      met: larger.every((r) => r.result.peakRssMiB <= 512),
    });
  }
  return checks;
}
