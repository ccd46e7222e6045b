import { describe, expect, it } from 'vitest';
import { batch, s3NotificationRecord } from '../support/s3rver-events';
import { handlerHarness } from './harness';

const h = handlerHarness();

type Edition = { script: string; variant?: string; language: string };
const editions = async (key: string) => (await h.readJson(key))['editions'] as Edition[];

describe('x-amz-meta-variant chooses the Traditional edition per upload (aws s3 cp --metadata variant=hk)', () => {
  it('hk on the object gives a Hong Kong edition though the deployment has none', async () => {
    await h.upload('incoming/var/hk.txt', '在全市教育工作会议上的讲话\n同志们：\n这里面的发展。', { variant: 'hk' });
    const { handler } = h.handlerWith(undefined, { traditional: false });
    expect((await handler(batch(s3NotificationRecord('in', 'incoming/var/hk.txt')))).batchItemFailures).toEqual([]);
    expect(await h.outputKeys('var/hk.zh-Hant.')).toEqual(['var/hk.zh-Hant.docx', 'var/hk.zh-Hant.pdf', 'var/hk.zh-Hant.txt']);
    expect((await editions('var/hk.json')).find((e) => e.script === 'Hant')).toMatchObject({ variant: 'hk', language: 'zh-HK' });
  });

  it('none on the object gives Simplified only though the deployment adds tw', async () => {
    await h.upload('incoming/var/none.txt', '在全市教育工作会议上的讲话\n同志们：\n这里面的发展。', { variant: 'NONE' });
    const { handler } = h.handlerWith(undefined, { traditional: { variant: 'tw' } });
    await handler(batch(s3NotificationRecord('in', 'incoming/var/none.txt')));
    expect(await h.outputKeys('var/none.zh-Hant.')).toEqual([]);
    expect(await h.outputKeys('var/none.')).toContain('var/none.json');
  });

  it('a re-upload with another variant converts again instead of being taken for done', async () => {
    await h.upload('incoming/var/again.txt', '在全市教育工作会议上的讲话\n同志们：\n这里面的发展。', { variant: 't' });
    const { handler } = h.handlerWith();
    await handler(batch(s3NotificationRecord('in', 'incoming/var/again.txt')));
    await h.upload('incoming/var/again.txt', '在全市教育工作会议上的讲话\n同志们：\n这里面的发展。', { variant: 'tw' });
    await handler(batch(s3NotificationRecord('in', 'incoming/var/again.txt')));
    expect(h.counts.converted).toBe(2);
    expect((await editions('var/again.json')).find((e) => e.script === 'Hant')?.variant).toBe('tw');
  });

  it('an unknown variant is refused with a report that lists the allowed words, and nothing is converted', async () => {
    await h.upload('incoming/var/bad.txt', '在全市教育工作会议上的讲话', { variant: 'zh-TW' });
    const { handler } = h.handlerWith();
    expect((await handler(batch(s3NotificationRecord('in', 'incoming/var/bad.txt')))).batchItemFailures).toEqual([]);
    expect(await h.readJson('var/bad.error.json')).toEqual({ code: 'bad-variant', message: expect.stringContaining('tw, hk, t, twp or none, got "zh-TW"') });
    expect(h.counts.converted).toBe(0);
  });
});
