import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics } from '@aws-lambda-powertools/metrics';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DeadLetterWiring } from '../../lambdas/handler/dead-letters';
import { METRICS_NAMESPACE } from '../../lambdas/handler/handler-metrics';
import { convert, PIPELINE_VERSION } from '../../lambdas/pipeline';
import { batch, S3_TEST_EVENT, s3NotificationRecord, sqsRecord } from '../support/s3rver-events';
import { BASE_CONFIG, handlerHarness, puts, TRANSCRIPT } from './harness';

const h = handlerHarness();

describe('a successful upload', () => {
  it('writes every output under the mirrored key with content type, UTF-8 download name and source metadata, manifest last', async () => {
    await h.upload('incoming/a/讲话.txt', TRANSCRIPT);
    const { handler, sent } = h.handlerWith();
    const result = await handler(batch(s3NotificationRecord('in', 'incoming/a/讲话.txt', 'ok-1')));
    expect(result.batchItemFailures).toEqual([]);

    const expected = (await convert(new TextEncoder().encode(TRANSCRIPT), { sourceName: '讲话.txt', traditional: BASE_CONFIG.traditional })).files;
    expect(await h.outputKeys('a/')).toEqual(expected.map((f) => `a/${f.name}`).sort());
    expect(puts(sent).at(-1)).toBe('a/讲话.json');
    expect(puts(sent)).toHaveLength(expected.length);

    const head = await h.client().send(new HeadObjectCommand({ Bucket: 'in', Key: 'incoming/a/讲话.txt' }));
    for (const file of expected) {
      const { got, bytes } = await h.readOutput(`a/${file.name}`);
      expect(bytes.equals(Buffer.from(file.body))).toBe(true);
      expect(got.ContentType).toBe(file.contentType);
      expect(got.ContentDisposition).toBe(`attachment; filename="${file.name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.name)}`);
      expect(got.Metadata).toEqual({
        'source-key': encodeURIComponent('incoming/a/讲话.txt'),
        'source-key-sha256': createHash('sha256').update('incoming/a/讲话.txt').digest('hex'),
        'source-etag': head.ETag,
        'pipeline-version': PIPELINE_VERSION,
      });
    }
  });

  it('decodes keys as AWS sends them: spaces as +, a literal + as %2B, Chinese percent-encoded', async () => {
    const key = 'incoming/2023 教育 讲话稿+终稿.txt';
    await h.upload(key, TRANSCRIPT);
    const record = s3NotificationRecord('in', key, 'plus-1');
    expect(JSON.parse(record.body).Records[0].s3.object.key).toBe('incoming/2023+%E6%95%99%E8%82%B2+%E8%AE%B2%E8%AF%9D%E7%A8%BF%2B%E7%BB%88%E7%A8%BF.txt');
    const { handler } = h.handlerWith();
    expect((await handler(batch(record))).batchItemFailures).toEqual([]);
    expect(await h.outputKeys('2023 ')).toContain('2023 教育 讲话稿+终稿.json');
    const { got } = await h.readOutput('2023 教育 讲话稿+终稿.clean.txt');
    expect(got.ContentDisposition).toContain("filename*=UTF-8''2023%20%E6%95%99%E8%82%B2%20%E8%AE%B2%E8%AF%9D%E7%A8%BF+%E7%BB%88%E7%A8%BF.clean.txt");
  });

  it('converts a source with a 240-CJK-character key, keeping output metadata under the 2 KB limit', async () => {
    // Folders of 60 characters each: s3rver stores keys as files, and one path segment may hold 255 bytes.
    const segment = '关于进一步加强和改进新时代教育工作的讲话'.repeat(3);
    const name = `${segment}/${segment}/${segment}/${segment}`;
    const key = `incoming/long/${name}.txt`;
    expect(encodeURIComponent(key).length).toBeGreaterThan(2048);
    await h.upload(key, TRANSCRIPT);
    const { handler } = h.handlerWith();
    expect((await handler(batch(s3NotificationRecord('in', key, 'long-1')))).batchItemFailures).toEqual([]);
    const { got } = await h.readOutput(`long/${name}.json`);
    const stored = got.Metadata!['source-key']!;
    expect(key.startsWith(decodeURIComponent(stored))).toBe(true);
    expect(stored.length).toBeGreaterThan(100);
    // A duplicate delivery of the long key is recognised from the hash.
    const again = h.handlerWith();
    await again.handler(batch(s3NotificationRecord('in', key)));
    expect(puts(again.sent)).toEqual([]);
  });

  it('never modifies or deletes the source object', async () => {
    await h.upload('incoming/s/讲话.txt', TRANSCRIPT);
    const { handler, sent } = h.handlerWith();
    await handler(batch(s3NotificationRecord('in', 'incoming/s/讲话.txt')));
    const writesToInput = sent.filter((c) => c.input.Bucket === 'in' && !['HeadObjectCommand', 'GetObjectCommand'].includes(c.name));
    expect(writesToInput).toEqual([]);
  });
});

