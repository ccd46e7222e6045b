/**
 * Cold figures: a new process converting one file end to end with the CLI, and the bundled Lambda
 * handler's cold start (require the bundle + first event against a local s3rver).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { buildSync } from 'esbuild';
import { cachedBundleAsset } from './bundle-cache';
import { processFigure, type ProcessFigure } from './process-figure';
import { timeProcess } from './process-timing';
import { median } from './stats';

export interface CliCold extends ProcessFigure {
  /** The CLI's own figure for the file (convert() + writes), i.e. without Node start-up and imports. */
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

export interface CliCommand {
  readonly command: string;
  /** Arguments before `<input> --out <dir>`. */
  readonly args: readonly string[];
  readonly note: string;
}

/**
 * `npm run convert -- seed --out dir` without npm's own start-up: the launcher (bin/run.mjs) running the
 * CLI from its cached esbuild bundle. The cache is filled once here, as a user's first call would.
 */
export function npmConvertCli(repoRoot: string): CliCommand {
  const args = [join(repoRoot, 'bin', 'run.mjs'), 'bin/convert.ts'];
  timeProcess(process.execPath, [...args, '--help'], { cwd: repoRoot });
  return { command: process.execPath, args, note: 'node bin/run.mjs bin/convert.ts (what `npm run convert` runs, bundle cached), all 7 outputs written' };
}

/**
 * The same CLI bundled by esbuild (as the Lambda is) and run by plain node: what start-up would cost
 * without on-the-fly TypeScript compilation. Built under node_modules/.cache (fonts are still found
 * in assets/fonts above it, and harfbuzz's wasm in node_modules).
 */
export function bundledCli(repoRoot: string): CliCommand {
  const outDir = join(repoRoot, 'node_modules', '.cache', 'speech-press-bench', 'cli');
  mkdirSync(outDir, { recursive: true });
  const outfile = join(outDir, 'convert.cjs');
  buildSync({ entryPoints: [join(repoRoot, 'bin', 'convert.ts')], bundle: true, platform: 'node', format: 'cjs', target: 'node20', minify: true, outfile, logLevel: 'error' });
  return { command: process.execPath, args: [outfile], note: 'bin/convert.ts bundled by esbuild, plain node (minified, for comparison with the launcher)' };
}

export function measureCliCold(cli: CliCommand, repoRoot: string, inputPath: string, work: string, runs: number): { figure: CliCold; outputDir: string } {
  const all = Array.from({ length: runs }, () => {
    const outDir = mkdtempSync(join(work, 'cli-'));
    const run = timeProcess(cli.command, [...cli.args, inputPath, '--out', outDir], { cwd: repoRoot });
    const files = readdirSync(outDir);
    if (files.length !== 7) throw new UnexpectedOutputError(`the CLI wrote ${files.length} files, expected 7: ${files.join(', ')}`);
    return { run, outDir, sizes: Object.fromEntries(files.map((f) => [f, statSync(join(outDir, f)).size])) };
  });
  const inside = all.map((a) => cliReportedMs(a.run.stdout)).filter((x): x is number => x !== null);
  const figure = {
    ...processFigure(all.map((a) => a.run), { outputBytes: all[0]!.sizes, note: cli.note }),
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
