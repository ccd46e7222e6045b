/**
 * The headline figures of issue 16, measured side by side in one run: whole processes alternating with
 * LibreOffice (ours, theirs, ours, theirs…), medians and ranges, so the machine's load hits both sides alike.
 *
 *   cold     a new CLI process making all 7 outputs of the seed  vs  LibreOffice txt→pdf with a fresh profile
 *            (and the same CLI with its opt-in edition thread, to show what that would give)
 *   warm     one more conversion in a warm process (in this one)  vs  LibreOffice txt→pdf, profile initialised
 *   memory   peak RSS of the CLI on the seed and on a ~1 MB input
 *   lambda   the bundled handler: require + first event against a local S3 server; the asset zipped
 *   tests    `npm test` and its unit project, wall time with the load average beside it
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { convert } from '../../lambdas/pipeline';
import { cachedBundleAsset } from './bundle-cache';
import { commandExists, mainThreadCpuMs, timeProcess, type ProcessRun } from './process-timing';

/** Every value of one measurement, in the order taken. */
export interface Sample {
  readonly values: readonly number[];
}

export interface HeadlineResults {
  readonly measuredAt: string;
  /** 1-minute load average before and after. */
  readonly loadAverage: readonly [number, number];
  readonly cold: {
    readonly oursMs: Sample;
    readonly oursCpuMs: Sample;
    readonly libreofficeMs: Sample | null;
    readonly libreofficeCpuMs?: Sample | null;
    /** The same CLI with its opt-in edition thread (SPEECH_PRESS_EDITION_THREAD=on), alternating with the others. */
    readonly editionThreadMs?: Sample;
    readonly editionThreadCpuMs?: Sample;
    readonly editionThreadRssMiB?: Sample;
  };
  readonly warm: {
    readonly oursMs: Sample;
    /** CPU of each conversion: the process's (every thread's), and its main thread's where Linux tells it. */
    readonly oursCpuMs?: Sample;
    readonly oursMainThreadCpuMs?: Sample;
    readonly libreofficeMs: Sample | null;
    readonly libreofficeCpuMs?: Sample | null;
  };
  readonly memory: { readonly seedMiB: Sample; readonly largeMiB: Sample; readonly largeInputBytes: number };
  readonly lambda: { readonly requireMs: Sample; readonly firstEventMs: Sample; readonly zippedBytes: number } | { readonly skipped: string };
  readonly tests: { readonly npmTestMs: number; readonly unitMs: number; readonly loadAverage: readonly number[] } | { readonly skipped: string };
}

export class HeadlineError extends Error {
  override readonly name = 'HeadlineError';
}

const sample = (values: readonly number[]): Sample => ({ values });

/** CPU time of this process's main thread so far, in ms (Linux: /proc's schedstat); null elsewhere. */
function libreofficeTxtToPdf(profile: string, input: string, outDir: string): ProcessRun {
  mkdirSync(outDir, { recursive: true });
  return timeProcess('soffice', [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, input]);
}

function cliRun(repoRoot: string, input: string, work: string, env: NodeJS.ProcessEnv = process.env): ProcessRun {
  const out = mkdtempSync(join(work, 'headline-cli-'));
  const run = timeProcess(process.execPath, [join(repoRoot, 'bin', 'run.mjs'), 'bin/convert.ts', input, '--out', out], { cwd: repoRoot, env });
  const files = readdirSync(out);
  if (files.length !== 7) throw new HeadlineError(`the CLI wrote ${files.length} files, expected 7: ${files.join(', ')}`);
  return run;
}

export interface HeadlineOptions {
  readonly repoRoot: string;
  readonly seedPath: string;
  /** A ~1 MB transcript (the seed's body repeated). */
  readonly largePath: string;
  readonly work: string;
  readonly runs: number;
  readonly withTests: boolean;
  readonly log: (line: string) => void;
}

