import { describe, expect, it } from 'vitest';
import { md5OfETag, SOURCE_READ_WAITS_MS } from '../../lambdas/handler/source-read';
import { batch, s3NotificationRecord } from '../support/s3rver-events';
import { cutBodies, faultyClient } from '../support/s3rver-faults';
import { handlerHarness, puts, TRANSCRIPT } from './harness';

/**
 * s3rver answers a PUT before its file is written (docs/local.md), so a read at once may come back cut
 * short, empty, or as the older file still on disk. The server cannot be made to do that on demand, so
 * the client is told to cut chosen reads of the real object (`cutBodies`); everything else is real.
 */
const h = handlerHarness();
const NEWER = `${TRANSCRIPT}\n三、加强组织领导\n各级党委要把这项工作摆上重要议程，抓好落实。`;
const manifestText = async (key: string) => JSON.stringify(await h.readJson(key));

/**
 * The handler, reading through a client that cuts the reads `cut` chooses; every command recorded, and
 * every wait between reads recorded instead of spent (the production default sleeps them).
 */
function cuttingHandler(cut: Parameters<typeof cutBodies>[1], deps: Parameters<typeof h.handlerWith>[2] = {}) {
  const recorded = faultyClient(cutBodies(h.client(), cut));
  const waits: number[] = [];
  const sleep = async (ms: number) => void waits.push(ms);
  return { handler: h.handlerWith(undefined, {}, { ...deps, s3: recorded.client, sleep }).handler, sent: recorded.sent, waits };
}

/** Converts `key` once with TRANSCRIPT, then uploads NEWER over it: the re-upload of the CI failure. */
async function reUploaded(key: string): Promise<void> {
  await h.upload(key, TRANSCRIPT);
  expect((await h.handlerWith().handler(batch(s3NotificationRecord('in', key)))).batchItemFailures).toEqual([]);
  await h.upload(key, NEWER);
}

describe('a source read back other than the version judged', () => {
  it.each([
    ['empty', () => new Uint8Array()],
    ['cut short', (bytes: Uint8Array) => bytes.subarray(0, bytes.length >> 1)],
    ['the older file, as long as the new one', (bytes: Uint8Array) => new TextEncoder().encode(TRANSCRIPT.padEnd(bytes.length, ' ')).subarray(0, bytes.length)],
  ])('(%s) is read again, and the whole newer speech converted', async (_, cut) => {
    const key = `incoming/cut/${_}.txt`;
    await reUploaded(key);
    const { handler, sent, waits } = cuttingHandler((bytes, _input, nth) => (nth === 1 ? cut(bytes) : null));
    expect((await handler(batch(s3NotificationRecord('in', key)))).batchItemFailures).toEqual([]);
    expect(sent.filter((c) => c.name === 'GetObjectCommand')).toHaveLength(2);
    expect(waits).toEqual([SOURCE_READ_WAITS_MS[0]]);
    const stem = `cut/${_}`;
    expect(await h.outputKeys(`${stem}.error`)).toEqual([]);
    expect(await manifestText(`${stem}.json`)).toContain('加强组织领导');
  });

  it('that stays cut fails the record for SQS to retry, converts nothing, and leaves the earlier answer whole', async () => {
    const key = 'incoming/cut/always.txt';
    await reUploaded(key);
    const before = await h.outputKeys('cut/always.');
    let reads = 0;
    const { handler, sent, waits } = cuttingHandler((bytes) => (reads++, bytes.subarray(0, 10)));
    expect((await handler(batch(s3NotificationRecord('in', key, 'cut-always')))).batchItemFailures).toEqual([{ itemIdentifier: 'cut-always' }]);
    expect(reads).toBe(SOURCE_READ_WAITS_MS.length + 1);
    expect(waits).toEqual([...SOURCE_READ_WAITS_MS]);
    expect(sent.filter((c) => c.name !== 'HeadObjectCommand' && c.name !== 'GetObjectCommand')).toEqual([]);
    expect(h.counts.converted).toBe(1);
    expect(await h.outputKeys('cut/always.')).toEqual(before);
    expect(await manifestText('cut/always.json')).not.toContain('加强组织领导');
  });

  it('that stays cut until the last receive gets an internal-error report naming the incomplete read', async () => {
    const key = 'incoming/cut/last.txt';
    await h.upload(key, TRANSCRIPT);
    const { handler, sent, waits } = cuttingHandler(() => new Uint8Array(), { maxReceiveCount: 1 });
    expect((await handler(batch(s3NotificationRecord('in', key, 'cut-last')))).batchItemFailures).toEqual([{ itemIdentifier: 'cut-last' }]);
    expect(waits).toEqual([...SOURCE_READ_WAITS_MS]);
    const report = await h.readJson('cut/last.error.json');
    expect(report['code']).toBe('internal-error');
    expect(report['message']).toContain('IncompleteReadError');
    expect(puts(sent)).toEqual(['cut/last.error.json']);
    expect(h.counts.converted).toBe(0);
  });
});

describe('md5OfETag', () => {
  const md5 = '"0123456789abcdef0123456789abcdef"';
  it('is the ETag of a single-part upload stored plain or with SSE-S3', () => {
    expect(md5OfETag({ ETag: md5 })).toBe('0123456789abcdef0123456789abcdef');
    expect(md5OfETag({ ETag: md5, ServerSideEncryption: 'AES256' })).toBe('0123456789abcdef0123456789abcdef');
  });
  it('is none for a multipart upload, SSE-KMS, DSSE-KMS or SSE-C, whose ETags are not the MD5 of the bytes', () => {
    expect(md5OfETag({ ETag: '"0123456789abcdef0123456789abcdef-3"' })).toBeNull();
    expect(md5OfETag({ ETag: md5, ServerSideEncryption: 'aws:kms' })).toBeNull();
    expect(md5OfETag({ ETag: md5, ServerSideEncryption: 'aws:kms:dsse' })).toBeNull();
    expect(md5OfETag({ ETag: md5, SSECustomerAlgorithm: 'AES256' })).toBeNull();
  });
});
