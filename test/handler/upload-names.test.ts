import { describe, expect, it } from 'vitest';
import { batch, s3NotificationRecord } from '../support/s3rver-events';
import { handlerHarness, puts, TRANSCRIPT } from './harness';

const h = handlerHarness();

describe('two sources in one folder whose outputs share names (a.txt, then a.TXT)', () => {
  it('refuses the second with a report naming the first, and leaves the first one\'s outputs untouched', async () => {
    await h.upload('incoming/same/a.txt', TRANSCRIPT);
    await h.upload('incoming/same/a.TXT', TRANSCRIPT + '\n三、抓好落实\n各单位要抓紧制定具体方案。');
    const { handler } = h.handlerWith();
    await handler(batch(s3NotificationRecord('in', 'incoming/same/a.txt')));
    const before = await Promise.all((await h.outputKeys('same/a.')).map(async (k) => [k, await h.readBytes(k)] as const));

    const second = h.handlerWith();
    expect((await second.handler(batch(s3NotificationRecord('in', 'incoming/same/a.TXT')))).batchItemFailures).toEqual([]);
    expect(h.counts.converted).toBe(1);
    expect(puts(second.sent)).toEqual(['same/a.TXT.error.json']);
    const report = await h.readJson('same/a.TXT.error.json');
    expect(report).toEqual({ code: 'name-taken', message: expect.stringContaining('"a.txt"') });
    for (const [key, bytes] of before) expect((await h.readBytes(key)).equals(bytes)).toBe(true);
    expect(await h.outputKeys('same/a.')).toEqual([...before.map(([k]) => k), 'same/a.TXT.error.json'].sort());
  });

  it('lets the second take the names over once the first source is deleted', async () => {
    await h.upload('incoming/moved/a.txt', TRANSCRIPT);
    await h.upload('incoming/moved/a.TXT', TRANSCRIPT + '\n三、抓好落实\n各单位要抓紧制定具体方案。');
    const { handler } = h.handlerWith();
    await handler(batch(s3NotificationRecord('in', 'incoming/moved/a.txt')));
    await handler(batch(s3NotificationRecord('in', 'incoming/moved/a.TXT')));
    expect((await h.readJson('moved/a.TXT.error.json'))['code']).toBe('name-taken');
    await h.remove('incoming/moved/a.txt');
    await handler(batch(s3NotificationRecord('in', 'incoming/moved/a.TXT')));
    expect(h.counts.converted).toBe(2);
    const manifest = await h.readJson('moved/a.json');
    expect((manifest['outline'] as { text: string }[]).map((o) => o.text)).toContain('三、抓好落实');
    // Its own earlier name-taken report is an earlier answer too: no longer beside the documents.
    expect(await h.outputKeys('moved/a.TXT.error.json')).toEqual([]);
  });
});

describe('a stem that is itself a transcript name (a.TXT.txt beside a.txt and a.TXT)', () => {
  // a.TXT's name-taken report is `a.TXT.error.json`, the very name a.TXT.txt's own error report would have.
  async function refusedSecondSpelling(folder: string) {
    await h.upload(`incoming/${folder}/a.txt`, TRANSCRIPT);
    await h.upload(`incoming/${folder}/a.TXT`, TRANSCRIPT);
    const { handler } = h.handlerWith();
    await handler(batch(s3NotificationRecord('in', `incoming/${folder}/a.txt`)));
    await handler(batch(s3NotificationRecord('in', `incoming/${folder}/a.TXT`)));
    expect((await h.readJson(`${folder}/a.TXT.error.json`))['code']).toBe('name-taken');
  }

  it("converts a.TXT.txt and keeps a.TXT's name-taken report", async () => {
    await refusedSecondSpelling('ext');
    await h.upload('incoming/ext/a.TXT.txt', TRANSCRIPT);
    const { handler, sent } = h.handlerWith();
    expect((await handler(batch(s3NotificationRecord('in', 'incoming/ext/a.TXT.txt')))).batchItemFailures).toEqual([]);
    expect(sent.filter((c) => c.name === 'DeleteObjectCommand').map((c) => c.input.Key)).toEqual([]);
    expect(await h.readJson('ext/a.TXT.error.json')).toEqual({ code: 'name-taken', message: expect.stringContaining('"a.txt"') });
    expect(await h.outputKeys('ext/a.TXT.')).toContain('ext/a.TXT.json');
  });

  it("reports a rejected a.TXT.txt beside a.TXT's report, not over it", async () => {
    await refusedSecondSpelling('ext-empty');
    await h.upload('incoming/ext-empty/a.TXT.txt', '');
    const { handler } = h.handlerWith();
    await handler(batch(s3NotificationRecord('in', 'incoming/ext-empty/a.TXT.txt')));
    expect((await h.readJson('ext-empty/a.TXT.error.json'))['code']).toBe('name-taken');
    expect((await h.readJson('ext-empty/a.TXT.txt.error.json'))['code']).toBe('empty-input');
  });

  it("takes the report's name over once a.TXT is deleted", async () => {
    await refusedSecondSpelling('ext-gone');
    await h.remove('incoming/ext-gone/a.TXT');
    await h.upload('incoming/ext-gone/a.TXT.txt', '');
    const { handler } = h.handlerWith();
    await handler(batch(s3NotificationRecord('in', 'incoming/ext-gone/a.TXT.txt')));
    expect((await h.readJson('ext-gone/a.TXT.error.json'))['code']).toBe('empty-input');
  });
});

