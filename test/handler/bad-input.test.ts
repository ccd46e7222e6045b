import { describe, expect, it } from 'vitest';
import { batch, s3NotificationRecord } from '../support/s3rver-events';
import { handlerHarness, TRANSCRIPT } from './harness';

const h = handlerHarness();

describe('bad input ends as <stem>.error.json, acknowledged, never retried', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const cases: [string, string, Uint8Array][] = [
    ['empty', 'empty-input', new Uint8Array()],
    ['png', 'binary-input', png],
    ['broken-bom', 'bad-encoding', new Uint8Array([0xef, 0xbb, 0xbf, 0xe8, 0xae, 0x28, 0xff])],
  ];
  it.each(cases)('%s → %s', async (name, code, body) => {
    await h.upload(`incoming/bad/${name}.txt`, body);
    const { handler } = h.handlerWith();
    expect((await handler(batch(s3NotificationRecord('in', `incoming/bad/${name}.txt`)))).batchItemFailures).toEqual([]);
    expect(await h.outputKeys(`bad/${name}.`)).toEqual([`bad/${name}.error.json`]);
    const report = await h.readJson(`bad/${name}.error.json`);
    expect(report['code']).toBe(code);
    expect(report['message']).toEqual(expect.any(String));
  });

  it('refuses an oversize upload from HeadObject alone, without downloading it', async () => {
    await h.upload('incoming/bad/big.txt', TRANSCRIPT);
    const { handler, sent } = h.handlerWith(undefined, { maxBytes: 100 });
    expect((await handler(batch(s3NotificationRecord('in', 'incoming/bad/big.txt')))).batchItemFailures).toEqual([]);
    expect(sent.filter((c) => c.name === 'GetObjectCommand')).toEqual([]);
    expect((await h.readJson('bad/big.error.json'))['code']).toBe('too-large');
    expect(h.counts.converted).toBe(0);
  });

  it('converts a source refused as too large once the limit is raised, though the source is unchanged', async () => {
    await h.upload('incoming/grow/讲话.txt', TRANSCRIPT);
    await h.handlerWith(undefined, { maxBytes: 100 }).handler(batch(s3NotificationRecord('in', 'incoming/grow/讲话.txt')));
    expect(await h.outputKeys('grow/')).toEqual(['grow/讲话.error.json']);
    const raised = h.handlerWith();
    expect((await raised.handler(batch(s3NotificationRecord('in', 'incoming/grow/讲话.txt')))).batchItemFailures).toEqual([]);
    expect(h.counts.converted).toBe(1);
    expect(await h.outputKeys('grow/')).toContain('grow/讲话.json');
  });
});
