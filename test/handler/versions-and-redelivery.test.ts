import { describe, expect, it } from 'vitest';
import { convert } from '../../lambdas/pipeline';
import { batch, s3NotificationRecord } from '../support/s3rver-events';
import { BASE_CONFIG, handlerHarness, puts, TRANSCRIPT } from './harness';

const h = handlerHarness();
const outputExists = async (key: string) => (await h.outputKeys(key)).includes(key);

describe('a new version of an already converted source', () => {
  it('retires the old manifest before writing, so a half-written new set is never claimed by it', async () => {
    await h.upload('incoming/v/讲话.txt', TRANSCRIPT);
    expect((await h.handlerWith().handler(batch(s3NotificationRecord('in', 'incoming/v/讲话.txt', 'v1')))).batchItemFailures).toEqual([]);
    expect(await outputExists('v/讲话.json')).toBe(true);

    await h.upload('incoming/v/讲话.txt', TRANSCRIPT + '\n三、抓好落实\n各单位要按照会议要求，抓紧制定具体方案，确保各项任务落到实处。');
    const failing = h.handlerWith((c) => c.name === 'PutObjectCommand' && c.input.Key === 'v/讲话.pdf');
    expect((await failing.handler(batch(s3NotificationRecord('in', 'incoming/v/讲话.txt', 'v2')))).batchItemFailures).toEqual([{ itemIdentifier: 'v2' }]);
    expect(await outputExists('v/讲话.json')).toBe(false);

    expect((await h.handlerWith().handler(batch(s3NotificationRecord('in', 'incoming/v/讲话.txt', 'v2-again')))).batchItemFailures).toEqual([]);
    const manifest = await h.readJson('v/讲话.json');
    expect((manifest['outline'] as { text: string }[]).map((o) => o.text)).toContain('三、抓好落实');
  });

  it('leaves no manifest beside the error report of a rejected re-upload, and no error report beside a later success', async () => {
    await h.upload('incoming/r/讲话.txt', TRANSCRIPT);
    await h.handlerWith().handler(batch(s3NotificationRecord('in', 'incoming/r/讲话.txt', 'r1')));
    await h.upload('incoming/r/讲话.txt', '');
    await h.handlerWith().handler(batch(s3NotificationRecord('in', 'incoming/r/讲话.txt', 'r2')));
    expect([await outputExists('r/讲话.json'), await outputExists('r/讲话.error.json')]).toEqual([false, true]);

    await h.upload('incoming/r/讲话.txt', TRANSCRIPT);
    await h.handlerWith().handler(batch(s3NotificationRecord('in', 'incoming/r/讲话.txt', 'r3')));
    expect([await outputExists('r/讲话.json'), await outputExists('r/讲话.error.json')]).toEqual([true, false]);
  });

  it('converts again when the same key is uploaded with new content', async () => {
    await h.upload('incoming/again/讲话.txt', TRANSCRIPT);
    const { handler } = h.handlerWith();
    await handler(batch(s3NotificationRecord('in', 'incoming/again/讲话.txt')));
    await h.upload('incoming/again/讲话.txt', TRANSCRIPT + '\n三、加强组织领导\n各级党委要高度重视教育工作。');
    await handler(batch(s3NotificationRecord('in', 'incoming/again/讲话.txt')));
    expect(h.counts.converted).toBe(2);
    expect((await h.readBytes('again/讲话.clean.txt')).toString('utf8')).toContain('各级党委要高度重视教育工作。');
  });
});

describe('at-least-once delivery', () => {
  it('does no work for a duplicate of the same source version and leaves the outputs byte-identical', async () => {
    await h.upload('incoming/dup/讲话.txt', TRANSCRIPT);
    const first = h.handlerWith();
    await first.handler(batch(s3NotificationRecord('in', 'incoming/dup/讲话.txt')));
    const before = await Promise.all((await h.outputKeys('dup/')).map(async (k) => [k, await h.readBytes(k)] as const));
    expect(h.counts.converted).toBe(1);

    const again = h.handlerWith();
    const result = await again.handler(batch(s3NotificationRecord('in', 'incoming/dup/讲话.txt'), s3NotificationRecord('in', 'incoming/dup/讲话.txt')));
    expect(result.batchItemFailures).toEqual([]);
    expect(h.counts.converted).toBe(1);
    expect(puts(again.sent)).toEqual([]);
    expect(again.sent.filter((c) => c.name === 'GetObjectCommand')).toEqual([]);
    for (const [key, bytes] of before) expect((await h.readBytes(key)).equals(bytes)).toBe(true);
  });

  it('acknowledges a source deleted before delivery (404 on HeadObject) without writing anything', async () => {
    const { handler, sent } = h.handlerWith();
    expect((await handler(batch(s3NotificationRecord('in', 'incoming/gone/讲话.txt', 'gone-1')))).batchItemFailures).toEqual([]);
    expect(puts(sent)).toEqual([]);
    expect(h.counts.converted).toBe(0);
  });

  it('a failed output write leaves no manifest and reports only that record; the redelivery completes the set', async () => {
    await h.upload('incoming/t/讲话.txt', TRANSCRIPT);
    await h.upload('incoming/t/other.txt', TRANSCRIPT);
    let failures = 1;
    const failing = h.handlerWith((c) => c.name === 'PutObjectCommand' && c.input.Key === 't/讲话.clean.txt' && failures-- > 0);
    const result = await failing.handler(batch(s3NotificationRecord('in', 'incoming/t/讲话.txt', 'fail-1'), s3NotificationRecord('in', 'incoming/t/other.txt', 'fine-1')));
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'fail-1' }]);
    expect(await h.outputKeys('t/讲话.')).not.toContain('t/讲话.json');
    expect(await h.outputKeys('t/other.')).toContain('t/other.json');

    const retry = await failing.handler(batch(s3NotificationRecord('in', 'incoming/t/讲话.txt', 'fail-1')));
    expect(retry.batchItemFailures).toEqual([]);
    const expected = (await convert(new TextEncoder().encode(TRANSCRIPT), { sourceName: '讲话.txt', traditional: BASE_CONFIG.traditional })).files.map((f) => `t/${f.name}`);
    expect(await h.outputKeys('t/讲话.')).toEqual(expected.sort());
  });
});
