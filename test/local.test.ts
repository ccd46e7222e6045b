import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeEventKey } from '../lambdas/handler/object-keys';
import type { Pipeline } from '../lambdas/handler/process-upload';
import { checkUploadNames, CliUsageError } from '../lambdas/local/cli-options';
import { LOCAL_BUCKETS, LOCAL_MAX_RECEIVE_COUNT, startLocalStack, UploadTimeoutError, type LocalStack, type LocalStackOptions } from '../lambdas/local/local-stack';
import { convert, errorReportFile, PIPELINE_VERSION } from '../lambdas/pipeline';
import { faultyClient, type SentCommand } from './support/s3rver-faults';
import { sampleFiles } from './support/shared';
import { MAX_UPLOAD_NAME_BYTES } from '../lambdas/settings/defaults';

const TRANSCRIPT = '在全市教育工作会议上的讲话\n同志们：\n今天我们召开全市教育工作会议。\n一、充分肯定成绩\n过去一年，各项工作取得了新的进展。\n';

let running: { stack: LocalStack; dataDir: string }[] = [];
afterEach(async () => {
  for (const { stack, dataDir } of running) {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  running = [];
});

/** A local stack on a random loopback port, with a counting pipeline and an optional client fault. */
async function localStack(options: Partial<LocalStackOptions> & { failWhen?: (c: SentCommand) => boolean } = {}) {
  const conversions: string[] = [];
  const pipeline: Pipeline = {
    convert: async (bytes, opts) => {
      conversions.push(opts.sourceName);
      return convert(bytes, opts);
    },
    errorReportFile,
    version: PIPELINE_VERSION,
  };
  let sent: SentCommand[] = [];
  const dataDir = mkdtempSync(join(tmpdir(), 'speech-press-local-'));
  const stack = await startLocalStack({
    dataDir,
    port: 0,
    pipeline,
    retryDelayMs: 20,
    ...options,
    wrapHandlerClient: (client) => {
      const faulty = faultyClient(client, options.failWhen);
      sent = faulty.sent;
      return faulty.client;
    },
  });
  running.push({ stack, dataDir });
  const attempts = new Map<string, number>();
  stack.onReceive((key, attempt) => attempts.set(key, Math.max(attempt, attempts.get(key) ?? 0)));
  return { stack, conversions, attempts, sent: () => sent };
}

async function outputKeys(stack: LocalStack, prefix = ''): Promise<string[]> {
  const listed = await stack.s3.send(new ListObjectsV2Command({ Bucket: LOCAL_BUCKETS.output, Prefix: prefix, MaxKeys: 1000 }));
  return (listed.Contents ?? []).map((o) => o.Key!).sort();
}

async function readJson(stack: LocalStack, key: string) {
  const got = await stack.s3.send(new GetObjectCommand({ Bucket: LOCAL_BUCKETS.output, Key: key }));
  return JSON.parse(await got.Body!.transformToString()) as Record<string, unknown>;
}

describe('upload → outputs', () => {
  it('writes every output with its content type, manifest last, through the S3 event path', async () => {
    const { stack, sent } = await localStack();
    const result = await stack.upload('会议/讲话.txt', new TextEncoder().encode(TRANSCRIPT));
    expect(result.status).toBe('converted');
    const expected = (await convert(new TextEncoder().encode(TRANSCRIPT), { sourceName: '讲话.txt' })).files;
    expect(await outputKeys(stack)).toEqual(expected.map((f) => `会议/${f.name}`).sort());
    for (const file of expected) {
      const head = await stack.s3.send(new HeadObjectCommand({ Bucket: LOCAL_BUCKETS.output, Key: `会议/${file.name}` }));
      expect(head.ContentType).toBe(file.contentType);
    }
    const puts = sent().filter((c) => c.name === 'PutObjectCommand').map((c) => c.input.Key);
    expect(puts.at(-1)).toBe('会议/讲话.json');
  });

  it('ignores uploads the stack would not notify about: other prefixes, other suffixes, its own outputs', async () => {
    const { stack, conversions } = await localStack();
    await stack.s3.send(new PutObjectCommand({ Bucket: LOCAL_BUCKETS.input, Key: 'elsewhere/a.txt', Body: TRANSCRIPT }));
    await stack.s3.send(new PutObjectCommand({ Bucket: LOCAL_BUCKETS.input, Key: 'incoming/a.md', Body: TRANSCRIPT }));
    await stack.s3.send(new PutObjectCommand({ Bucket: LOCAL_BUCKETS.output, Key: 'incoming/b.txt', Body: TRANSCRIPT }));
    await stack.queue.idle();
    expect(conversions).toEqual([]);
    expect(stack.queue.depth).toEqual({ visible: 0, inFlight: 0, delayed: 0 });
  });
});

describe('upload names', () => {
  it('converts a .TXT upload as it converts .txt', async () => {
    const { stack } = await localStack();
    const result = await stack.upload('notes.TXT', new TextEncoder().encode(TRANSCRIPT));
    expect(result.status).toBe('converted');
    expect(await outputKeys(stack, 'notes.')).toContain('notes.json');
  });

  it('a refused upload rejects with the server\'s error at once and its wait ends with it; one that never settles gives up instead of hanging', async () => {
    const { stack } = await localStack({ settleTimeoutMs: 100 });
    const tooLong = `${'a'.repeat(MAX_UPLOAD_NAME_BYTES)}.txt`;
    await expect(stack.upload(tooLong, new TextEncoder().encode(TRANSCRIPT))).rejects.toMatchObject({ name: 'KeyTooLongError' });
    // A .md upload is never converted: only its settle timeout ends the wait. Its timer was set after the
    // refused upload's, with the same delay, so node fires the refused upload's timer first, were it still
    // running: it would reject with no one listening, which fails the run, before this one rejects.
    await expect(stack.upload('notes.md', new TextEncoder().encode(TRANSCRIPT))).rejects.toThrow(UploadTimeoutError);
  });

  it('refuses up front names that would never convert or whose outputs would overwrite each other', () => {
    expect(() => checkUploadNames(['a.txt', 'b.TXT'])).not.toThrow();
    expect(() => checkUploadNames(['notes.md'])).toThrow(/only \.txt/);
    expect(() => checkUploadNames(['a.txt', 'A.TXT'])).toThrow(CliUsageError);
    expect(() => checkUploadNames(['x/a.txt', 'y/a.txt'].map((p) => basename(p)))).toThrow(/a\.txt and a\.txt/);
  });
});

describe('inputs end as documents or .error.json, never as retries', () => {
  const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n');
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  const samples = Object.fromEntries(sampleFiles().map((f) => [basename(f), readFileSync(f)]));
  const gb18030 = Object.keys(samples).find((n) => n.includes('gb18030'))!;
  const utf16 = Object.keys(samples).find((n) => n.includes('utf16'))!;

  it.each([
    { name: 'empty.txt', body: new Uint8Array(), status: 'rejected', code: 'empty-input' },
    { name: '扫描件.pdf.txt', body: pdf, status: 'rejected', code: 'binary-input' },
    { name: '截图.txt', body: png, status: 'rejected', code: 'binary-input' },
    { name: '超大 文件.txt', body: new TextEncoder().encode(TRANSCRIPT.repeat(40)), status: 'rejected', code: 'too-large' },
    { name: gb18030, body: samples[gb18030]!, status: 'converted', code: null },
    { name: utf16, body: samples[utf16]!, status: 'converted', code: null },
    { name: '2023 教育 讲话稿+终稿.txt', body: new TextEncoder().encode(TRANSCRIPT), status: 'converted', code: null },
  ])('$name → $status $code', async ({ name, body, status, code }) => {
    const { stack, attempts } = await localStack({ config: { maxBytes: 2000 } });
    const result = await stack.upload(name, body);
    expect(result.status).toBe(status);
    expect(attempts.get(`incoming/${name}`)).toBe(1);
    const stem = name.replace(/\.txt$/, '');
    if (code !== null) {
      expect(await outputKeys(stack)).toEqual([`${stem}.error.json`]);
      expect((await readJson(stack, `${stem}.error.json`))['code']).toBe(code);
    } else {
      expect(await outputKeys(stack)).toContain(`${stem}.json`);
    }
  });
});

describe('delivery and faults', () => {
  it('a duplicate delivery of the same event leaves identical outputs and does no extra work', async () => {
    const { stack, conversions } = await localStack();
    await stack.upload('dup.txt', new TextEncoder().encode(TRANSCRIPT));
    const before = await readJson(stack, 'dup.json');
    const body = JSON.stringify({ Records: [{ eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', s3: { bucket: { name: LOCAL_BUCKETS.input }, object: { key: encodeEventKey('incoming/dup.txt') } } }] });
    stack.queue.send(body);
    stack.queue.send(body);
    await stack.queue.idle();
    expect(conversions).toEqual(['dup.txt']);
    expect(await readJson(stack, 'dup.json')).toEqual(before);
    expect(stack.results.map((r) => r.status)).toEqual(['converted', 'converted', 'converted']);
  });

  it('a transient output-write failure is retried and ends with the complete set of outputs', async () => {
    let failures = 1;
    const { stack, attempts } = await localStack({ failWhen: (c) => c.name === 'PutObjectCommand' && c.input.Key === 'flaky.clean.txt' && failures-- > 0 });
    const result = await stack.upload('flaky.txt', new TextEncoder().encode(TRANSCRIPT));
    expect(result.status).toBe('converted');
    expect(attempts.get('incoming/flaky.txt')).toBe(2);
    const expected = (await convert(new TextEncoder().encode(TRANSCRIPT), { sourceName: 'flaky.txt' })).files.map((f) => f.name).sort();
    expect(await outputKeys(stack)).toEqual(expected);
  });

  it('a write failing every time is dead-lettered with its reason after the redrive count, and no manifest is written', async () => {
    const { stack, attempts } = await localStack({ failWhen: (c) => c.name === 'PutObjectCommand' && c.input.Key === 'doomed.clean.txt' });
    const result = await stack.upload('doomed.txt', new TextEncoder().encode(TRANSCRIPT));
    expect(result).toMatchObject({ status: 'dead-lettered', reason: 'Please reduce your request rate.' });
    expect(attempts.get('incoming/doomed.txt')).toBe(LOCAL_MAX_RECEIVE_COUNT);
    expect(stack.queue.deadLetters).toHaveLength(1);
    expect(await outputKeys(stack)).not.toContain('doomed.json');
  });
});

describe('load', () => {
  // Twice concurrency × batch size (4 × 5): enough for every handler slot to be busy while as many
  // messages again wait behind the limit and are taken in batches of 5, with every tenth upload refused
  // (4 of them). Bigger bursts add only time here; `npm run load` measures those.
  const CONCURRENCY = 4;
  const BATCH_SIZE = 5;
  const UPLOADS = Number(process.env['SPEECH_PRESS_LOAD_UPLOADS'] ?? 2 * CONCURRENCY * BATCH_SIZE);

  it(`a burst of ${UPLOADS} uploads: every one converted or reported, none lost, none processed twice`, async () => {
    // Simplified only: the burst is about the event path, not about rendering twice.
    const { stack, conversions } = await localStack({ concurrency: CONCURRENCY, batchSize: BATCH_SIZE, config: { traditional: false } });
    let mostInFlight = 0;
    stack.onReceive(() => (mostInFlight = Math.max(mostInFlight, stack.queue.depth.inFlight)));
    const started = performance.now();
    const uploads = Array.from({ length: UPLOADS }, (_, i) => {
      // Every tenth is refused, so the burst mixes both ways an upload can end.
      const body = i % 10 === 9 ? new Uint8Array() : new TextEncoder().encode(`${TRANSCRIPT}第${i}号补充：各项工作要抓紧落实。\n`);
      return stack.upload(`load/${String(i).padStart(4, '0')}.txt`, body);
    });
    const results = await Promise.all(uploads);
    const seconds = (performance.now() - started) / 1000;
    const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
    console.log(
      `[speech-press] local load: ${UPLOADS} uploads in ${seconds.toFixed(1)} s = ${(UPLOADS / seconds).toFixed(1)} uploads/s; ` +
        `latency p50 ${latencies[Math.floor(UPLOADS / 2)]} ms, p95 ${latencies[Math.floor(UPLOADS * 0.95)]} ms`,
    );
    expect(results.filter((r) => r.status === 'converted')).toHaveLength(UPLOADS - Math.floor(UPLOADS / 10));
    expect(results.filter((r) => r.status === 'rejected')).toHaveLength(Math.floor(UPLOADS / 10));
    // Each upload reached the pipeline exactly once (refused ones too: the pipeline is what refuses them).
    expect(conversions).toHaveLength(UPLOADS);
    expect(new Set(conversions).size).toBe(UPLOADS);
    const manifests = (await outputKeys(stack, 'load/')).filter((k) => k.endsWith('.json'));
    expect(manifests).toHaveLength(UPLOADS);
    expect(stack.queue.deadLetters).toEqual([]);
    // The limit held: never more handler invocations at once than the concurrency.
    expect(mostInFlight).toBeLessThanOrEqual(CONCURRENCY);
  });
});
