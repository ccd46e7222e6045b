import type { SQSRecord } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import type { DocumentEvent } from '../../lambdas/handler/completion-events';
import type { DeadLetterReport, DeadLetterWiring } from '../../lambdas/handler/dead-letters';
import { batch, s3NotificationRecord, sqsRecord } from '../support/s3rver-events';
import { handlerHarness, puts, TRANSCRIPT } from './harness';

const h = handlerHarness();
const DLQ_ARN = 'arn:aws:sqs:us-east-1:000000000000:dead-letters';

/** The record as SQS delivers it from the dead-letter queue after the upload's last receive. */
const deadLetter = (record: SQSRecord): SQSRecord => ({ ...record, eventSourceARN: DLQ_ARN, attributes: { ...record.attributes, ApproximateReceiveCount: '1' } });
const onLastReceive = (record: SQSRecord): SQSRecord => ({ ...record, attributes: { ...record.attributes, ApproximateReceiveCount: '5' } });

/** The deployed wiring with what S3 and SQS would see: events published, messages parked on the given-up queue. */
function wired(failWhen?: Parameters<typeof h.handlerWith>[0]) {
  const published: DocumentEvent[] = [];
  const parked: string[] = [];
  const reports: DeadLetterReport[][] = [];
  const errors: [unknown, string][] = [];
  const deadLetters: DeadLetterWiring = {
    queueArn: DLQ_ARN,
    park: async (record, told) => {
      parked.push(record.body);
      reports.push([...told]);
    },
  };
  const { handler, sent } = h.handlerWith(failWhen, {}, {
    maxReceiveCount: 5,
    events: { publish: async (e) => void published.push(e) },
    deadLetters,
    onRecordError: (error, record) => void errors.push([error, record.messageId]),
  });
  return { handler, sent, published, parked, reports, errors };
}

