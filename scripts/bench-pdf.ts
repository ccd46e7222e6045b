/**
 * PDF build time for the seed (not a test: figures, not assertions).
 *
 *   npx tsx scripts/bench-pdf.ts [transcript.txt] [--runs 9] [--times 50]
 *
 * `--times N` repeats the transcript's body N times (title and page noise once, as scripts/bench/inputs.ts
 * makes the bench's 10× and 50× inputs), for the memory of long speeches: the peak RSS printed last is
 * this process's, so run one size per process to compare sizes.
 *
 * Reports, for the Simplified and the Traditional edition: the first PDF of this process (fonts read and
 * parsed on the way), then the median and min of warm runs. Run it twice in fresh processes to see the
 * spread; a child process is also timed end to end ("new process's first PDF"). CPU time is reported
 * beside wall time because the machines this runs on are often shared (wall time then overstates the cost).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseSpeech } from '../lambdas/pipeline';
import type { SpeechDocument } from '../lambdas/pipeline/model';
import { layoutPdf, renderPdf } from '../lambdas/pipeline/render/pdf';
import { convertDocumentScript } from '../lambdas/pipeline/script';
import { repeatBody } from './bench/inputs';

const args = process.argv.slice(2);
const flag = (name: string): number | undefined => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : undefined;
};
const flagValueAt = new Set(['--runs', '--times'].map((name) => args.indexOf(name) + 1).filter((i) => i > 0));
const runs = flag('--runs') ?? 9;
const times = flag('--times') ?? 1;
const input = args.find((a, i) => !a.startsWith('--') && !flagValueAt.has(i)) ?? resolve(__dirname, '..', '../shared/corpus/raw/00_seed.txt');
const childMode = args.includes('--child');

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number): string => `${x.toFixed(0)} ms`;

async function time<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

async function bench(label: string, doc: SpeechDocument): Promise<void> {
  const [first, firstMs] = await time(() => renderPdf(doc));
  const warm: number[] = [];
  const cpu: number[] = [];
  const layout: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const before = process.cpuUsage();
    warm.push((await time(() => renderPdf(doc)))[1]);
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
    layout.push((await time(() => layoutPdf(doc)))[1]);
  }
  console.log(
    `${label}: ${first.pageCount} pages, ${(first.bytes.length / 1024).toFixed(0)} KB | first in process ${ms(firstMs)} | ` +
      `warm median ${ms(median(warm))} (min ${ms(Math.min(...warm))}, CPU median ${ms(median(cpu))}) of ${runs} | ` +
      `layout alone ${ms(median(layout))}`,
  );
}

/** The transcript, its body repeated `--times` times; no size limit (the point is to measure long inputs). */
function transcript(): SpeechDocument {
  const raw = readFileSync(input);
  const { document } = parseSpeech(raw, { maxBytes: Number.MAX_SAFE_INTEGER });
  if (times === 1) return document;
  return parseSpeech(Buffer.from(repeatBody(raw.toString('utf8'), document, times)), { maxBytes: Number.MAX_SAFE_INTEGER }).document;
}

async function main(): Promise<void> {
  const document = transcript();
  if (childMode) {
    const [, firstMs] = await time(() => renderPdf(document));
    console.log(JSON.stringify({ firstMs }));
    return;
  }
  // A new process: module load + font reads + first PDF, measured from outside and inside.
  const started = performance.now();
  const out = execFileSync(process.execPath, [...process.execArgv, __filename, input, '--times', String(times), '--child'], { encoding: 'utf8' });
  const wall = performance.now() - started;
  const { firstMs } = JSON.parse(out.trim().split('\n').pop()!) as { firstMs: number };
  console.log(`new process: first PDF ${ms(firstMs)} inside, ${ms(wall)} wall clock including Node + tsx start-up and imports`);

  await bench('Simplified (zh-CN)', document);
  await bench('Traditional (zh-TW)', convertDocumentScript(document, { variant: 'tw' }));
  console.log(`input ×${times}; peak RSS of this process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
