/**
 * PDF build time for the seed (not a test: figures, not assertions).
 *
 *   npx tsx scripts/bench-pdf.ts [transcript.txt] [--runs 9]
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

const args = process.argv.slice(2);
const runsFlag = args.indexOf('--runs');
const runs = runsFlag >= 0 ? Number(args[runsFlag + 1]) : 9;
const input = args.find((a, i) => !a.startsWith('--') && i !== runsFlag + 1) ?? resolve(__dirname, '..', '../shared/corpus/raw/00_seed.txt');
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

async function main(): Promise<void> {
  const { document } = parseSpeech(readFileSync(input));
  if (childMode) {
    const [, firstMs] = await time(() => renderPdf(document));
    console.log(JSON.stringify({ firstMs }));
    return;
  }
  // A new process: module load + font reads + first PDF, measured from outside and inside.
  const started = performance.now();
  const out = execFileSync(process.execPath, [...process.execArgv, __filename, input, '--child'], { encoding: 'utf8' });
  const wall = performance.now() - started;
  const { firstMs } = JSON.parse(out.trim().split('\n').pop()!) as { firstMs: number };
  console.log(`new process: first PDF ${ms(firstMs)} inside, ${ms(wall)} wall clock including Node + tsx start-up and imports`);

  await bench('Simplified (zh-CN)', document);
  await bench('Traditional (zh-TW)', convertDocumentScript(document, { variant: 'tw' }));
  console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
