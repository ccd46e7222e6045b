/**
 * Single-core CPU time of the deployable Lambda asset, for choosing its memory size (docs/aws.md): the
 * bundled handler under plain node against a local S3 server — init (require), the first event, then warm
 * events — each measured with process.cpuUsage() inside the handler's process. Lambda gives a function CPU in
 * proportion to its memory (one full vCPU at 1,769 MB), so this CPU time is what the memory choice scales.
 *
 *   npx tsx scripts/bench/lambda-cpu.ts [transcript.txt] [--events N]
 */
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { bundledHandlerEnv, runBundledChild, uploadRecord } from '../bundled-handler-child';
import { startLocalS3 } from '../../lambdas/local/local-s3';
import { cachedBundleAsset } from './bundle-cache';
import { median } from './stats';

const repoRoot = resolve(__dirname, '..', '..');

/** The child: the asset's handler, one SQS event per line of stdin, CPU and wall per step on stdout. */
const CHILD = `
const lines = require('node:fs').readFileSync(0, 'utf8').split('\\n').filter(Boolean);
const measure = async (fn) => { const c = process.cpuUsage(); const t = performance.now(); const r = await fn(); const d = process.cpuUsage(c); return { r, cpuMs: (d.user + d.system) / 1000, wallMs: performance.now() - t }; };
(async () => {
  const init = await measure(() => require(process.argv[1]));
  const events = [];
  for (const line of lines) {
    const step = await measure(() => init.r.handler(JSON.parse(line), {}));
    if (step.r.batchItemFailures.length > 0) throw new Error('failures: ' + JSON.stringify(step.r));
    events.push({ cpuMs: step.cpuMs, wallMs: step.wallMs });
  }
  process.stdout.write('@@RESULT ' + JSON.stringify({ init: { cpuMs: init.cpuMs, wallMs: init.wallMs }, events, maxRssMiB: process.resourceUsage().maxRSS / 1024 }) + '\\n');
})().catch((e) => { console.error(e); process.exit(1); });
`;

export interface LambdaCpu {
  readonly init: { readonly cpuMs: number; readonly wallMs: number };
  readonly events: readonly { readonly cpuMs: number; readonly wallMs: number }[];
  readonly maxRssMiB: number;
}

export async function measureLambdaCpu(transcript: Uint8Array, fileName: string, events: number): Promise<LambdaCpu> {
  const { assetDir } = await cachedBundleAsset(repoRoot);
  const isolated = mkdtempSync(join(tmpdir(), 'speech-press-lambda-cpu-'));
  const s3 = await startLocalS3({ directory: join(isolated, 's3'), buckets: ['input', 'output'], port: 0 });
  try {
    cpSync(assetDir, join(isolated, 'asset'), { recursive: true });
    const lines: string[] = [];
    for (let i = 0; i < events; i += 1) {
      // A different key each time, so no event is skipped as already converted.
      const key = `incoming/cpu/${i}-${fileName}`;
      await s3.client.send(new PutObjectCommand({ Bucket: 'input', Key: key, Body: transcript }));
      lines.push(JSON.stringify({ Records: [uploadRecord(`m${i}`, key)] }));
    }
    const env = bundledHandlerEnv(isolated, s3.endpoint, { POWERTOOLS_METRICS_DISABLED: 'true' });
    return await runBundledChild<LambdaCpu>(CHILD, isolated, env, lines.join('\n'), (m) => new Error(m));
  } finally {
    await s3.close();
    rmSync(isolated, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const eventsAt = args.indexOf('--events');
  const events = eventsAt >= 0 ? Number(args[eventsAt + 1]) : 6;
  const path = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--events') ?? join(repoRoot, '..', 'shared', 'corpus', 'raw', '00_seed.txt');
  const result = await measureLambdaCpu(readFileSync(path), basename(path), events);
  const warm = result.events.slice(1).map((e) => e.cpuMs);
  process.stdout.write(
    `${basename(path)}: init CPU ${result.init.cpuMs.toFixed(0)} ms, first event CPU ${result.events[0]!.cpuMs.toFixed(0)} ms, ` +
      `warm events CPU median ${warm.length > 0 ? median(warm).toFixed(0) : 'n/a'} ms (${warm.map((x) => x.toFixed(0)).join(', ')}), peak RSS ${result.maxRssMiB.toFixed(0)} MiB\n`,
  );
}

if (require.main === module) void main();
