/** BENCHMARKS.md from the results (pure: results in, Markdown out). */
import type { CliCold } from './cold';
import type { ProcessFigure } from './process-figure';
import { headlineRows } from './headline-report';
import { checkTargets, stageRow, type BenchResults, type StageRow } from './results';
import { fasterOrSlower, msPerKiB, perKiBRelativeToFirst, speedup } from './stats';
import { STAGE_LABELS, STAGES } from './stages';

const f0 = (x: number): string => x.toFixed(0);
const f1 = (x: number): string => x.toFixed(1);
/** Two significant decimals for small figures, whole numbers for big ones. */
const msText = (x: number): string => (x >= 100 ? f0(x) : x >= 10 ? f1(x) : x.toFixed(2));
const kib = (bytes: number): string => `${f0(bytes / 1024)} KiB`;
const mib = (x: number | null | undefined): string => (x == null ? 'n/a' : f0(x));
const ratio = (x: number | null): string => (x === null ? '—' : fasterOrSlower(x));
const usPerKiB = (ms: number, bytes: number): string => f0(msPerKiB(ms, bytes) * 1000);
const load = (l: readonly number[]): string => l.map((x) => x.toFixed(2)).join(' / ');

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function stageTable(results: BenchResults): string {
  const rows = results.stages.map((r) => {
    const w = r.result.warm;
    const fewer = w.runs < r.policy.targetRuns ? ' ⁽*⁾' : '';
    return [
      STAGE_LABELS[r.stage],
      `${r.size} (${kib(r.inputBytes)})`,
      `${w.runs}${fewer}`,
      msText(w.medianMs),
      msText(w.p95Ms),
      msText(r.result.warmCpuMedianMs),
      usPerKiB(w.medianMs, r.inputBytes),
      msText(r.result.firstMs),
      mib(r.result.peakRssMiB),
    ];
  });
  return table(['stage', 'input', 'runs', 'median ms', 'p95 ms', 'CPU median ms', 'µs per KiB', 'first run in a fresh process, ms', 'peak RSS MiB'], rows);
}

function linearityTable(results: BenchResults): string {
  const sizes = [...new Set(results.stages.map((r) => r.times))].sort((a, b) => a - b);
  const rows = STAGES.flatMap((stage) => {
    const found = sizes.map((t) => stageRow(results, stage, t)).filter((r): r is StageRow => r !== undefined);
    if (found.length !== sizes.length) return [];
    const perKiB = found.map((r) => msPerKiB(r.result.warm.medianMs, r.inputBytes));
    const relative = perKiBRelativeToFirst(perKiB);
    return [[STAGE_LABELS[stage], ...perKiB.map((x) => f0(x * 1000)), ...relative.slice(1).map((x) => x.toFixed(2))]];
  });
  const header = ['stage', ...sizes.map((t) => `µs/KiB ${t}×`), ...sizes.slice(1).map((t) => `${t}× ÷ 1×`)];
  return table(header, rows);
}

function outputSizesTable(results: BenchResults): string {
  const rows = results.stages
    .filter((r) => r.stage === 'pipeline')
    .map((r) => [`${r.size} (${kib(r.inputBytes)})`, ...['.docx', '.pdf', '.zh-Hant.docx', '.zh-Hant.pdf'].map((s) => kib(r.result.outputs[s] ?? 0))]);
  return table(['input', 'DOCX', 'PDF', 'Traditional DOCX', 'Traditional PDF'], rows);
}

function processRow(label: string, f: ProcessFigure, versus: number | null, extra = ''): string[] {
  return [label, String(f.runs), msText(f.medianMs), msText(f.minMs), f.cpuMedianMs === null ? 'n/a' : msText(f.cpuMedianMs), mib(f.peakRssMiB), ratio(versus), (f.note ?? '') + extra];
}

