import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import type { Pipeline } from '../../lambdas/handler/types';
import { batch, s3NotificationRecord } from '../support/s3rver-events';
import { internalError, preconditionFailed } from '../support/s3rver-faults';
import { handlerHarness, puts, TRANSCRIPT } from './harness';

const h = handlerHarness();

/** The real pipeline, which runs `meanwhile` (a newer upload and its own event) after its first conversion, before the handler writes. */
function racingOnce(meanwhile: () => Promise<void>): Pipeline {
  let raced = false;
  return {
    ...h.pipeline,
    convert: async (bytes, options) => {
      const result = await h.pipeline.convert(bytes, options);
      if (!raced) {
        raced = true;
        await meanwhile();
      }
      return result;
    },
  };
}

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

  it('writes nothing when a newer upload replaced the source while it converted: the newer version’s documents stay', async () => {
    await h.upload('incoming/race/a.txt', TRANSCRIPT);
    const newer = `${TRANSCRIPT}\n三、加强组织领导\n各级党委要把这项工作摆上重要议程，抓好落实。`;
    // While the older version converts, the newer one is uploaded and its own event converts it to the end.
    const pipeline = racingOnce(async () => {
      await h.upload('incoming/race/a.txt', newer);
      expect((await h.handlerWith().handler(batch(s3NotificationRecord('in', 'incoming/race/a.txt', 'race-newer')))).batchItemFailures).toEqual([]);
    });
    const older = h.handlerWith(undefined, {}, { pipeline });
    expect((await older.handler(batch(s3NotificationRecord('in', 'incoming/race/a.txt', 'race-older')))).batchItemFailures).toEqual([]);
    expect(puts(older.sent)).toEqual([]);
    const current = (await h.headSource('incoming/race/a.txt')).ETag;
    const outputs = await h.outputKeys('race/');
    expect(outputs).toContain('race/a.json');
    for (const key of outputs) {
      const head = await h.client().send(new HeadObjectCommand({ Bucket: 'out', Key: key }));
      expect([key, head.Metadata?.['source-etag']]).toEqual([key, current]);
    }
    expect((await h.readBytes('race/a.clean.txt')).toString('utf8')).toContain('加强组织领导');
  });

  it('writes nothing when the same bytes were uploaded again with another variant while it converted: the newer choice’s documents stay', async () => {
    await h.upload('incoming/race/v.txt', TRANSCRIPT, { variant: 'tw' });
    const pipeline = racingOnce(async () => {
      await h.upload('incoming/race/v.txt', TRANSCRIPT, { variant: 'hk' });
      await h.handlerWith().handler(batch(s3NotificationRecord('in', 'incoming/race/v.txt', 'race-hk')));
    });
    const older = h.handlerWith(undefined, {}, { pipeline });
    await older.handler(batch(s3NotificationRecord('in', 'incoming/race/v.txt', 'race-tw')));
    expect(puts(older.sent)).toEqual([]);
    const manifest = await h.client().send(new HeadObjectCommand({ Bucket: 'out', Key: 'race/v.json' }));
    expect(manifest.Metadata?.['pipeline-version']).toMatch(/\+variant=hk$/);
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
