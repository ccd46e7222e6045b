import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocumentEvent } from '../../lambdas/handler/completion-events';
import type { Pipeline } from '../../lambdas/handler/types';
import { resultLine } from '../../lambdas/local/console-report';
import { LOCAL_BUCKETS, LOCAL_MAX_RECEIVE_COUNT, startLocalStack, type LocalStack, type LocalStackOptions } from '../../lambdas/local/local-stack';
import { convert, errorReportFile, PIPELINE_VERSION } from '../../lambdas/pipeline';
import { faultyClient, type SentCommand } from '../support/s3rver-faults';

const TRANSCRIPT = new TextEncoder().encode('在全市教育工作会议上的讲话\n同志们：\n今天我们召开全市教育工作会议。\n一、充分肯定成绩\n过去一年，各项工作取得了新的进展。\n');
const REAL: Pipeline = { convert, errorReportFile, version: PIPELINE_VERSION };

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** The local stack with S3 faults chosen by `failWhen` (the server stays real) and the events it publishes. */
async function stackWith(failWhen: (c: SentCommand) => boolean, options: Partial<LocalStackOptions> = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'speech-press-dead-letters-'));
  const events: DocumentEvent[] = [];
  const attempts = new Map<string, number>();
  const stack = await startLocalStack({
    dataDir,
    port: 0,
    pipeline: REAL,
    retryDelayMs: 20,
    config: { traditional: false },
    events: { publish: async (event) => void events.push(event) },
    wrapHandlerClient: (client) => faultyClient(client, failWhen).client,
    ...options,
  });
  stack.onReceive((key, attempt) => attempts.set(key, attempt));
  cleanup.push(async () => {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return { stack, events, attempts };
}

const report = async (stack: LocalStack, key: string) =>
  JSON.parse(await (await stack.s3.send(new GetObjectCommand({ Bucket: LOCAL_BUCKETS.output, Key: key }))).Body!.transformToString()) as Record<string, unknown>;
const failures = (events: DocumentEvent[]) => events.filter((e) => e.detailType === 'Document Failed');

/**
 * On AWS every upload that ends in the dead-letter queue gets an `internal-error` report and one
 * `Document Failed` event (the DLQ is read by the handler too, docs/aws.md step 9). Locally the same.
 */
describe('an upload the handler fails on every receive', () => {
  it('(a bug: the pipeline throws) ends with an internal-error report the runner prints and downloads, and one Document Failed', async () => {
    const broken: Pipeline = { ...REAL, convert: async () => { throw new TypeError('Cannot read properties of undefined'); } };
    const { stack, events, attempts } = await stackWith(() => false, { pipeline: broken });
    const result = await stack.upload('会议/讲话.txt', TRANSCRIPT);
    expect(result).toMatchObject({ status: 'dead-lettered', reason: 'Cannot read properties of undefined', reportKey: '会议/讲话.error.json' });
    expect(attempts.get('incoming/会议/讲话.txt')).toBe(LOCAL_MAX_RECEIVE_COUNT);
    expect(await report(stack, '会议/讲话.error.json')).toMatchObject({ code: 'internal-error', message: expect.stringContaining(`after ${LOCAL_MAX_RECEIVE_COUNT} attempts (TypeError)`) });
    expect(failures(events)).toHaveLength(1);
    expect(resultLine(result, null)).toMatch(/^☠ 讲话\.txt {2}dead-lettered after repeated failures: Cannot read properties of undefined → 会议\/讲话\.error\.json$/);
    const out = mkdtempSync(join(tmpdir(), 'speech-press-dead-letters-out-'));
    cleanup.push(async () => rmSync(out, { recursive: true, force: true }));
    const [path] = await stack.download(result, out);
    expect(JSON.parse(readFileSync(path!, 'utf8'))).toMatchObject({ code: 'internal-error' });
  });

  it('(S3 refuses every write, the report on the last receive too, then recovers) still gets its report and one Document Failed, from the dead-letter queue', async () => {
    let reportTries = 0;
    const { stack, events } = await stackWith((c) => c.name === 'PutObjectCommand' && (!c.input.Key!.endsWith('.error.json') || reportTries++ === 0));
    const result = await stack.upload('outage.txt', TRANSCRIPT);
    expect(result).toMatchObject({ status: 'dead-lettered', reason: 'Please reduce your request rate.', reportKey: 'outage.error.json' });
    expect(reportTries).toBe(2);
    expect(await report(stack, 'outage.error.json')).toMatchObject({ code: 'internal-error', message: expect.stringContaining('the last attempt stopped before it could answer') });
    expect(failures(events)).toEqual([expect.objectContaining({ detail: expect.objectContaining({ sourceKey: 'incoming/outage.txt', reportKey: 'outage.error.json' }) })]);
  });

  it('(no write ever succeeds) settles as dead-lettered without a report, saying so, instead of waiting for ever', async () => {
    const { stack, events } = await stackWith((c) => c.name === 'PutObjectCommand');
    const result = await stack.upload('down.txt', TRANSCRIPT);
    // Both reasons are S3's own error, on the upload queue and on the dead-letter queue (was "reported as a batch item failure").
    expect(result).toMatchObject({ status: 'dead-lettered', reason: 'Please reduce your request rate.; its report could not be written either (Please reduce your request rate.)' });
    expect(result).not.toHaveProperty('reportKey');
    expect(resultLine(result, null)).toMatch(/its report could not be written either .* \(no report\)$/);
    expect(failures(events)).toEqual([]);
  });

  it('(and replaced by an upload refused meanwhile) is not said dead-lettered: the newer upload settles its key, with its own report', async () => {
    let attempts = 0;
    let stack!: LocalStack;
    // Fails on every receive; during the last one the key is uploaded again, empty, which is refused.
    const failing: Pipeline = {
      ...REAL,
      convert: async (bytes, options) => {
        if (bytes.length === 0) return REAL.convert(bytes, options);
        if (++attempts === LOCAL_MAX_RECEIVE_COUNT) await stack.s3.send(new PutObjectCommand({ Bucket: LOCAL_BUCKETS.input, Key: 'incoming/again.txt', Body: new Uint8Array() }));
        throw new TypeError('Cannot read properties of undefined');
      },
    };
    const started = await stackWith(() => false, { pipeline: failing });
    stack = started.stack;
    const first = await stack.upload('again.txt', TRANSCRIPT);
    await stack.idle();
    // Before, the dead-letter path's parking also settled it as dead-lettered, taking the newer upload's refusal as its report.
    expect(stack.results.filter((r) => r.sourceKey === 'incoming/again.txt')).toEqual([expect.objectContaining({ status: 'rejected', reportKey: 'again.error.json' })]);
    expect(first).toMatchObject({ status: 'rejected' });
    expect(await report(stack, 'again.error.json')).toMatchObject({ code: 'empty-input' });
    expect(started.events.map((e) => e.detailType)).toEqual(['Document Rejected']);
  });
});
