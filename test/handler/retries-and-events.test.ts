import { Metrics } from '@aws-lambda-powertools/metrics';
import type { Context, SQSRecord } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DocumentEvent } from '../../lambdas/handler/completion-events';
import { METRICS_NAMESPACE } from '../../lambdas/handler/handler-metrics';
import { MAX_DEFERRALS, requeueMessage } from '../../lambdas/handler/requeue';
import { recordTimeBudgetMs } from '../../lambdas/handler/time-budget';
import { batch, s3NotificationRecord, sqsRecord } from '../support/s3rver-events';
import { handlerHarness, puts, TRANSCRIPT } from './harness';

const h = handlerHarness();

/** A local event sink: what EventBridge would receive. */
function eventSink() {
  const published: DocumentEvent[] = [];
  return { published, sink: { publish: async (event: DocumentEvent) => void published.push(event) } };
}

const withReceiveCount = (record: SQSRecord, count: number): SQSRecord => ({ ...record, attributes: { ...record.attributes, ApproximateReceiveCount: String(count) } });
const withSize = (record: SQSRecord, size: number): SQSRecord => {
  const body = JSON.parse(record.body);
  body.Records[0].s3.object.size = size;
  return { ...record, body: JSON.stringify(body) };
};
const lambdaContext = (leftMs: number) => ({ getRemainingTimeInMillis: () => leftMs }) as unknown as Context;

describe('records there is no time left for', () => {
  it('are queued again untried and acknowledged, so they lose no receive; the first record always runs', async () => {
    const keys = ['incoming/defer/一.txt', 'incoming/defer/二.txt', 'incoming/defer/三.txt'];
    for (const key of keys) await h.upload(key, TRANSCRIPT);
    const requeued: SQSRecord[] = [];
    const { handler } = h.handlerWith(undefined, {}, { requeue: async (record) => void requeued.push(record) });
    const records = keys.map((key, i) => s3NotificationRecord('in', key, `defer-${i}`));
    const result = await handler(batch(...records), lambdaContext(recordTimeBudgetMs(1) - 1));
    expect(result.batchItemFailures).toEqual([]);
    expect(h.counts.converted).toBe(1);
    expect(requeued.map((r) => r.body)).toEqual([records[1]!.body, records[2]!.body]);
    expect(await h.outputKeys('defer/')).toContain('defer/一.json');
  });

  it('need time in proportion to their size: a 5 MiB upload is deferred where a 1 KiB one runs', async () => {
    await h.upload('incoming/size/first.txt', TRANSCRIPT);
    await h.upload('incoming/size/small.txt', TRANSCRIPT);
    const requeued: string[] = [];
    const { handler } = h.handlerWith(undefined, {}, { requeue: async (record) => void requeued.push(record.messageId) });
    const left = recordTimeBudgetMs(1024) + 1;
    expect(recordTimeBudgetMs(5 * 1024 * 1024)).toBeGreaterThan(left);
    await handler(
      batch(
        s3NotificationRecord('in', 'incoming/size/first.txt', 'size-first'),
        withSize(s3NotificationRecord('in', 'incoming/size/big.txt', 'size-big'), 5 * 1024 * 1024),
        withSize(s3NotificationRecord('in', 'incoming/size/small.txt', 'size-small'), 1024),
      ),
      lambdaContext(left),
    );
    expect(requeued).toEqual(['size-big']);
    expect(h.counts.converted).toBe(2);
  });
});

describe('records there is no time left for, without a way to re-queue them', () => {
  it('converts the first record and hands the rest of the batch back to SQS when too little time is left', async () => {
    const keys = ['incoming/slow/一.txt', 'incoming/slow/二.txt', 'incoming/slow/三.txt'];
    for (const key of keys) await h.upload(key, TRANSCRIPT);
    const { handler } = h.handlerWith(undefined, {}, { recordTimeBudgetMs: () => 45_000 });
    const result = await handler(batch(...keys.map((key, i) => s3NotificationRecord('in', key, `slow-${i}`))), lambdaContext(30_000));
    expect(h.counts.converted).toBe(1);
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'slow-1' }, { itemIdentifier: 'slow-2' }]);
    expect(await h.outputKeys('slow/')).toContain('slow/一.json');
  });
});