describe('messages that are not an upload', () => {
  it("skips S3's test event and keys outside the input prefix without failing or writing", async () => {
    await h.upload('elsewhere/x.txt', TRANSCRIPT);
    const { handler, sent } = h.handlerWith();
    const result = await handler(batch(sqsRecord(S3_TEST_EVENT, 't-1'), s3NotificationRecord('in', 'elsewhere/x.txt', 't-2')));
    expect(result.batchItemFailures).toEqual([]);
    expect(puts(sent)).toEqual([]);
    expect(h.counts.converted).toBe(0);
  });

  describe('a malformed message (no retry can make it readable)', () => {
    afterEach(() => vi.restoreAllMocks());

    /** The handler as deployed, with a given-up queue to park on, its Powertools log lines and EMF metrics read from stdout. */
    function deployed(failWhen?: Parameters<typeof h.handlerWith>[0], wiredQueue = true, parkFails = false) {
      const parked: [string, number][] = [];
      const errors: string[] = [];
      const lines: string[] = [];
      const logger = new Logger({ serviceName: 'speech-press-test', logLevel: 'INFO' });
      const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: 'speech-press-test' });
      const deadLetters: DeadLetterWiring = { queueArn: 'arn:aws:sqs:us-east-1:000000000000:dead-letters', park: async (record, reports) => {
        // A fault the real queue cannot produce on demand: SendMessage refused (throttled, access denied).
        if (parkFails) throw Object.assign(new Error('SendMessage refused'), { name: 'ThrottlingException' });
        parked.push([record.messageId, reports.length]);
      } };
      const { handler } = h.handlerWith(failWhen, {}, {
        logger,
        metrics,
        maxReceiveCount: 5,
        ...(wiredQueue ? { deadLetters } : {}),
        onRecordError: (_error, record) => void errors.push(record.messageId),
      });
      const capture = (chunk: string | Uint8Array) => (lines.push(String(chunk)), true);
      vi.spyOn(process.stdout, 'write').mockImplementation(capture);
      vi.spyOn(process.stderr, 'write').mockImplementation(capture);
      const json = () => lines.map((l) => { try { return JSON.parse(l); } catch { return null; } }).filter((l) => l !== null);
      return {
        handler,
        parked,
        errors,
        logged: () => json().filter((l) => l.level === 'ERROR'),
        // EMF gives a metric added several times in one flush as a list of its values.
        failureCount: () => json().filter((l) => l._aws !== undefined).flatMap((l) => [l.Failures ?? []].flat()).reduce((n: number, v: number) => n + v, 0),
        malformedCount: () => json().filter((l) => l._aws !== undefined).flatMap((l) => [l.MalformedMessages ?? []].flat()).reduce((n: number, v: number) => n + v, 0),
      };
    }

    const noEventName = JSON.stringify({ Records: [{ eventSource: 'aws:s3', s3: { bucket: { name: 'in' }, object: { key: 'incoming/x.txt' } } }] });
    const badKey = JSON.stringify({ Records: [{ eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'in' }, object: { key: 'incoming/%E6.txt' } } }] });

    it('is parked on the given-up queue at once, logged once with its message id and counted, not retried', async () => {
      const d = deployed();
      const junk = [sqsRecord('{"hello":1}', 'junk-1'), sqsRecord('not json', 'junk-2'), sqsRecord(noEventName, 'junk-3'), sqsRecord(badKey, 'junk-4')];
      const result = await d.handler(batch(...junk));
      vi.restoreAllMocks();
      expect(result.batchItemFailures).toEqual([]);
      expect(d.parked).toEqual([['junk-1', 0], ['junk-2', 0], ['junk-3', 0], ['junk-4', 0]]);
      expect(d.errors).toEqual([]);
      expect(d.logged().map((l) => [l.message, l.messageId, l.reasons])).toEqual([
        ['malformed message: not retried, parked on the given-up queue', 'junk-1', ['message junk-1 is not an S3 event notification']],
        ['malformed message: not retried, parked on the given-up queue', 'junk-2', ['message junk-2 is not JSON']],
        ['malformed message: not retried, parked on the given-up queue', 'junk-3', ['message junk-3: record 0 has no eventName']],
        ['malformed message: not retried, parked on the given-up queue', 'junk-4', ['message junk-4: record 0 (ObjectCreated:Put) has a key that is not percent-encoded UTF-8']],
      ]);
      expect(d.malformedCount()).toBe(4);
      expect(h.counts.converted).toBe(0);
    });

    it("converts the readable records of an event and parks it once for the unreadable one; a real failure beside it is still retried", async () => {
      await h.upload('incoming/mixed/讲话.txt', TRANSCRIPT);
      await h.upload('incoming/mixed/失败.txt', TRANSCRIPT);
      const good = JSON.parse(s3NotificationRecord('in', 'incoming/mixed/讲话.txt').body).Records[0];
      const mixed = sqsRecord(JSON.stringify({ Records: [good, { eventSource: 'aws:s3', s3: {} }] }), 'mixed-1');
      const d = deployed((c) => c.name === 'PutObjectCommand' && c.input.Key === 'mixed/失败.json');
      const result = await d.handler(batch(mixed, s3NotificationRecord('in', 'incoming/mixed/失败.txt', 'transient-1')));
      vi.restoreAllMocks();
      expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'transient-1' }]);
      expect(await h.outputKeys('mixed/讲话.')).toContain('mixed/讲话.json');
      expect(d.parked).toEqual([['mixed-1', 0]]);
      expect(d.errors).toEqual(['transient-1']);
      expect(d.logged().filter((l) => l.messageId === 'mixed-1').map((l) => l.reasons)).toEqual([['message mixed-1: record 1 has no eventName']]);
    });

    it('is reported as failed for SQS to redeliver, not counted or logged as parked, when parking it fails', async () => {
      const d = deployed(undefined, true, true);
      const result = await d.handler(batch(sqsRecord(noEventName, 'junk-6')));
      vi.restoreAllMocks();
      expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'junk-6' }]);
      expect(d.errors).toEqual(['junk-6']);
      expect(d.logged().map((l) => [l.message, l.messageId])).toEqual([
        ['malformed message: parking it on the given-up queue failed; SQS will redeliver it', 'junk-6'],
        ['record failed; SQS will redeliver it', 'junk-6'],
      ]);
      expect(d.malformedCount()).toBe(0);
      expect(d.failureCount()).toBe(1);
    });

    it('is dropped with the logged error and the metric when no given-up queue is wired', async () => {
      const d = deployed(undefined, false);
      const result = await d.handler(batch(sqsRecord(noEventName, 'junk-5')));
      vi.restoreAllMocks();
      expect(result.batchItemFailures).toEqual([]);
      expect(d.logged().map((l) => [l.message, l.messageId])).toEqual([['malformed message: not retried, dropped (no given-up queue wired)', 'junk-5']]);
      expect(d.malformedCount()).toBe(1);
    });
  });
});