export async function measureHeadline(options: HeadlineOptions): Promise<HeadlineResults> {
  const { repoRoot, seedPath, work, runs, log } = options;
  const loadBefore = loadavg()[0] ?? 0;
  const hasLibreOffice = commandExists('soffice');
  if (!hasLibreOffice) log('!! soffice not found: the LibreOffice side of the headline table is SKIPPED');

  // Cold: the launcher's bundle and code cache are made once first, as a user's first call would.
  cliRun(repoRoot, seedPath, work);
  const cold = { ours: [] as number[], oursCpu: [] as number[], oursRss: [] as number[], lo: [] as number[], loCpu: [] as number[], thread: [] as number[], threadCpu: [] as number[], threadRss: [] as number[] };
  for (let i = 0; i < runs; i += 1) {
    const ours = cliRun(repoRoot, seedPath, work);
    cold.ours.push(ours.wallMs);
    if (ours.cpuMs !== null) cold.oursCpu.push(ours.cpuMs);
    if (ours.peakRssMiB !== null) cold.oursRss.push(ours.peakRssMiB);
    if (hasLibreOffice) {
      const theirs = libreofficeTxtToPdf(join(work, `headline-lo-cold-${i}`), seedPath, join(work, 'headline-lo-cold'));
      cold.lo.push(theirs.wallMs);
      if (theirs.cpuMs !== null) cold.loCpu.push(theirs.cpuMs);
    }
    const threaded = cliRun(repoRoot, seedPath, work, { ...process.env, SPEECH_PRESS_EDITION_THREAD: 'on' });
    cold.thread.push(threaded.wallMs);
    if (threaded.cpuMs !== null) cold.threadCpu.push(threaded.cpuMs);
    if (threaded.peakRssMiB !== null) cold.threadRss.push(threaded.peakRssMiB);
    log(`  cold ${i + 1}/${runs}: ours ${ours.wallMs.toFixed(0)} ms${hasLibreOffice ? `, LibreOffice ${cold.lo.at(-1)!.toFixed(0)} ms` : ''}, ours with the edition thread ${threaded.wallMs.toFixed(0)} ms`);
  }

  // Warm: this process converts (after warming up) between LibreOffice runs with an initialised profile.
  const bytes = readFileSync(seedPath);
  for (let i = 0; i < 3; i += 1) await convert(bytes, { sourceName: basename(seedPath) });
  const warm = { ours: [] as number[], oursCpu: [] as number[], oursMainCpu: [] as number[], lo: [] as number[], loCpu: [] as number[] };
  for (let i = 0; i < runs; i += 1) {
    if (hasLibreOffice) {
      const theirs = libreofficeTxtToPdf(join(work, 'headline-lo-cold-0'), seedPath, join(work, 'headline-lo-warm'));
      warm.lo.push(theirs.wallMs);
      if (theirs.cpuMs !== null) warm.loCpu.push(theirs.cpuMs);
    }
    for (let j = 0; j < 4; j += 1) {
      const cpu = process.cpuUsage();
      const mainCpu = mainThreadCpuMs();
      const started = performance.now();
      await convert(bytes, { sourceName: basename(seedPath) });
      warm.ours.push(performance.now() - started);
      const used = process.cpuUsage(cpu);
      warm.oursCpu.push((used.user + used.system) / 1000);
      const mainCpuAfter = mainThreadCpuMs();
      if (mainCpu !== null && mainCpuAfter !== null) warm.oursMainCpu.push(mainCpuAfter - mainCpu);
    }
  }
  log(`  warm: ours ${warm.ours.length} conversions, LibreOffice ${warm.lo.length} runs`);

  const largeRss: number[] = [];
  for (let i = 0; i < Math.min(runs, 3); i += 1) {
    const run = cliRun(repoRoot, options.largePath, work);
    if (run.peakRssMiB !== null) largeRss.push(run.peakRssMiB);
  }

  let lambda: HeadlineResults['lambda'];
  try {
    const { assetDir } = await cachedBundleAsset(repoRoot);
    const { measureAsset, runBundledHandler } = await import('../run-bundled');
    const requireMs: number[] = [];
    const firstEventMs: number[] = [];
    for (let i = 0; i < runs; i += 1) {
      const run = await runBundledHandler(assetDir, bytes, basename(seedPath));
      if (run.response.batchItemFailures.length > 0 || run.outputKeys.length !== 7) throw new HeadlineError(`bundled handler: ${JSON.stringify(run.response)}`);
      requireMs.push(run.coldStartMs);
      firstEventMs.push(run.invokeMs);
    }
    lambda = { requireMs: sample(requireMs), firstEventMs: sample(firstEventMs), zippedBytes: measureAsset(assetDir, { compressed: true }).deflatedBytes ?? 0 };
  } catch (error) {
    lambda = { skipped: `failed: ${(error as Error).message.split('\n')[0]}` };
  }
  log(`  lambda: ${'skipped' in lambda ? lambda.skipped : `${lambda.requireMs.values.length} runs`}`);

  let tests: HeadlineResults['tests'] = { skipped: 'not run (--no-tests)' };
  if (options.withTests) {
    const timed = (args: string[]): number => {
      const started = performance.now();
      const result = spawnSync('npx', ['vitest', 'run', ...args], { cwd: repoRoot, stdio: 'ignore' });
      if (result.status !== 0) log(`!! npx vitest run ${args.join(' ')} exited ${result.status}: its time is still reported`);
      return performance.now() - started;
    };
    const load = loadavg();
    const unitMs = timed(['--project', 'unit']);
    const npmTestMs = timed([]);
    tests = { npmTestMs, unitMs, loadAverage: [...load, ...loadavg()] };
    log(`  tests: npm test ${(npmTestMs / 1000).toFixed(0)} s, unit ${(unitMs / 1000).toFixed(0)} s`);
  }

  return {
    measuredAt: new Date().toISOString(),
    loadAverage: [loadBefore, loadavg()[0] ?? 0],
    cold: {
      oursMs: sample(cold.ours),
      oursCpuMs: sample(cold.oursCpu),
      libreofficeMs: hasLibreOffice ? sample(cold.lo) : null,
      libreofficeCpuMs: hasLibreOffice ? sample(cold.loCpu) : null,
      editionThreadMs: sample(cold.thread),
      editionThreadCpuMs: sample(cold.threadCpu),
      editionThreadRssMiB: sample(cold.threadRss),
    },
    warm: {
      oursMs: sample(warm.ours),
      oursCpuMs: sample(warm.oursCpu),
      oursMainThreadCpuMs: sample(warm.oursMainCpu),
      libreofficeMs: hasLibreOffice ? sample(warm.lo) : null,
      libreofficeCpuMs: hasLibreOffice ? sample(warm.loCpu) : null,
    },
    memory: { seedMiB: sample(cold.oursRss), largeMiB: sample(largeRss), largeInputBytes: readFileSync(options.largePath).length },
    lambda,
    tests,
  };
}