describe('an upload whose last attempt timed out or ran out of memory (nothing was written, the record was dead-lettered)', () => {
  it('gets its internal-error report and one Document Failed event when the dead letter arrives, and is parked untried', async () => {
    await h.upload('incoming/dlq/讲话.txt', TRANSCRIPT);
    const record = s3NotificationRecord('in', 'incoming/dlq/讲话.txt', 'dlq-1');
    const { handler, sent, published, parked, reports } = wired();
    expect((await handler(batch(deadLetter(record)))).batchItemFailures).toEqual([]);
    expect(h.counts.converted).toBe(0);
    expect(puts(sent)).toEqual(['dlq/讲话.error.json']);
    expect(await h.readJson('dlq/讲话.error.json')).toEqual({ code: 'internal-error', message: expect.stringContaining('after 5 attempts') });
    expect(published.map((e) => [e.detailType, e.detail.sourceKey, e.detail.reportKey, e.detail.code])).toEqual([
      ['Document Failed', 'incoming/dlq/讲话.txt', 'dlq/讲话.error.json', 'internal-error'],
    ]);
    expect(parked).toEqual([record.body]);
    expect(reports).toEqual([[{ sourceKey: 'incoming/dlq/讲话.txt', report: { kind: 'written', key: 'dlq/讲话.error.json' } }]]);

    // A redrive from the given-up queue converts it and retires the report.
    const redriven = wired();
    await redriven.handler(batch(s3NotificationRecord('in', 'incoming/dlq/讲话.txt', 'redrive')));
    expect(await h.outputKeys('dlq/讲话.')).toContain('dlq/讲话.json');
    expect(await h.outputKeys('dlq/讲话.error')).toEqual([]);
  });

  it('is told once: when the last receive reported the failure itself, the dead letter adds no report and no event', async () => {
    await h.upload('incoming/dlq-told/a.txt', TRANSCRIPT);
    const record = s3NotificationRecord('in', 'incoming/dlq-told/a.txt', 'told-1');
    const failing = wired((c) => c.name === 'PutObjectCommand' && c.input.Key === 'dlq-told/a.pdf');
    await failing.handler(batch(onLastReceive(record)));
    expect(failing.published.map((e) => e.detailType)).toEqual(['Document Failed']);
    const report = await h.readBytes('dlq-told/a.error.json');

    const { handler, sent, published, parked, reports } = wired();
    await handler(batch(deadLetter(record)));
    expect(puts(sent)).toEqual([]);
    expect(published).toEqual([]);
    expect((await h.readBytes('dlq-told/a.error.json')).equals(report)).toBe(true);
    expect(parked).toEqual([record.body]);
    expect(reports).toEqual([[{ sourceKey: 'incoming/dlq-told/a.txt', report: { kind: 'already-reported', key: 'dlq-told/a.error.json' } }]]);
  });

  it('writes nothing when a duplicate delivery converted the same version meanwhile', async () => {
    await h.upload('incoming/dlq-done/a.txt', TRANSCRIPT);
    await wired().handler(batch(s3NotificationRecord('in', 'incoming/dlq-done/a.txt')));
    const { handler, sent, published, parked } = wired();
    await handler(batch(deadLetter(s3NotificationRecord('in', 'incoming/dlq-done/a.txt'))));
    expect(puts(sent)).toEqual([]);
    expect(published).toEqual([]);
    expect(await h.outputKeys('dlq-done/a.error')).toEqual([]);
    expect(parked).toHaveLength(1);
  });

  it('writes nothing when the upload was replaced after its notification (the newer version has its own message)', async () => {
    await h.upload('incoming/dlq-newer/a.txt', TRANSCRIPT);
    const record = s3NotificationRecord('in', 'incoming/dlq-newer/a.txt');
    const body = JSON.parse(record.body);
    body.Records[0].s3.object.eTag = (await h.headSource('incoming/dlq-newer/a.txt')).ETag!.replace(/"/g, '');
    await h.upload('incoming/dlq-newer/a.txt', TRANSCRIPT + '\n三、抓好落实\n各单位要抓紧制定具体方案。');
    const { handler, sent, published, parked, reports } = wired();
    await handler(batch(deadLetter({ ...record, body: JSON.stringify(body) })));
    expect(puts(sent)).toEqual([]);
    expect(published).toEqual([]);
    expect(parked).toHaveLength(1);
    expect(reports).toEqual([[{ sourceKey: 'incoming/dlq-newer/a.txt', report: { kind: 'no-report', reason: 'superseded' } }]]);
  });

  it('reports beside another source’s names, never over them (a.TXT given up beside a converted a.txt)', async () => {
    await h.upload('incoming/dlq-twin/a.txt', TRANSCRIPT);
    await wired().handler(batch(s3NotificationRecord('in', 'incoming/dlq-twin/a.txt')));
    const before = await Promise.all((await h.outputKeys('dlq-twin/')).map(async (k) => [k, await h.readBytes(k)] as const));
    await h.upload('incoming/dlq-twin/a.TXT', TRANSCRIPT);
    const { handler, published } = wired();
    await handler(batch(deadLetter(s3NotificationRecord('in', 'incoming/dlq-twin/a.TXT'))));
    for (const [key, bytes] of before) expect((await h.readBytes(key)).equals(bytes)).toBe(true);
    expect((await h.readJson('dlq-twin/a.TXT.error.json'))['code']).toBe('internal-error');
    expect(published.map((e) => e.detail.reportKey)).toEqual(['dlq-twin/a.TXT.error.json']);
  });

  it('is retried when its report cannot be written (the DLQ redrives it to the given-up queue after its own receives), and parks what names no upload', async () => {
    await h.upload('incoming/dlq-down/a.txt', TRANSCRIPT);
    const down = wired((c) => c.name === 'PutObjectCommand');
    const record = deadLetter(s3NotificationRecord('in', 'incoming/dlq-down/a.txt', 'down-1'));
    expect((await down.handler(batch(record))).batchItemFailures).toEqual([{ itemIdentifier: 'down-1' }]);
    expect(down.parked).toEqual([]);
    // Its reason is told like any failed record's (the local queue prints it), not only reported to SQS.
    expect(down.errors).toEqual([[expect.objectContaining({ name: 'SlowDown' }), 'down-1']]);

    const { handler, parked } = wired();
    const junk = deadLetter(sqsRecord('not json', 'junk-1'));
    expect((await handler(batch(junk))).batchItemFailures).toEqual([]);
    expect(parked).toEqual(['not json']);
  });
});
