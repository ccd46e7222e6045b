/**
 * Proves the package that would be deployed works: synthesizes the stack with real bundling
 * (local esbuild), copies the Lambda asset out of cdk.out into an empty folder (no node_modules, no
 * assets/fonts anywhere above it), starts s3rver, uploads a transcript and runs the bundled
 * handler under plain `node` with an SQS-shaped event. Prints asset size, timings and outputs.
 *
 *   npx tsx scripts/run-bundled.ts [transcript.txt] [--outdir cdk.out]
 */
import { App } from 'aws-cdk-lib';
import { ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { bundledHandlerEnv, runBundledChild, sqsRecord, uploadRecord } from './bundled-handler-child';
import { startLocalS3 } from '../lambdas/local/local-s3';
import { BUNDLED_FONT_FILES } from '../lambdas/pipeline/render/pdf/fonts/faces';
import { SpeechPressStack } from '../lib/speech-press-stack';

const repoRoot = resolve(__dirname, '..');

export class BundledRunError extends Error {
  override readonly name = 'BundledRunError';
}

/** Synthesizes with bundling into `outdir`; returns the converter's asset folder. */
export function synthBundledAsset(outdir: string): string {
  const cdkJson = JSON.parse(readFileSync(join(repoRoot, 'cdk.json'), 'utf8')) as { context: Record<string, unknown> };
  const app = new App({ outdir, context: cdkJson.context });
  new SpeechPressStack(app, 'SpeechPress');
  app.synth();
  // cdk.out keeps older assets: take the one this template's converter function points at.
  const template = JSON.parse(readFileSync(join(outdir, 'SpeechPress.template.json'), 'utf8')) as {
    Resources: Record<string, { Type: string; Properties?: { Handler?: string; Code?: { S3Key?: string } } }>;
  };
  const keys = Object.values(template.Resources)
    .filter((r) => r.Type === 'AWS::Lambda::Function' && r.Properties?.Handler === 'index.handler' && existsSync(join(outdir, `asset.${r.Properties.Code?.S3Key?.replace(/\.zip$/, '')}`, 'fonts')))
    .map((r) => r.Properties!.Code!.S3Key!.replace(/\.zip$/, ''));
  if (keys.length !== 1) throw new BundledRunError(`expected one converter function with a bundled asset in ${outdir}, found ${keys.length}`);
  return join(outdir, `asset.${keys[0]}`);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

export interface AssetSize {
  readonly files: number;
  readonly bytes: number;
  /** Deflate-compressed total, roughly the zip Lambda receives; measured only on request (it takes seconds). */
  readonly deflatedBytes: number | null;
  readonly indexJsBytes: number;
  readonly fontFiles: readonly string[];
}

export function measureAsset(assetDir: string, options: { compressed?: boolean } = {}): AssetSize {
  const files = walk(assetDir);
  return {
    files: files.length,
    bytes: files.reduce((n, f) => n + statSync(f).size, 0),
    deflatedBytes: options.compressed === true ? files.reduce((n, f) => n + deflateRawSync(readFileSync(f), { level: 6 }).length, 0) : null,
    indexJsBytes: statSync(join(assetDir, 'index.js')).size,
    fontFiles: walk(join(assetDir, 'fonts'))
      .map((f) => relative(join(assetDir, 'fonts'), f))
      .filter((f) => !f.startsWith('licenses'))
      .sort(),
  };
}

export interface BundledRun {
  readonly response: { batchItemFailures: { itemIdentifier: string }[] };
  readonly outputKeys: readonly string[];
  readonly coldStartMs: number;
  readonly invokeMs: number;
  /** CPU (user + system) of the handler's process over the same two spans: on a shared machine, the figure to trust. */
  readonly coldStartCpuMs: number;
  readonly invokeCpuMs: number;
  readonly maxRssMiB: number;
}

/** The child: plain node, the asset's own index.js, nothing from this repository. */
const CHILD = `
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const c0 = cpu();
const t0 = performance.now();
const { handler } = require(process.argv[1]);
const t1 = performance.now();
const c1 = cpu();
const event = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
handler(event, {}).then((response) => {
  const t2 = performance.now();
  const c2 = cpu();
  process.stdout.write('\\n@@RESULT ' + JSON.stringify({ response, coldStartMs: t1 - t0, invokeMs: t2 - t1, coldStartCpuMs: c1 - c0, invokeCpuMs: c2 - c1, maxRssMiB: process.resourceUsage().maxRSS / 1024 }) + '\\n');
}, (error) => { console.error(error); process.exit(1); });
`;

/** Uploads `transcript` to a fresh s3rver and runs the isolated asset's handler on its notification. */
export async function runBundledHandler(assetDir: string, transcript: Uint8Array, fileName: string): Promise<BundledRun> {
  const isolated = mkdtempSync(join(tmpdir(), 'speech-press-bundle-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'speech-press-bundle-s3-'));
  const s3 = await startLocalS3({ directory: dataDir, buckets: ['input', 'output'], port: 0 });
  try {
    cpSync(assetDir, join(isolated, 'asset'), { recursive: true });
    const key = `incoming/bundled/${fileName}`;
    await s3.client.send(new PutObjectCommand({ Bucket: 'input', Key: key, Body: transcript }));
    const event = {
      Records: [uploadRecord('bundled-1', key), sqsRecord('bundled-test-event', JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent' }))],
    };
    // As deployed: the converter function sets no NODE_OPTIONS (lib/handler-function.ts; --enable-source-maps cost
    // every cold start the map's parse), so the figures here are the deployed function's, not a debugging run's.
    const env = bundledHandlerEnv(isolated, s3.endpoint);
    const result = await runBundledChild<Omit<BundledRun, 'outputKeys'>>(CHILD, isolated, env, JSON.stringify(event), (m) => new BundledRunError(m));
    const listed = await s3.client.send(new ListObjectsV2Command({ Bucket: 'output' }));
    return { ...result, outputKeys: (listed.Contents ?? []).map((o) => o.Key!).sort() };
  } finally {
    await s3.close();
    rmSync(isolated, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const outdirFlag = args.indexOf('--outdir');
  const outdir = resolve(outdirFlag >= 0 ? args.splice(outdirFlag, 2)[1]! : join(repoRoot, 'cdk.out'));
  const seed = join(repoRoot, '..', 'shared', 'corpus', 'raw', '00_seed.txt');
  const transcriptPath = args[0] ?? (existsSync(seed) ? seed : join(repoRoot, 'samples', readdirSync(join(repoRoot, 'samples')).find((f) => f.endsWith('.txt'))!));

  let t = performance.now();
  const assetDir = synthBundledAsset(outdir);
  console.log(`synth + bundle: ${((performance.now() - t) / 1000).toFixed(1)} s → ${assetDir}`);
  const size = measureAsset(assetDir, { compressed: true });
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;
  console.log(`asset: ${size.files} files, ${mib(size.bytes)} (≈${mib(size.deflatedBytes ?? 0)} zipped); index.js ${mib(size.indexJsBytes)}; fonts: ${size.fontFiles.join(', ')}`);
  const missing = BUNDLED_FONT_FILES.filter((f) => !size.fontFiles.includes(f));
  if (missing.length > 0) throw new BundledRunError(`fonts missing from the asset: ${missing.join(', ')}`);

  t = performance.now();
  const run = await runBundledHandler(assetDir, readFileSync(transcriptPath), basename(transcriptPath));
  console.log(`bundled handler (plain node ${process.version}): require ${run.coldStartMs.toFixed(0)} ms (CPU ${run.coldStartCpuMs.toFixed(0)}), invoke ${run.invokeMs.toFixed(0)} ms (CPU ${run.invokeCpuMs.toFixed(0)}), peak RSS ${run.maxRssMiB.toFixed(0)} MiB, total ${((performance.now() - t) / 1000).toFixed(1)} s`);
  console.log(`response: ${JSON.stringify(run.response)}`);
  console.log(`outputs:\n  ${run.outputKeys.join('\n  ')}`);
  if (run.response.batchItemFailures.length > 0) throw new BundledRunError('the bundled handler reported failures');
  if (!run.outputKeys.some((k) => k.endsWith('.json') && !k.endsWith('.error.json'))) throw new BundledRunError('no manifest written');
  writeFileSync(join(outdir, 'bundled-run.json'), JSON.stringify({ size, run }, null, 2) + '\n');
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
