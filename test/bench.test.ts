/** The benchmark's pure helpers: statistics, scaled inputs, target verdicts and the report (no timings). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../lambdas/pipeline';
import { documentText } from '../lambdas/pipeline/model';
import { cliReportedMs } from '../scripts/bench/cold';
import type { HeadlineResults } from '../scripts/bench/headline';
import { headlineRows } from '../scripts/bench/headline-report';
import { repeatBody } from '../scripts/bench/inputs';
import { parseGnuTime } from '../scripts/bench/process-timing';
import { renderMarkdown } from '../scripts/bench/report';
import { checkTargets, type BenchResults, type StageRow } from '../scripts/bench/results';
import { median, percentile, speedup, summarize } from '../scripts/bench/stats';
import { wantsMoreRuns, type StageResult } from '../scripts/bench/worker';
import { repoRoot } from './support/shared';

describe('statistics', () => {
  it('takes the median, nearest-rank p95 and minimum of a sample', () => {
    const samples = Array.from({ length: 20 }, (_, i) => 20 - i); // 20 … 1
    expect(summarize(samples)).toEqual({ runs: 20, medianMs: 10.5, p95Ms: 19, minMs: 1 });
    expect(median([3, 1, 2])).toBe(2);
    expect(percentile([5], 95)).toBe(5);
  });

  it('gives no ratio when a side is missing, so a skipped tool never shows a made-up speed-up', () => {
    expect(speedup(100, 1000)).toBe(10);
    expect(speedup(100, null)).toBeNull();
    expect(speedup(0, 1000)).toBeNull();
  });
});

describe('scaled inputs', () => {
  const path = join(repoRoot, 'samples', 'school-safety-web.txt');
  const raw = readFileSync(path, 'utf8');
  const doc = parseSpeech(Buffer.from(raw)).document;
  const body = (d: typeof doc) => d.blocks.filter((b) => b.kind === 'heading' || b.kind === 'paragraph');

  it('repeats the body paragraphs only: one title, the body n times', () => {
    const tripled = parseSpeech(Buffer.from(repeatBody(raw, doc, 3))).document;
    expect(tripled.title).toBe(doc.title);
    expect(tripled.blocks.filter((b) => b.kind === 'title')).toHaveLength(1);
    expect(body(tripled)).toHaveLength(3 * body(doc).length);
  });

  it('leaves a 1× input as the same speech', () => {
    expect(documentText(parseSpeech(Buffer.from(repeatBody(raw, doc, 1))).document)).toBe(documentText(doc));
  });
});

describe('measurement plumbing', () => {
  it('reads peak RSS and CPU from GNU time and the CLI’s own figure from its output', () => {
    const parsed = parseGnuTime('413328 4.62 0.65\n');
    expect(parsed?.peakRssMiB).toBeCloseTo(403.6, 1);
    expect(parsed?.cpuMs).toBeCloseTo(5270, 6);
    expect(parseGnuTime('Command exited with non-zero status 1')).toBeNull();
    expect(cliReportedMs('seed.txt → out/seed.* (7 files, 3249 ms; warnings: placeholder)')).toBe(3249);
  });

  it('keeps the seed at the full run count and stops large inputs at the budget', () => {
    const seed = { targetRuns: 20, minRuns: 20, budgetMs: Infinity };
    const large = { targetRuns: 20, minRuns: 3, budgetMs: 12_000 };
    expect(wantsMoreRuns(seed, 19, 1e9)).toBe(true);
    expect(wantsMoreRuns(seed, 20, 0)).toBe(false);
    expect(wantsMoreRuns(large, 2, 60_000)).toBe(true);
    expect(wantsMoreRuns(large, 3, 12_001)).toBe(false);
    expect(wantsMoreRuns(large, 5, 1_000)).toBe(true);
  });
});

describe('targets and report', () => {
  const stage = (medianMs: number, peakRssMiB: number): StageResult => ({
    firstMs: medianMs * 5,
    warm: { runs: 20, medianMs, p95Ms: medianMs * 1.2, minMs: medianMs * 0.9 },
    warmCpuMedianMs: medianMs,
    peakRssMiB,
    outputs: { '.pdf': 400_000, '.docx': 22_000 },
  });
  const results = (pipelineMs: number, libreoffice: BenchResults['peers']['libreoffice']): BenchResults => {
    const row: StageRow = { stage: 'pipeline', size: '1×', times: 1, inputBytes: 21_758, policy: { targetRuns: 20, minRuns: 20, budgetMs: Infinity }, result: stage(pipelineMs, 450) };
    const cli = { runs: 3, medianMs: 1400, minMs: 1300, cpuMedianMs: 1200, peakRssMiB: 390, insideMedianMs: 900 };
    const tool = (ms: number) => ({ runs: 3, medianMs: ms, minMs: ms, cpuMedianMs: ms, peakRssMiB: 210 });
    return {
      generatedAt: '2026-11-29T00:00:00.000Z',
      machine: { nproc: 2, cpuModel: 'test CPU', ramGiB: 8, node: 'v20', platform: 'linux x64', loadAverage: [1, 1, 1] },
      loadAverageAtEnd: [1, 1, 1],
      input: { name: 'seed.txt', fallback: false, cleanedChars: 7515 },
      stages: [row],
      converters: [],
      cold: { cli, bundledCli: { skipped: 'not built' }, lambda: { skipped: 'not built' } },
      peers: { libreoffice: libreoffice === undefined ? { skipped: 'soffice not found' } : libreoffice, pandoc: { skipped: 'pandoc not found' }, openccCli: { measured: { ...tool(90), version: 'opencc 1' } } },
      totalSeconds: 1,
    };
  };
  const lo = { measured: { version: 'LibreOffice 7', coldTxtToPdf: { runs: 2, medianMs: 2400, minMs: 2300, cpuMedianMs: 2000, peakRssMiB: 210 }, warmTxtToPdf: { runs: 3, medianMs: 2100, minMs: 2000, cpuMedianMs: 1800, peakRssMiB: 210 }, warmOurDocxToPdf: { runs: 3, medianMs: 1900, minMs: 1800, cpuMedianMs: 1400, peakRssMiB: 210 } } };

  it('judges the warm pipeline against 250 ms and ten times LibreOffice', () => {
    const fast = checkTargets(results(200, lo));
    expect(fast[0]!.met).toBe(true);
    expect(fast[1]!.met).toBe(true); // 2100 / 200 = 10.5×
    const slow = checkTargets(results(300, lo));
    expect(slow[0]!.met).toBe(false);
    expect(slow[1]!.met).toBe(false);
    expect(slow[1]!.measured).toContain('7.0× faster');
    expect(checkTargets(results(3000, lo))[1]!.measured).toContain('1.4× slower');
  });

  it('says which run the earlier targets come from, and that a later --headline table supersedes them', () => {
    const full = results(900, lo);
    expect(renderMarkdown(full, '')).toContain('These rows and every section below come from the full run of 2026-11-29T00:00:00.000Z');
    expect(renderMarkdown(full, '')).not.toContain('supersedes');
    const later: HeadlineResults = {
      measuredAt: '2026-11-30T00:00:00.000Z',
      loadAverage: [2, 3],
      cold: { oursMs: { values: [800] }, oursCpuMs: { values: [1200] }, libreofficeMs: { values: [1500] } },
      warm: { oursMs: { values: [100] }, libreofficeMs: { values: [1300] } },
      memory: { seedMiB: { values: [200] }, largeMiB: { values: [330] }, largeInputBytes: 1_077_000 },
      lambda: { skipped: 'not built' },
      tests: { skipped: 'not run' },
    };
    const markdown = renderMarkdown({ ...full, headline: later }, '');
    expect(markdown).toContain('The issue-16 table above was measured later (2026-11-30T00:00:00.000Z, 1-minute load average 2.0 → 3.0');
    expect(markdown).toContain('supersedes them');
  });

  it('says "not measured" and SKIPPED, never a verdict, when LibreOffice or pandoc is missing', () => {
    const checks = checkTargets(results(200, undefined as never));
    expect(checks[1]!.met).toBeNull();
    const markdown = renderMarkdown(results(200, undefined as never), '');
    expect(markdown).toContain('LibreOffice: SKIPPED — soffice not found');
    expect(markdown).toContain('pandoc: SKIPPED — pandoc not found');
    expect(markdown).toContain('not measured');
  });
});

describe('issue 16 headline table', () => {
  const headline = (oursColdMs: number, loMs: number | null): HeadlineResults => ({
    measuredAt: '2026-12-01T00:00:00.000Z',
    loadAverage: [2, 2],
    cold: { oursMs: { values: [oursColdMs, oursColdMs + 100, oursColdMs - 50] }, oursCpuMs: { values: [800] }, libreofficeMs: loMs === null ? null : { values: [loMs, loMs + 200, loMs - 100] } },
    warm: { oursMs: { values: [100, 110, 90, 105] }, libreofficeMs: loMs === null ? null : { values: [1300, 1400] } },
    memory: { seedMiB: { values: [220, 230] }, largeMiB: { values: [400] }, largeInputBytes: 1_077_000 },
    lambda: { requireMs: { values: [300, 320] }, firstEventMs: { values: [600, 620] }, zippedBytes: 28_600_000 },
    tests: { npmTestMs: 150_000, unitMs: 18_000, loadAverage: [6, 6, 6, 7, 7, 7] },
  });

  it('judges each row on medians and the side-by-side ratio, with the range shown', () => {
    const rows = headlineRows(headline(800, 1400));
    expect(rows.map((r) => r.met)).toEqual([true, true, true, true, true]);
    expect(rows[0]!.measured).toContain('0.80 s (0.75 s–0.90 s, n=3)');
    expect(rows[0]!.measured).toContain('1.75×');
    expect(rows[4]!.measured).toContain('(loaded)'); // 150 s passes only because the machine was loaded
    expect(headlineRows(headline(1000, 1400))[0]!.met).toBe(false);
  });

  it('shows beside the cold figure the same CLI with its opt-in edition thread', () => {
    const h = headline(800, 1400);
    const withThread: HeadlineResults = {
      ...h,
      cold: { ...h.cold, editionThreadMs: { values: [1000, 1100, 900] }, editionThreadCpuMs: { values: [700] }, editionThreadRssMiB: { values: [200, 210] } },
    };
    expect(headlineRows(withThread)[2]!.measured).toContain('seed with the opt-in edition thread: 205 MiB (200 MiB–210 MiB, n=2)');
    expect(headlineRows(withThread)[0]!.measured).toContain('with the opt-in edition thread 1.00 s (0.90 s–1.10 s, n=3), CPU 0.70 s');
  });

  it('shows the warm conversions\' CPU (process and main thread) beside their wall time, and LibreOffice\'s', () => {
    const h = headline(800, 1400);
    const withCpu: HeadlineResults = {
      ...h,
      warm: { ...h.warm, oursCpuMs: { values: [150, 160, 140] }, oursMainThreadCpuMs: { values: [80, 85, 90] }, libreofficeCpuMs: { values: [1200, 1100] } },
    };
    const measured = headlineRows(withCpu)[1]!.measured;
    expect(measured).toContain('ours 103 ms (90 ms–110 ms, n=4), CPU 150 ms (main thread 85 ms)');
    expect(measured).toContain('LibreOffice (initialised profile) 1.35 s (1.30 s–1.40 s, n=2), CPU 1.15 s; **13.2×** (CPU: 7.7×)');
  });

  it('gives no verdict when LibreOffice was not there to compare with', () => {
    const rows = headlineRows(headline(800, null));
    expect(rows[0]!.met).toBeNull();
    expect(rows[0]!.measured).toContain('LibreOffice not measured');
    expect(rows[1]!.met).toBeNull();
  });
});
