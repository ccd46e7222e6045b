/**
 * Memory of rendering a large upload, as ratios (no absolute figure: object sizes are V8's, the same on every
 * machine, but the heap's garbage is not). A page copied without its line breaks is one paragraph of the whole
 * upload; rendering it must hold what the document needs (its text, each page's content template), not every
 * line's placed units and glyphs at once — those took 67 bytes of heap per input byte (now ~8), and a 5 MB upload
 * peaked at 1.8 GB (docs/performance.md, step 17). Isolated: it forces garbage collections and reads the
 * heap, so it wants a worker of its own.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../../../lambdas/pipeline';
import { PrintedLines, renderDocx } from '../../../lambdas/pipeline/render/docx';
import { renderPdf } from '../../../lambdas/pipeline/render/pdf';
import { largeTranscript, type LargeShape } from '../../../scripts/bench/large-input';
import { repoRoot } from '../../support/shared';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const SAMPLE = readFileSync(join(repoRoot, 'samples', 'school-safety-web.txt'), 'utf8');
const KiB = 1024;

/** Live heap (after a full collection), bytes. */
function liveHeap(): number {
  gc();
  return process.memoryUsage().heapUsed;
}

/**
 * The most heap the Simplified edition's rendering keeps alive beyond the parsed document: read after a full
 * collection about ten times while the PDF is drawn (every 16 pages at 256 KiB, ~150 pages; every 64 at 1 MiB:
 * the same resolution at both sizes, and at 1 MiB 9 collections instead of 37, a third of this file's CPU),
 * and after the DOCX.
 */
async function renderingHeap(shape: LargeShape, size: number): Promise<{ input: number; growth: number }> {
  const bytes = largeTranscript(SAMPLE, shape, size);
  const { document } = parseSpeech(bytes, { maxBytes: bytes.length });
  const base = liveHeap();
  let peak = base;
  const printed = new PrintedLines(document);
  const every = Math.max(1, Math.round((16 * size) / (256 * KiB)));
  let pages = 0;
  const pdf = await renderPdf(document, (page) => {
    printed.add(page);
    if ((pages += 1) % every === 0) peak = Math.max(peak, liveHeap());
  });
  const docx = await renderDocx(document, undefined, printed.blocks());
  peak = Math.max(peak, liveHeap());
  expect(pdf.pageCount).toBeGreaterThan(0);
  expect(docx.length).toBeGreaterThan(0);
  return { input: bytes.length, growth: peak - base };
}

describe('rendering memory grows with the upload, at a few bytes per byte', () => {
  for (const shape of ['lines', 'paragraphs'] as const) {
    it(`${shape === 'lines' ? 'one line (one paragraph of the whole upload)' : 'paragraphs'}: 256 KiB → 1 MiB`, async () => {
      const small = await renderingHeap(shape, 256 * KiB);
      const large = await renderingHeap(shape, 1024 * KiB);
      const perByte = large.growth / large.input;
      console.info(`[memory] ${shape}: rendering heap +${(small.growth / 2 ** 20).toFixed(1)} MiB at 256 KiB, +${(large.growth / 2 ** 20).toFixed(1)} MiB at 1 MiB (${perByte.toFixed(1)} B per input byte)`);
      // Linear: four times the input, at most ~four times the memory (never a layout per line kept per block).
      expect(large.growth / Math.max(small.growth, 1)).toBeLessThan(4.5);
      expect(perByte).toBeLessThan(16);
    });
  }
});
