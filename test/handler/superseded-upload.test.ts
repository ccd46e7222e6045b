import { describe, expect, it } from 'vitest';
import { batch, s3NotificationRecord } from '../support/s3rver-events';
import { internalError, preconditionFailed } from '../support/s3rver-faults';
import { handlerHarness, puts, TRANSCRIPT } from './harness';

const h = handlerHarness();

describe('reading the source', () => {
  it('reads with If-Match = the ETag it checked, and no version id (which would need s3:GetObjectVersion)', async () => {
    await h.upload('incoming/read/a.txt', TRANSCRIPT);
    const { handler, sent } = h.handlerWith();
    await handler(batch(s3NotificationRecord('in', 'incoming/read/a.txt')));
    const head = sent.find((c) => c.name === 'HeadObjectCommand' && c.input.Bucket === 'in');
    const get = sent.find((c) => c.name === 'GetObjectCommand')!;
    expect(get.input.IfMatch).toMatch(/^"[0-9a-f]{32}"$/);
    expect(get.input.VersionId).toBeUndefined();
    expect(head).toBeDefined();
  });

  it('skips quietly when a newer upload superseded the checked one (412): no outputs, no retry', async () => {
    await h.upload('incoming/read/b.txt', TRANSCRIPT);
    const { handler, sent } = h.handlerWith((c) => (c.name === 'GetObjectCommand' ? preconditionFailed() : false));
    expect((await handler(batch(s3NotificationRecord('in', 'incoming/read/b.txt')))).batchItemFailures).toEqual([]);
    expect(puts(sent)).toEqual([]);
    expect(h.counts.converted).toBe(0);
  });

  it.each(['HeadObjectCommand', 'GetObjectCommand'])('retries a record whose %s answers 500, and converts on the next receive', async (name) => {
    await h.upload(`incoming/read/${name}.txt`, TRANSCRIPT);
    const failing = h.handlerWith((c) => (c.name === name && c.input.Bucket === 'in' ? internalError() : false));
    const first = await failing.handler(batch(s3NotificationRecord('in', `incoming/read/${name}.txt`, `five-${name}`)));
    expect(first.batchItemFailures).toEqual([{ itemIdentifier: `five-${name}` }]);
    expect(await h.outputKeys(`read/${name}.`)).toEqual([]);
    const { handler } = h.handlerWith();
    expect((await handler(batch(s3NotificationRecord('in', `incoming/read/${name}.txt`, `five-${name}`)))).batchItemFailures).toEqual([]);
    expect(await h.outputKeys(`read/${name}.`)).toContain(`read/${name}.json`);
  });
});
