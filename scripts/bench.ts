/**
 * `npm run bench`: speed and memory of every stage, cold starts, and the tools users would otherwise
 * run, measured in one run on this machine. Writes BENCHMARKS.md and benchmarks.json.
 *
 *   npm run bench                 # full run (a few minutes)
 *   npm run bench -- --quick      # 1× and 10× only, 5 runs, 1 cold run each: for trying the script
 *   npm run bench -- --no-write   # print, do not overwrite BENCHMARKS.md / benchmarks.json
 *   npm run bench -- --from-json  # only re-render BENCHMARKS.md from benchmarks.json (after editing NOTES.md)
 *   npm run bench -- --no-tests   # skip timing `npm test` and its unit project (the slowest part)
 *   npm run bench -- --headline   # only issue 16's side-by-side table (keeps the other sections of benchmarks.json)
 *
 * Tools that are not installed (soffice, pandoc, opencc, /usr/bin/time) are skipped with a message.
 * scripts/bench/NOTES.md (hand-written analysis) is appended to BENCHMARKS.md when present.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { parseSpeech } from '../lambdas/pipeline';
import { documentText } from '../lambdas/pipeline/model';
import { bundledCli, measureCliCold, measureLambdaCold, npmConvertCli, type CliCold, type LambdaCold } from './bench/cold';
import { benchInputs, seedPath } from './bench/inputs';
import { measureHeadline, type HeadlineResults } from './bench/headline';
import { headlineRows } from './bench/headline-report';
import { describeMachine } from './bench/machine';
import { measureLibreOffice, measureOpenccCli, measurePandoc } from './bench/peers';
import type { Measured } from './bench/process-figure';
import { hasGnuTime } from './bench/process-timing';
import { renderMarkdown } from './bench/report';
import { checkTargets, type BenchResults, type StageRow } from './bench/results';
import { CONVERTER_STAGES, STAGE_LABELS, STAGES, type StageName } from './bench/stages';
import { runStageInWorker, type RunPolicy } from './bench/worker';

const repoRoot = resolve(__dirname, '..');
const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');

const SIZES = quick ? [1, 10] : [1, 10, 50];
/** The seed always gets the full count; larger inputs stop after a budget of measured time. */
const policyFor = (times: number): RunPolicy =>
  quick ? { targetRuns: 5, minRuns: 5, budgetMs: Infinity } : times === 1 ? { targetRuns: 20, minRuns: 20, budgetMs: Infinity } : { targetRuns: 20, minRuns: 3, budgetMs: 12_000 };
const COLD_RUNS = quick ? 1 : 3;
const TOOL_RUNS = quick ? 1 : 3;

const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function safely<T>(what: string, fn: () => Promise<Measured<T>> | Measured<T>): Promise<Measured<T>> {
  try {
    return await fn();
  } catch (error) {
    log(`!! ${what} FAILED: ${(error as Error).message}`);
    process.exitCode = 1;
    return { skipped: `failed: ${(error as Error).message.split('\n')[0]}` };
  }
}

const notesPath = join(__dirname, 'bench', 'NOTES.md');
const notes = (): string => (existsSync(notesPath) ? readFileSync(notesPath, 'utf8') : '');

function rerenderFromJson(): void {
  const results = JSON.parse(readFileSync(join(repoRoot, 'benchmarks.json'), 'utf8')) as BenchResults;
  writeFileSync(join(repoRoot, 'BENCHMARKS.md'), renderMarkdown(results, notes()));
  log('re-rendered BENCHMARKS.md from benchmarks.json');
}

