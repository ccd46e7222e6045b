/**
 * Load test of the local stack (loopback only): a burst of uploads through s3rver → notification
 * bridge → local queue → the Lambda handler, with real transcripts (samples/, plus the shared corpus
 * when present) and a share of bad inputs. Reports throughput and per-upload latency.
 *
 *   npx tsx scripts/load-test.ts [--uploads 1000] [--concurrency 4] [--batch 5]
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startLocalStack } from '../lambdas/local/local-stack';
import { convert, errorReportFile, PIPELINE_VERSION } from '../lambdas/pipeline';

const repoRoot = resolve(__dirname, '..');

function transcripts(): { name: string; bytes: Uint8Array }[] {
  const dirs = [join(repoRoot, 'samples'), join(repoRoot, '..', 'shared', 'corpus', 'raw')];
  return dirs.flatMap((dir) => {
    try {
      return readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => ({ name: f, bytes: readFileSync(join(dir, f)) }));
    } catch {
      return [];
    }
  });
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { uploads: { type: 'string', default: '1000' }, concurrency: { type: 'string', default: '4' }, batch: { type: 'string', default: '5' } } });
  const uploads = Number(values.uploads);
  const concurrency = Number(values.concurrency);
  const sources = transcripts();
  if (sources.length === 0) throw new Error('no transcripts found in samples/');
  let conversions = 0;
  const dataDir = mkdtempSync(join(tmpdir(), 'speech-press-load-'));
  const stack = await startLocalStack({
    dataDir,
    port: 0,
    concurrency,
    batchSize: Number(values.batch),
    pipeline: { convert: (b, o) => (conversions++, convert(b, o)), errorReportFile, version: PIPELINE_VERSION },
  });
  try {
    console.log(`${uploads} uploads, concurrency ${concurrency}, batch ${values.batch}, ${sources.length} distinct transcripts (+ every 20th empty)`);
    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: uploads }, (_, i) => {
        const source = sources[i % sources.length]!;
        // Distinct keys and distinct bytes, so no upload is a duplicate of another.
        const body = i % 20 === 19 ? new Uint8Array() : Buffer.concat([Buffer.from(source.bytes), Buffer.from(`\n（第${i}份）\n`, 'utf8')]);
        const t0 = performance.now();
        return stack.upload(`load/${String(i).padStart(5, '0')}-${source.name}`, body).then((r) => ({ ...r, endToEndMs: performance.now() - t0 }));
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
    const by = (s: string) => results.filter((r) => r.status === s).length;
    console.log(`settled: ${by('converted')} converted, ${by('rejected')} rejected, ${by('dead-lettered')} dead-lettered; pipeline calls ${conversions}`);
    console.log(`throughput: ${(uploads / seconds).toFixed(1)} uploads/s (${seconds.toFixed(1)} s wall)`);
    console.log(`latency from first delivery to settled: p50 ${percentile(latencies, 0.5)} ms, p95 ${percentile(latencies, 0.95)} ms, max ${latencies.at(-1)} ms`);
    const endToEnd = results.map((r) => Math.round(r.endToEndMs)).sort((a, b) => a - b);
    console.log(`latency upload start to settled (includes queueing behind the burst): p50 ${percentile(endToEnd, 0.5)} ms, p95 ${percentile(endToEnd, 0.95)} ms`);
    console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
    if (results.length !== uploads || conversions !== uploads || by('dead-lettered') > 0) process.exitCode = 1;
  } finally {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
