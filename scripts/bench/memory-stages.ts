/**
 * Memory of one conversion, stage by stage, on a large generated input (docs/performance.md, step 17):
 * peak RSS within each stage (sampled every 2 ms from a worker thread, RSS being the process's), the JS heap
 * kept alive after it (after a full GC), and — with --trace-gc — the largest heap a GC found within it.
 * Runs the stages as convert() does with the edition thread off, one edition after the other.
 *
 *   npx esbuild scripts/bench/memory-stages.ts --bundle --platform=node --outfile=node_modules/.cache/memory-stages.cjs
 *   stdbuf -o0 node --expose-gc --trace-gc node_modules/.cache/memory-stages.cjs lines 5242880 samples/x.txt
 *
 * Shape `lines` is the body of the given transcript as one line (a page copied without its line breaks),
 * `paragraphs` its paragraphs one per line; either repeated to the given number of UTF-8 bytes. Shape `file`
 * with a path measures that file.
 */
import { readFileSync, writeSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { clean } from '../../lambdas/pipeline/clean';
import { decode } from '../../lambdas/pipeline/decode';
import { PrintedLines, renderDocx } from '../../lambdas/pipeline/render/docx';
import { renderPdf } from '../../lambdas/pipeline/render/pdf';
import { FontResolver } from '../../lambdas/pipeline/render/pdf/draw/fontResolver';
import { fontBookFor } from '../../lambdas/pipeline/render/pdf/fonts';
import { paginateSlots } from '../../lambdas/pipeline/render/pdf/layout/paginate';
import { typesetSlots } from '../../lambdas/pipeline/render/pdf/layout/typeset';
import { convertDocumentScript, DEFAULT_SCRIPT_VARIANT } from '../../lambdas/pipeline/script';
import { structure } from '../../lambdas/pipeline/structure';
import type { SpeechDocument } from '../../lambdas/pipeline/model';
import { largeTranscript, type LargeShape } from './large-input';

const MiB = 1024 * 1024;
const mib = (bytes: number): string => (bytes / MiB).toFixed(0);

/** The process's RSS peak since the last reset, from a thread that runs while the main one is busy. */
function rssSampler(): { peak: () => Promise<number>; stop: () => Promise<number> } {
  const shared = new Int32Array(new SharedArrayBuffer(8));
  const worker = new Worker(
    `const { workerData } = require('node:worker_threads');
     const peak = new Int32Array(workerData);
     setInterval(() => {
       const kib = Math.round(process.memoryUsage.rss() / 1024);
       if (kib > Atomics.load(peak, 0)) Atomics.store(peak, 0, kib);
       if (Atomics.load(peak, 1) === 1) process.exit(0);
     }, 2);`,
    { eval: true, workerData: shared.buffer },
  );
  worker.unref();
  const settle = () => new Promise((r) => setTimeout(r, 10));
  return {
    // Reads the peak so far and restarts it at the current RSS.
    peak: async () => {
      await settle();
      const kib = Atomics.exchange(shared, 0, Math.round(process.memoryUsage.rss() / 1024));
      return Math.max(kib * 1024, process.memoryUsage.rss());
    },
    stop: async () => {
      Atomics.store(shared, 1, 1);
      return 0;
    },
  };
}

async function main(): Promise<void> {
  const [shape = 'lines', size = String(5 * MiB), source = 'samples/rural-revitalization-pdf.txt'] = process.argv.slice(2);
  // `file <path>`: that file as it is.
  const bytes = shape === 'file' ? readFileSync(size) : largeTranscript(readFileSync(source, 'utf8'), shape as LargeShape, Number(size));
  const sampler = rssSampler();
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const rows: string[] = [];
  const stage = async <T>(name: string, run: () => T | Promise<T>): Promise<T> => {
    gc();
    await sampler.peak();
    writeSync(1, `\n@@stage ${name}\n`);
    const value = await run();
    writeSync(1, `\n@@end ${name}\n`);
    const peak = await sampler.peak();
    gc();
    const after = process.memoryUsage();
    rows.push(`| ${name} | ${mib(peak)} | ${mib(after.rss)} | ${mib(after.heapUsed)} | ${mib(after.external + after.arrayBuffers)} |`);
    return value;
  };

  const keep: unknown[] = [];
  const text = await stage('decode', () => decode(bytes, 1 << 30).text);
  const cleaned = await stage('clean', () => clean(text));
  const document = await stage('structure', () => structure(cleaned, cleaned.report.removedFragments));
  const edition = async (doc: SpeechDocument, label: string): Promise<void> => {
    await stage(`typeset ${label} (alone, pages dropped)`, () => {
      const resolver = new FontResolver(fontBookFor(doc.script));
      let pages = 0;
      for (const _ of paginateSlots(typesetSlots(doc, resolver.measure, resolver.ink))) pages += 1;
      return pages;
    });
    const printed = new PrintedLines(doc);
    const pdf = await stage(`pdf ${label} (typeset + draw)`, () => renderPdf(doc, (page) => printed.add(page)));
    const docx = await stage(`docx ${label}`, () => renderDocx(doc, undefined, printed.blocks()));
    keep.push(pdf.bytes, docx);
  };
  await edition(document, 'Simplified');
  const converted = await stage('script (Traditional)', () => convertDocumentScript(document, { variant: DEFAULT_SCRIPT_VARIANT }));
  await edition(converted, 'Traditional');
  await sampler.stop();
  const total = process.resourceUsage().maxRSS * 1024;
  writeSync(1, `\n@@input ${shape} ${bytes.length} bytes; blocks ${document.blocks.length}; peak RSS of the process ${mib(total)} MiB\n`);
  writeSync(1, '@@| stage | peak RSS MiB | RSS after MiB | heap kept MiB | external + buffers MiB |\n');
  for (const row of rows) writeSync(1, `@@${row}\n`);
}

void main();