async function main(): Promise<void> {
  if (args.has('--from-json')) return rerenderFromJson();
  const started = performance.now();
  const machine = describeMachine();
  log(`machine: ${machine.nproc} CPUs, ${machine.cpuModel}, ${machine.ramGiB} GiB, Node ${machine.node}; load ${machine.loadAverage.map((l) => l.toFixed(2)).join(' ')}`);
  if (!hasGnuTime()) log('!! /usr/bin/time not found: peak RSS of tool and CLI processes is NOT measured (Debian: apt-get install -y time)');

  const seed = seedPath(repoRoot);
  if (seed.fallback) log(`!! ../shared/corpus not found: using ${seed.path} instead of the seed`);
  const seedBytes = readFileSync(seed.path);
  const { document } = parseSpeech(seedBytes, { sourceName: basename(seed.path) });
  const work = mkdtempSync(join(tmpdir(), 'speech-press-bench-'));
  try {
    const inputs = benchInputs(seed.path, document, SIZES).map((input) => {
      const path = join(work, input.sourceName);
      writeFileSync(path, input.bytes);
      return { ...input, path };
    });

    log('issue 16 headline: CLI and LibreOffice alternating, warm, memory, bundled Lambda, tests…');
    const headline: HeadlineResults = await measureHeadline({
      repoRoot,
      seedPath: seed.path,
      largePath: inputs.at(-1)!.path,
      work,
      runs: quick ? 1 : 5,
      withTests: !quick && !args.has('--no-tests'),
      log,
    });
    for (const row of headlineRows(headline)) log(`headline: ${row.what}: ${row.measured} → ${row.met === null ? 'not measured' : row.met ? 'met' : 'MISSED'}`);
    if (args.has('--headline')) {
      if (args.has('--no-write')) return log('--no-write: BENCHMARKS.md and benchmarks.json left as they were');
      const previous = JSON.parse(readFileSync(join(repoRoot, 'benchmarks.json'), 'utf8')) as BenchResults;
      // A headline run without --tests keeps the test times of the previous run rather than blanking them.
      const keepTests = 'skipped' in headline.tests && previous.headline !== undefined && !('skipped' in previous.headline.tests);
      const merged: BenchResults = { ...previous, headline: keepTests ? { ...headline, tests: previous.headline!.tests } : headline };
      writeFileSync(join(repoRoot, 'BENCHMARKS.md'), renderMarkdown(merged, notes()));
      writeFileSync(join(repoRoot, 'benchmarks.json'), JSON.stringify(merged, null, 2) + '\n');
      log('wrote the headline into BENCHMARKS.md and benchmarks.json (other sections from the previous run)');
      return;
    }

    const runStage = async (stage: StageName, input: (typeof inputs)[number]): Promise<StageRow> => {
      const policy = policyFor(input.times);
      const result = await runStageInWorker({ stage, inputPath: input.path, sourceName: input.sourceName, policy });
      log(
        `${STAGE_LABELS[stage].padEnd(38)} ${input.label.padStart(3)}  median ${result.warm.medianMs.toFixed(1).padStart(8)} ms  p95 ${result.warm.p95Ms.toFixed(1).padStart(8)} ms  ` +
          `(${result.warm.runs} runs; first ${result.firstMs.toFixed(0)} ms; RSS ${result.peakRssMiB.toFixed(0)} MiB)`,
      );
      return { stage, size: input.label, times: input.times, inputBytes: input.bytes.length, policy, result };
    };

    const stages: StageRow[] = [];
    for (const input of inputs) for (const stage of STAGES) stages.push(await runStage(stage, input));
    const converters: StageRow[] = [];
    for (const stage of CONVERTER_STAGES) converters.push(await runStage(stage, inputs[0]!));

    log(`cold: CLI, ${COLD_RUNS} run(s)…`);
    const cli = measureCliCold(npmConvertCli(repoRoot), repoRoot, seed.path, work, COLD_RUNS);
    log(`  median ${cli.figure.medianMs.toFixed(0)} ms (inside ${cli.figure.insideMedianMs ?? '?'} ms), RSS ${cli.figure.peakRssMiB?.toFixed(0) ?? 'n/a'} MiB`);
    const bundled = await safely<CliCold>('bundled CLI', () => ({ measured: measureCliCold(bundledCli(repoRoot), repoRoot, seed.path, work, COLD_RUNS).figure }));
    if ('measured' in bundled) log(`  bundled CLI: median ${bundled.measured.medianMs.toFixed(0)} ms (inside ${bundled.measured.insideMedianMs ?? '?'} ms)`);
    log('cold: bundled Lambda handler (first time: cdk synth with bundling, ~20 s)…');
    const lambda = await safely<LambdaCold>('bundled Lambda', async () => ({ measured: await measureLambdaCold(repoRoot, seed.path, COLD_RUNS) }));
    if ('measured' in lambda) log(`  require ${lambda.measured.requireMedianMs.toFixed(0)} ms + first event ${lambda.measured.firstInvokeMedianMs.toFixed(0)} ms, RSS ${lambda.measured.peakRssMiB.toFixed(0)} MiB`);

    const cleanedPath = join(work, 'seed.clean.txt');
    writeFileSync(cleanedPath, documentText(document));
    const ourDocx = join(cli.outputDir, `${basename(seed.path, '.txt')}.docx`);
    log('side by side: LibreOffice…');
    const libreoffice = await safely('LibreOffice', () => measureLibreOffice(seed.path, ourDocx, work, { cold: quick ? 1 : 2, warm: TOOL_RUNS }));
    log('side by side: pandoc, opencc…');
    const pandoc = await safely('pandoc', () => measurePandoc(seed.path, work, quick ? 1 : 5));
    const openccCli = await safely('opencc CLI', () => measureOpenccCli(cleanedPath, work, quick ? 1 : 5));
    for (const [name, m] of Object.entries({ libreoffice, pandoc, openccCli })) if ('skipped' in m) log(`!! ${name} SKIPPED: ${m.skipped}`);

    const [one, five, fifteen] = loadavg();
    const results: BenchResults = {
      generatedAt: new Date().toISOString(),
      machine,
      loadAverageAtEnd: [one ?? 0, five ?? 0, fifteen ?? 0],
      input: { name: seed.fallback ? `samples/${basename(seed.path)}` : `../shared/corpus/raw/${basename(seed.path)}`, fallback: seed.fallback, cleanedChars: [...documentText(document)].length },
      stages,
      converters,
      cold: { cli: cli.figure, bundledCli: bundled, lambda },
      peers: { libreoffice, pandoc, openccCli },
      headline,
      totalSeconds: (performance.now() - started) / 1000,
    };
    for (const t of checkTargets(results)) log(`target: ${t.target}: ${t.measured} → ${t.met === null ? 'not measured' : t.met ? 'met' : 'MISSED'}`);
    const markdown = renderMarkdown(results, notes());
    if (args.has('--no-write')) {
      process.stdout.write(markdown);
    } else {
      writeFileSync(join(repoRoot, 'BENCHMARKS.md'), markdown);
      writeFileSync(join(repoRoot, 'benchmarks.json'), JSON.stringify(results, null, 2) + '\n');
      log('wrote BENCHMARKS.md and benchmarks.json');
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
