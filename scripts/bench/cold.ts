/**
 * Cold figures: a new process converting one file end to end with the CLI, and the bundled Lambda
 * handler's cold start (require the bundle + first event against a local s3rver).
 */
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cachedBundleAsset } from './bundle-cache';
import { processFigure, type ProcessFigure } from './process-figure';
import { timeProcess } from './process-timing';
import { median } from './stats';

export interface CliCold extends ProcessFigure {
  /** The CLI's own figure for the file (convert() + writes), i.e. without Node/tsx start-up and imports. */
  readonly insideMedianMs: number | null;
}

export class UnexpectedOutputError extends Error {
  override readonly name = 'UnexpectedOutputError';
}

/** `… (7 files, 3249 ms…` → 3249 */
export function cliReportedMs(stdout: string): number | null {
  const match = /\((\d+) files, (\d+) ms/.exec(stdout);
  return match ? Number(match[2]) : null;
}

/** `npm run convert -- seed --out dir` without npm's own start-up: the tsx binary, as the script runs it. */
export function measureCliCold(repoRoot: string, inputPath: string, work: string, runs: number): { figure: CliCold; outputDir: string } {
  const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
  const all = Array.from({ length: runs }, () => {
    const outDir = mkdtempSync(join(work, 'cli-'));
    const run = timeProcess(tsx, [join(repoRoot, 'bin', 'convert.ts'), inputPath, '--out', outDir], { cwd: repoRoot });
    const files = readdirSync(outDir);
    if (files.length !== 7) throw new UnexpectedOutputError(`the CLI wrote ${files.length} files, expected 7: ${files.join(', ')}`);
    return { run, outDir, sizes: Object.fromEntries(files.map((f) => [f, statSync(join(outDir, f)).size])) };
  });
  const inside = all.map((a) => cliReportedMs(a.run.stdout)).filter((x): x is number => x !== null);
  const figure = {
    ...processFigure(all.map((a) => a.run), { outputBytes: all[0]!.sizes, note: 'tsx bin/convert.ts, all 7 outputs written' }),
    insideMedianMs: inside.length > 0 ? median(inside) : null,
  };
  return { figure, outputDir: all[0]!.outDir };
}

export interface LambdaCold {
  readonly runs: number;
  /** require() of the bundled index.js. */
  readonly requireMedianMs: number;
  /** The first event: S3 download, convert(), seven uploads to s3rver. */
  readonly firstInvokeMedianMs: number;
  readonly coldTotalMedianMs: number;
  readonly peakRssMiB: number;
  readonly outputs: number;
  /** Null when the cached bundle was reused. */
  readonly synthMs: number | null;
}

export async function measureLambdaCold(repoRoot: string, inputPath: string, runs: number): Promise<LambdaCold> {
  const { assetDir, synthMs } = await cachedBundleAsset(repoRoot);
  const { runBundledHandler } = await import('../run-bundled');
  const bytes = readFileSync(inputPath);
  const results = [];
  for (let i = 0; i < runs; i++) {
    const run = await runBundledHandler(assetDir, bytes, basename(inputPath));
    if (run.response.batchItemFailures.length > 0 || run.outputKeys.length !== 7) {
      throw new UnexpectedOutputError(`bundled handler: failures ${JSON.stringify(run.response)}, outputs ${run.outputKeys.join(', ')}`);
    }
    results.push(run);
  }
  return {
    runs,
    requireMedianMs: median(results.map((r) => r.coldStartMs)),
    firstInvokeMedianMs: median(results.map((r) => r.invokeMs)),
    coldTotalMedianMs: median(results.map((r) => r.coldStartMs + r.invokeMs)),
    peakRssMiB: Math.max(...results.map((r) => r.maxRssMiB)),
    outputs: results[0]!.outputKeys.length,
    synthMs,
  };
}