function sideBySide(results: BenchResults): string {
  const { libreoffice, pandoc, openccCli } = results.peers;
  const pipeline = stageRow(results, 'pipeline', 1)?.result.warm.medianMs ?? null;
  const docx = stageRow(results, 'docx', 1)?.result.warm.medianMs ?? null;
  const cli = results.cold.cli.medianMs;
  const rows: string[][] = [];
  const skipped: string[] = [];
  const sizeOf = (f: ProcessFigure): string => {
    const sizes = Object.values(f.outputBytes ?? {});
    return sizes.length > 0 ? `; output ${kib(sizes[0]!)}` : '';
  };
  if ('measured' in libreoffice) {
    const lo = libreoffice.measured;
    rows.push(processRow('LibreOffice txt→pdf, cold', lo.coldTxtToPdf, speedup(cli, lo.coldTxtToPdf.medianMs), `${sizeOf(lo.coldTxtToPdf)}; ratio vs our CLI cold (all 7 outputs)`));
    rows.push(processRow('LibreOffice txt→pdf, warm', lo.warmTxtToPdf, speedup(pipeline, lo.warmTxtToPdf.medianMs), `${sizeOf(lo.warmTxtToPdf)}; ratio vs our whole pipeline warm (7 outputs)`));
    rows.push(processRow('LibreOffice our DOCX→pdf, warm', lo.warmOurDocxToPdf, speedup(pipeline, lo.warmOurDocxToPdf.medianMs), `${sizeOf(lo.warmOurDocxToPdf)}; ratio vs our whole pipeline warm`));
  } else skipped.push(`LibreOffice: SKIPPED — ${libreoffice.skipped}`);
  if ('measured' in pandoc) {
    rows.push(processRow('pandoc txt→docx', pandoc.measured, speedup(docx, pandoc.measured.medianMs), `${sizeOf(pandoc.measured)}; ratio vs our DOCX stage warm`));
  } else skipped.push(`pandoc: SKIPPED — ${pandoc.skipped}`);
  const ours = results.converters.find((r) => r.stage === 'our-converter')?.result;
  const openccJs = results.converters.find((r) => r.stage === 'opencc-js')?.result;
  if ('measured' in openccCli) {
    const cliFigure = openccCli.measured;
    rows.push(processRow('opencc CLI s2tw', cliFigure, speedup(ours?.firstMs, cliFigure.medianMs), '; ratio vs our converter’s first run (build + convert) in a fresh process'));
  } else skipped.push(`opencc CLI: SKIPPED — ${openccCli.skipped}`);
  const header = ['theirs', 'runs', 'median ms', 'min ms', 'CPU median ms', 'peak RSS MiB', 'ours', 'notes'];
  const converterRows = [ours && ['our s2tw converter', ours], openccJs && ['opencc-js Converter cn→tw', openccJs]]
    .filter((x): x is [string, NonNullable<typeof ours>] => Boolean(x))
    .map(([label, r]) => [label, msText(r.firstMs), msText(r.warm.medianMs), mib(r.peakRssMiB)]);
  const converterNote =
    ours && openccJs
      ? `\nOur converter vs opencc-js on the same text: first run (build + convert) ${ratio(speedup(ours.firstMs, openccJs.firstMs))}, warm ${ratio(speedup(ours.warm.medianMs, openccJs.warm.medianMs))}` +
        ('measured' in openccCli ? `; our warm conversion vs a call of the opencc CLI: ${ratio(speedup(ours.warm.medianMs, openccCli.measured.medianMs))}.` : '.')
      : '';
  const versions = [
    'measured' in libreoffice ? libreoffice.measured.version : null,
    'measured' in pandoc ? pandoc.measured.version : null,
    'measured' in openccCli ? openccCli.measured.version : null,
  ].filter((v): v is string => v !== null && v !== '');
  return [
    table(header, rows),
    ...(versions.length > 0 ? [`\nVersions: ${versions.join('; ')}.`] : []),
    ...skipped.map((s) => `\n**${s}**`),
    `\nText-only Traditional conversion of the seed's cleaned text (${results.input.cleanedChars} characters), each in a fresh process:\n`,
    table(['converter', 'first run ms (build + convert)', 'warm median ms', 'peak RSS MiB'], converterRows),
    converterNote,
  ].join('\n');
}

function coldSection(results: BenchResults): string {
  const cli = results.cold.cli;
  const inside = (c: CliCold): string => (c.insideMedianMs === null ? '' : `; converting inside: ${msText(c.insideMedianMs)} ms`);
  const rows = [processRow('CLI: `npm run convert -- seed --out dir` (node bin/run.mjs)', cli, null, inside(cli)).filter((_, i) => i !== 6)];
  const bundled = results.cold.bundledCli;
  if ('measured' in bundled) rows.push(processRow('CLI bundled: `node convert.cjs seed --out dir`', bundled.measured, null, inside(bundled.measured)).filter((_, i) => i !== 6));
  else rows.push(['CLI bundled', '—', '—', '—', '—', '—', `SKIPPED — ${bundled.skipped}`]);
  const lambda = results.cold.lambda;
  const lambdaText =
    'measured' in lambda
      ? table(
          ['bundled Lambda handler (plain node, s3rver)', 'runs', 'require ms', 'first event ms', 'cold total ms', 'peak RSS MiB'],
          [['seed, 7 outputs uploaded', String(lambda.measured.runs), msText(lambda.measured.requireMedianMs), msText(lambda.measured.firstInvokeMedianMs), msText(lambda.measured.coldTotalMedianMs), mib(lambda.measured.peakRssMiB)]],
        ) + (lambda.measured.synthMs === null ? '\n\nBundle: cached asset reused.' : `\n\nBundle: built by cdk synth with esbuild in ${f1(lambda.measured.synthMs / 1000)} s (cached afterwards).`)
      : `**Bundled Lambda: SKIPPED — ${lambda.skipped}**`;
  return [table(['new process', 'runs', 'median ms', 'min ms', 'CPU median ms', 'peak RSS MiB', 'notes'], rows), '', lambdaText].join('\n');
}