describe('reserved names are refused before anything an earlier upload left is touched', () => {
  it("uploading a.error.txt keeps a.txt's error report", async () => {
    await h.upload('incoming/keep/a.txt', '');
    await h.upload('incoming/keep/a.error.txt', TRANSCRIPT);
    const { handler } = h.handlerWith();
    await handler(batch(s3NotificationRecord('in', 'incoming/keep/a.txt')));
    expect((await h.readJson('keep/a.error.json'))['code']).toBe('empty-input');

    const second = h.handlerWith();
    await second.handler(batch(s3NotificationRecord('in', 'incoming/keep/a.error.txt')));
    expect(second.sent.filter((c) => c.name === 'DeleteObjectCommand')).toEqual([]);
    expect((await h.readJson('keep/a.error.json'))['code']).toBe('empty-input');
    expect((await h.readJson('keep/a.error.error.json'))['code']).toBe('reserved-name');
  });

  it.each(['a.zh-Hant', 'a.zh-hans', 'a.error', 'a.clean'])('refuses %s.txt with a report naming the reason, and leaves a.txt\'s outputs alone', async (stem) => {
    const dir = `r-${stem}`;
    await h.upload(`incoming/${dir}/a.txt`, TRANSCRIPT);
    await h.upload(`incoming/${dir}/${stem}.txt`, TRANSCRIPT);
    const { handler } = h.handlerWith();
    await handler(batch(s3NotificationRecord('in', `incoming/${dir}/a.txt`)));
    const before = await h.outputKeys(`${dir}/`);
    expect((await handler(batch(s3NotificationRecord('in', `incoming/${dir}/${stem}.txt`)))).batchItemFailures).toEqual([]);
    expect(h.counts.converted).toBe(1);
    expect(await h.outputKeys(`${dir}/`)).toEqual([...before, `${dir}/${stem}.error.json`].sort());
    const report = await h.readJson(`${dir}/${stem}.error.json`);
    expect(report['code']).toBe('reserved-name');
    expect(report['message']).toContain('a.txt');
  });
});

describe('keys with ".", ".." or empty folder segments', () => {
  it.each([
    ['incoming/x/../../../../tmp/y.txt', 'x/tmp/y.txt.error.json'],
    ['incoming/./dot.txt', 'dot.txt.error.json'],
    ['incoming//empty/z.txt', 'empty/z.txt.error.json'],
  ])('%s is refused as bad-key without reading it; the report stays inside the output prefix (%s)', async (key, reportKey) => {
    const { handler, sent } = h.handlerWith(undefined, { outputPrefix: 'done/' });
    expect((await handler(batch(s3NotificationRecord('in', key)))).batchItemFailures).toEqual([]);
    expect(sent.filter((c) => c.input.Bucket === 'in')).toEqual([]);
    expect(puts(sent)).toEqual([`done/${reportKey}`]);
    const report = await h.readJson(`done/${reportKey}`);
    expect(report['code']).toBe('bad-key');
    expect(report['message']).toContain(key);
    expect(h.counts.converted).toBe(0);
  });
});