describe('records re-queued again and again', () => {
  it('go round at most MAX_DEFERRALS times, then run whatever time is left: each re-queue restarts the receive count, so no bound would mean no end', async () => {
    await h.upload('incoming/loop/first.txt', TRANSCRIPT);
    await h.upload('incoming/loop/late.txt', TRANSCRIPT);
    const requeued: SQSRecord[] = [];
    const { handler } = h.handlerWith(undefined, {}, { requeue: async (record) => void requeued.push(record) });
    // What SQS delivers for the re-sent message: its body and the attributes it was sent with, under a new id.
    const delivered = (record: SQSRecord, id: string): SQSRecord => {
      const sent = requeueMessage(record, 'https://sqs.example/uploads');
      const attributes = Object.entries(sent.MessageAttributes ?? {}).map(([name, v]) => [name, { dataType: v.DataType!, stringValue: v.StringValue!, stringListValues: [], binaryListValues: [] }]);
      return { ...sqsRecord(sent.MessageBody!, id), messageAttributes: Object.fromEntries(attributes) };
    };
    let late = s3NotificationRecord('in', 'incoming/loop/late.txt', 'late-0');
    for (let round = 1; round <= MAX_DEFERRALS + 1; round++) {
      const before = requeued.length;
      const result = await handler(batch(s3NotificationRecord('in', 'incoming/loop/first.txt'), late), lambdaContext(1));
      expect(result.batchItemFailures).toEqual([]);
      if (requeued.length === before) break;
      late = delivered(requeued.at(-1)!, `late-${round}`);
    }
    expect(requeued).toHaveLength(MAX_DEFERRALS);
    expect(await h.outputKeys('loop/late.')).toContain('loop/late.json');
  });
});

describe('a record that keeps failing', () => {
  const failPdf = (key: string) => (c: { name: string; input: { Key?: string } }) => c.name === 'PutObjectCommand' && c.input.Key === key;

  it('gets an internal-error report and a Document Failed event on its last receive, and still goes to the DLQ', async () => {
    await h.upload('incoming/fail/讲话.txt', TRANSCRIPT);
    const events = eventSink();
    const { handler } = h.handlerWith(failPdf('fail/讲话.pdf'), {}, { maxReceiveCount: 5, events: events.sink });

    const fourth = await handler(batch(withReceiveCount(s3NotificationRecord('in', 'incoming/fail/讲话.txt', 'fail-1'), 4)));
    expect(fourth.batchItemFailures).toEqual([{ itemIdentifier: 'fail-1' }]);
    expect(await h.outputKeys('fail/讲话.error')).toEqual([]);
    expect(events.published).toEqual([]);

    const fifth = await handler(batch(withReceiveCount(s3NotificationRecord('in', 'incoming/fail/讲话.txt', 'fail-1'), 5)));
    expect(fifth.batchItemFailures).toEqual([{ itemIdentifier: 'fail-1' }]);
    expect(await h.readJson('fail/讲话.error.json')).toEqual({ code: 'internal-error', message: expect.stringContaining('after 5 attempts') });
    expect(await h.outputKeys('fail/讲话.json')).toEqual([]);
    expect(events.published).toEqual([
      {
        source: 'speech-press',
        detailType: 'Document Failed',
        detail: expect.objectContaining({ sourceKey: 'incoming/fail/讲话.txt', code: 'internal-error', reportKey: 'fail/讲话.error.json', outputKeys: ['fail/讲话.error.json'] }),
      },
    ]);

    // A redrive from the DLQ converts it and retires the report.
    const { handler: healthy } = h.handlerWith(undefined, {}, { maxReceiveCount: 5 });
    expect((await healthy(batch(s3NotificationRecord('in', 'incoming/fail/讲话.txt', 'redrive')))).batchItemFailures).toEqual([]);
    expect(await h.outputKeys('fail/讲话.')).toContain('fail/讲话.json');
    expect(await h.outputKeys('fail/讲话.error')).toEqual([]);
  });
});