function budgetNote(results: BenchResults): string {
  const budgeted = results.stages.find((r) => Number.isFinite(r.policy.budgetMs));
  if (!budgeted) return '';
  const { targetRuns, budgetMs, minRuns } = budgeted.policy;
  return `⁽*⁾ fewer than ${targetRuns} runs: inputs above 1× stop adding runs after ${f0(budgetMs / 1000)} s of measured time (at least ${minRuns} runs); the seed always gets the full count.`;
}

function headlineSection(results: BenchResults, verdict: (met: boolean | null) => string): string {
  if (!results.headline) return '';
  const rows = headlineRows(results.headline).map((r) => [r.what, r.before, r.measured, r.target, verdict(r.met)]);
  return `## Issue 16: side by side with LibreOffice, whole processes, alternating

Ours and LibreOffice's runs alternate (ours, theirs, ours, theirs…) so the shared machine's load falls on
both alike; medians with (min–max, number of runs). Cold: a new \`node bin/run.mjs bin/convert.ts\` process
writing all seven outputs of the seed against \`soffice --convert-to pdf\` with a fresh profile, and third in
each round the same CLI with its opt-in edition thread (\`SPEECH_PRESS_EDITION_THREAD=on\`: the Traditional
edition made on a second thread). Warm: one
more \`convert()\` in a warm process (four between LibreOffice runs) against \`soffice\` with an initialised
profile. Ratios are what count; absolute times move with the load, and under heavy load Linux shares the
CPU per thread, which favours LibreOffice's several threads over Node's one — hence the CPU time (user + sys)
beside the cold figures. Measured ${results.headline.measuredAt},
1-minute load average ${results.headline.loadAverage.map((l) => l.toFixed(1)).join(' → ')}.

${table(['', 'when the issue was filed', 'measured', 'target', 'verdict'], rows)}

`;
}

/**
 * Says which run the sections below the issue-16 table come from. `--headline` rewrites only that table, so after
 * one the full run's rows (warm, cold) are older than the table above them and can contradict it: a reader must
 * see which figure is the later one rather than two verdicts on the same thing.
 */
function fullRunNote(results: BenchResults): string {
  const fullRun = `These rows and every section below come from the full run of ${results.generatedAt} (load average at start ${load(results.machine.loadAverage)}, at end ${load(results.loadAverageAtEnd)}).`;
  const headline = results.headline;
  if (!headline || headline.measuredAt <= results.generatedAt) return fullRun;
  return `${fullRun} The issue-16 table above was measured later (${headline.measuredAt}, 1-minute load average ${headline.loadAverage.map((l) => l.toFixed(1)).join(' → ')}, \`npm run bench -- --headline\`) and supersedes them where they measure the same thing (warm and cold conversions, peak RSS): the code and the load have both changed since.`;
}

export function renderMarkdown(results: BenchResults, notes: string): string {
  const m = results.machine;
  const targets = checkTargets(results);
  const verdict = (met: boolean | null): string => (met === null ? 'not measured' : met ? '**met**' : '**MISSED**');
  return `# Benchmarks

Generated by \`npm run bench\` (scripts/bench.ts) on ${results.generatedAt}; the same figures are in
\`benchmarks.json\`. Do not edit the tables by hand: re-run the script.

Machine: ${m.nproc} CPUs (${m.cpuModel}), ${m.ramGiB} GiB RAM, Node ${m.node}, ${m.platform}.
Load average (1/5/15 min) at start ${load(m.loadAverage)}, at end ${load(results.loadAverageAtEnd)} — the machine is
shared, so wall times are noisy; CPU time is given beside them. Whole run: ${f0(results.totalSeconds)} s.

Input: \`${results.input.name}\`${results.input.fallback ? ' (FALLBACK: ../shared/corpus is absent, so a repository sample stands in for the seed)' : ''}; the 10× and 50×
inputs repeat its body paragraphs (title, salutation and page noise once).

${headlineSection(results, verdict)}## Earlier targets (full run of ${results.generatedAt})

${fullRunNote(results)}

${table(['target', 'measured', 'verdict'], targets.map((t) => [t.target, t.measured, verdict(t.met)]))}

## Per stage, in-process, warm

Each row runs in its own fresh Node process (tsx): the first run is timed separately (lazy fonts,
dictionaries, JIT), then warm runs are timed; peak RSS is that process's. ${budgetNote(results)}
p95 is nearest-rank (with 20 runs, the second slowest).

${stageTable(results)}

### Linear growth: cost per KiB of input

${linearityTable(results)}

### Output sizes (whole pipeline)

${outputSizesTable(results)}

## Cold: a new process, first file

${coldSection(results)}

## Side by side with what users would otherwise run (same input, same run)

"Ours" compares their median with the figure of ours named in the notes column.

${sideBySide(results)}
${notes.trim() === '' ? '' : `\n${notes.trim()}\n`}`;
}
