import { PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { batch, s3NotificationRecord } from '../support/s3rver-events';
import { handlerHarness, TRANSCRIPT } from './harness';

const h = handlerHarness();
const deletes = (sent: { name: string; input: { Key?: string } }[]) => sent.filter((c) => c.name === 'DeleteObjectCommand').map((c) => c.input.Key!).sort();
const putOut = (key: string) => h.client().send(new PutObjectCommand({ Bucket: 'out', Key: key, Body: 'not the pipeline’s' }));

describe('outputs an earlier upload of the same source left and the new answer does not write', () => {
  it('a re-upload with variant=none removes the earlier zh-Hant edition, before the manifest is written, and nothing else', async () => {
    await h.upload('incoming/stale/a.txt', TRANSCRIPT, { variant: 'tw' });
    await h.upload('incoming/stale/a.b.txt', TRANSCRIPT, { variant: 'tw' });
    const first = h.handlerWith();
    await first.handler(batch(s3NotificationRecord('in', 'incoming/stale/a.txt'), s3NotificationRecord('in', 'incoming/stale/a.b.txt')));
    expect(await h.outputKeys('stale/a.zh-Hant.')).toEqual(['stale/a.zh-Hant.docx', 'stale/a.zh-Hant.pdf', 'stale/a.zh-Hant.txt']);
    // Not this source's outputs, though their names start like them.
    await putOut('stale/a.zh-Hant.pdf.bak');
    await putOut('stale/a.notes.pdf');
    await putOut('other/a.zh-Hant.pdf');
    const neighbour = await h.outputKeys('stale/a.b.');

    await h.upload('incoming/stale/a.txt', TRANSCRIPT, { variant: 'none' });
    const { handler, sent } = h.handlerWith();
    expect((await handler(batch(s3NotificationRecord('in', 'incoming/stale/a.txt')))).batchItemFailures).toEqual([]);
    expect(deletes(sent)).toEqual(['stale/a.json', 'stale/a.zh-Hant.docx', 'stale/a.zh-Hant.pdf', 'stale/a.zh-Hant.txt']);
    const names = sent.filter((c) => c.name === 'DeleteObjectCommand' || c.name === 'PutObjectCommand').map((c) => c.input.Key);
    expect(names.at(-1)).toBe('stale/a.json');
    expect((await h.outputKeys('stale/a.')).filter((k) => !k.startsWith('stale/a.b.'))).toEqual([
      'stale/a.clean.txt',
      'stale/a.docx',
      'stale/a.json',
      'stale/a.notes.pdf',
      'stale/a.pdf',
      'stale/a.zh-Hant.pdf.bak',
    ]);
    expect(await h.outputKeys('stale/a.b.')).toEqual(neighbour);
    expect(await h.outputKeys('other/')).toEqual(['other/a.zh-Hant.pdf']);
  });

  it('a re-upload that is rejected leaves its report alone, not the earlier documents beside it', async () => {
    await h.upload('incoming/stale-rejected/a.txt', TRANSCRIPT);
    const { handler } = h.handlerWith(undefined, { traditional: { variant: 'tw' } });
    await handler(batch(s3NotificationRecord('in', 'incoming/stale-rejected/a.txt')));
    expect(await h.outputKeys('stale-rejected/')).toHaveLength(7);
    await h.upload('incoming/stale-rejected/a.txt', '');
    await handler(batch(s3NotificationRecord('in', 'incoming/stale-rejected/a.txt')));
    expect(await h.outputKeys('stale-rejected/')).toEqual(['stale-rejected/a.error.json']);
    expect((await h.readJson('stale-rejected/a.error.json'))['code']).toBe('empty-input');
  });

  it('a first conversion deletes nothing', async () => {
    await h.upload('incoming/stale-first/a.txt', TRANSCRIPT);
    const { handler, sent } = h.handlerWith(undefined, { traditional: false });
    await handler(batch(s3NotificationRecord('in', 'incoming/stale-first/a.txt')));
    expect(deletes(sent)).toEqual([]);
  });
});
