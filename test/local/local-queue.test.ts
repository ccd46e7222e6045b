import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { LocalQueue, type LocalQueueOptions } from '../../lambdas/local/local-queue';

/**
 * The queue's own failures: a listener that throws must not become an unhandled rejection (vitest fails
 * the run on one; in `npm start` it ends the runner) nor leave a message neither queued nor settled.
 */
function queue(options: Partial<LocalQueueOptions> = {}) {
  const received: string[] = [];
  const errors: unknown[] = [];
  const q = new LocalQueue({
    handler: async (event: SQSEvent): Promise<SQSBatchResponse> => {
      for (const record of event.Records) received.push(`${record.body}#${record.attributes.ApproximateReceiveCount}`);
      return { batchItemFailures: event.Records.filter((r) => r.body.startsWith('fail')).map((r) => ({ itemIdentifier: r.messageId })) };
    },
    maxReceiveCount: 3,
    batchSize: 5,
    concurrency: 1,
    retryDelayMs: 1,
    onError: (error) => errors.push(error),
    ...options,
  });
  return { q, received, errors };
}

describe('LocalQueue', () => {
  it('a receive listener that throws fails the batch like a thrown handler: redelivered, then handled', async () => {
    let throws = 1;
    const { q, received } = queue({
      onReceive: () => {
        if (throws-- > 0) throw new Error('listener broke');
      },
    });
    q.send('a');
    await q.idle();
    expect(received).toEqual(['a#2']);
    expect(q.deadLetters).toEqual([]);
  });

  it('a receive listener that always throws dead-letters the message with its reason after the redrive count', async () => {
    const { q, received } = queue({
      onReceive: () => {
        throw new Error('listener broke');
      },
    });
    q.send('a');
    await q.idle();
    expect(received).toEqual([]);
    expect(q.deadLetters).toMatchObject([{ body: 'a', receiveCount: 3, reason: 'listener broke' }]);
  });

  it('a dead-letter listener that throws is reported, and the rest of the batch still gets its redelivery', async () => {
    const { q, received, errors } = queue({
      onDeadLetter: (letter) => {
        throw new Error(`could not take ${letter.body}`);
      },
    });
    q.send('fail-1');
    q.send('ok');
    q.send('fail-2');
    await q.idle();
    expect(received.filter((r) => r.startsWith('ok'))).toEqual(['ok#1']);
    expect(q.deadLetters.map((l) => l.body)).toEqual(['fail-1', 'fail-2']);
    expect(errors.map((e) => (e as Error).message)).toEqual(['could not take fail-1', 'could not take fail-2']);
    expect(q.depth).toEqual({ visible: 0, inFlight: 0, delayed: 0 });
  });

  it('once stopped takes nothing more and says so', async () => {
    const { q } = queue();
    await q.stop();
    expect(q.stopped).toBe(true);
    expect(() => q.send('late')).toThrow(/stopped/);
  });
});