describe('the source version in events', () => {
  it('is spelled as HeadObject spells it (quoted) in Document Failed too, though S3 notifications leave the quotes off', async () => {
    await h.upload('incoming/fail/etag.txt', TRANSCRIPT);
    const head = await h.headSource('incoming/fail/etag.txt');
    const record = withReceiveCount(s3NotificationRecord('in', 'incoming/fail/etag.txt', 'etag-5'), 5);
    const body = JSON.parse(record.body);
    body.Records[0].s3.object.eTag = head.ETag!.replace(/"/g, '');
    const events = eventSink();
    const { handler } = h.handlerWith((c) => c.name === 'PutObjectCommand' && c.input.Key === 'fail/etag.pdf', {}, { maxReceiveCount: 5, events: events.sink });
    await handler(batch({ ...record, body: JSON.stringify(body) }));
    expect(events.published.map((e) => [e.detailType, e.detail.sourceETag])).toEqual([['Document Failed', head.ETag]]);
  });
});

describe('an upload given up beside another source with the same stem', () => {
  it('never writes its internal-error report over the other source’s names (a.TXT failing beside a converted a.txt)', async () => {
    await h.upload('incoming/twin/a.txt', TRANSCRIPT);
    const { handler: healthy } = h.handlerWith();
    await healthy(batch(s3NotificationRecord('in', 'incoming/twin/a.txt')));
    const before = await h.outputKeys('twin/');
    expect(before).toContain('twin/a.json');
    await h.upload('incoming/twin/a.TXT', TRANSCRIPT);
    const events = eventSink();
    // a.TXT's own refusal (name-taken, reported as a.TXT.error.json) cannot be written, on every receive.
    const { handler } = h.handlerWith((c) => c.name === 'PutObjectCommand' && c.input.Key === 'twin/a.TXT.error.json', {}, { maxReceiveCount: 5, events: events.sink });
    const last = await handler(batch(withReceiveCount(s3NotificationRecord('in', 'incoming/twin/a.TXT', 'twin-5'), 5)));
    expect(last.batchItemFailures).toEqual([{ itemIdentifier: 'twin-5' }]);
    expect(await h.outputKeys('twin/')).toEqual(before);
    // Its own report could not be written either: the dead letter reports it and tells (dead-letters.test.ts), once.
    expect(events.published).toEqual([]);
  });
});

describe('completion events (what EventBridge receives)', () => {
  it('Document Converted carries source, outputs (manifest last), pages, warnings and duration', async () => {
    await h.upload('incoming/ev/讲话.txt', TRANSCRIPT + '\nXX同志指出，要做好工作。');
    const events = eventSink();
    const { handler, sent } = h.handlerWith(undefined, {}, { events: events.sink });
    await handler(batch(s3NotificationRecord('in', 'incoming/ev/讲话.txt')));
    expect(events.published).toHaveLength(1);
    const [event] = events.published;
    expect(event!.source).toBe('speech-press');
    expect(event!.detailType).toBe('Document Converted');
    expect(event!.detail).toEqual({
      sourceBucket: 'in',
      sourceKey: 'incoming/ev/讲话.txt',
      sourceETag: (await h.headSource('incoming/ev/讲话.txt')).ETag,
      outputBucket: 'out',
      outputKeys: puts(sent),
      manifestKey: 'ev/讲话.json',
      pages: expect.any(Number),
      warnings: expect.arrayContaining(['placeholder']),
      durationMs: expect.any(Number),
    });
    expect(event!.detail.outputKeys.at(-1)).toBe('ev/讲话.json');
    expect(event!.detail.pages).toBeGreaterThanOrEqual(1);
    // Serialisable as EventBridge's Detail (a JSON object under 256 KB).
    expect(JSON.stringify(event!.detail).length).toBeLessThan(256 * 1024);
  });

  it('Document Rejected carries the code, the message and the report key; a duplicate delivery sends nothing', async () => {
    await h.upload('incoming/ev/empty.txt', '');
    const events = eventSink();
    const { handler } = h.handlerWith(undefined, {}, { events: events.sink });
    await handler(batch(s3NotificationRecord('in', 'incoming/ev/empty.txt')));
    await handler(batch(s3NotificationRecord('in', 'incoming/ev/empty.txt')));
    expect(events.published).toEqual([
      {
        source: 'speech-press',
        detailType: 'Document Rejected',
        detail: expect.objectContaining({ sourceKey: 'incoming/ev/empty.txt', code: 'empty-input', message: expect.any(String), reportKey: 'ev/empty.error.json', outputKeys: ['ev/empty.error.json'] }),
      },
    ]);
  });

  it('carry the ETag of the version converted, not the older one the notification announced (a newer upload read in its place)', async () => {
    await h.upload('incoming/ev/newer.txt', TRANSCRIPT);
    const current = (await h.headSource('incoming/ev/newer.txt')).ETag!;
    const record = s3NotificationRecord('in', 'incoming/ev/newer.txt');
    const body = JSON.parse(record.body);
    body.Records[0].s3.object.eTag = '0123456789abcdef0123456789abcdef';
    const events = eventSink();
    const { handler } = h.handlerWith(undefined, {}, { events: events.sink });
    await handler(batch({ ...record, body: JSON.stringify(body) }));
    expect(events.published.map((e) => [e.detailType, e.detail.sourceETag])).toEqual([['Document Converted', current]]);
    // Dedupe on sourceKey + sourceETag works: the newer version's own notification finds the work done and sends nothing.
    await handler(batch(s3NotificationRecord('in', 'incoming/ev/newer.txt')));
    expect(events.published).toHaveLength(1);
  });

  it('a sink that fails does not fail the record: the documents are written', async () => {
    await h.upload('incoming/ev/sinkdown.txt', TRANSCRIPT);
    const { handler } = h.handlerWith(undefined, {}, { events: { publish: async () => Promise.reject(new Error('EventBridge down')) } });
    expect((await handler(batch(s3NotificationRecord('in', 'incoming/ev/sinkdown.txt')))).batchItemFailures).toEqual([]);
    expect(await h.outputKeys('ev/sinkdown.')).toContain('ev/sinkdown.json');
  });
});

describe('metrics (Powertools, EMF)', () => {
  afterEach(() => vi.restoreAllMocks());

  it('counts failures even when the whole batch fails, where Lambda\'s Errors metric would stay 0', async () => {
    await h.upload('incoming/m/讲话.txt', TRANSCRIPT);
    const lines: string[] = [];
    const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: 'speech-press-test' });
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (lines.push(String(chunk)), true));
    const { handler } = h.handlerWith((c) => c.name === 'PutObjectCommand', {}, { metrics });
    const result = await handler(batch(s3NotificationRecord('in', 'incoming/m/讲话.txt', 'm-1')));
    vi.restoreAllMocks();
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'm-1' }]);
    const emf = lines.map((l) => { try { return JSON.parse(l); } catch { return null; } }).filter((l) => l?._aws !== undefined);
    expect(emf).toHaveLength(1);
    expect(emf[0]._aws.CloudWatchMetrics[0].Namespace).toBe(METRICS_NAMESPACE);
    expect(emf[0].Failures).toBe(1);
    expect(emf[0].service).toBe('speech-press-test');
  });
});
