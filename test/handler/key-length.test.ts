import { describe, expect, it } from 'vitest';
import type { DocumentEvent } from '../../lambdas/handler/completion-events';
import { MAX_KEY_BYTES, OUTPUT_NAME_ROOM_BYTES } from '../../lambdas/settings/defaults';
import { batch, s3NotificationRecord } from '../support/s3rver-events';
import { handlerHarness, puts, TRANSCRIPT } from './harness';

const h = handlerHarness();
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

function eventSink() {
  const published: DocumentEvent[] = [];
  return { published, sink: { publish: async (event: DocumentEvent) => void published.push(event) } };
}

/** `n` folders of `width` ASCII bytes each (slash included), named so tests do not share them. */
const folders = (tag: string, n: number, width: number) => Array.from({ length: n }, (_, i) => `${tag}${i}`.padEnd(width - 1, 'f') + '/').join('');

/**
 * Real S3 refuses keys over 1024 bytes; so does the local server these tests run against. Outputs
 * have longer keys than their upload, so an upload near the limit used to fail on every write and
 * be retried until dead-lettered. Each key below is one the server stores as an upload.
 */
describe('an upload whose outputs\' keys would pass S3\'s 1024-byte limit', () => {
  it('is refused up front with a report in its own folder (name cut to fit) and a Rejected event; not retried, not read', async () => {
    const dir = folders('deep', 4, 241);
    const key = `incoming/${dir}${'a'.repeat(38)}.txt`;
    expect(bytes(key)).toBe(1015);
    await h.upload(key, TRANSCRIPT);
    const events = eventSink();
    const { handler, sent } = h.handlerWith(undefined, {}, { events: events.sink, maxReceiveCount: 5 });

    expect((await handler(batch(s3NotificationRecord('in', key, 'long-1')))).batchItemFailures).toEqual([]);
    expect(sent.filter((c) => c.input.Bucket === 'in')).toEqual([]);
    expect(h.counts.converted).toBe(0);
    const reportKey = `${dir}${'a'.repeat(29)}….error.json`;
    expect(puts(sent)).toEqual([reportKey]);
    expect(bytes(reportKey)).toBeLessThanOrEqual(MAX_KEY_BYTES);
    const report = await h.readJson(reportKey);
    expect(report['code']).toBe('name-too-long');
    expect(report['message']).toContain(key);
    expect(report['message']).toContain(`${bytes(key) - 'incoming/'.length + OUTPUT_NAME_ROOM_BYTES} bytes, over S3's limit of 1024`);
    expect(events.published).toEqual([
      {
        source: 'speech-press',
        detailType: 'Document Rejected',
        detail: expect.objectContaining({ sourceKey: key, code: 'name-too-long', reportKey, outputKeys: [reportKey] }),
      },
    ]);

    // A redelivery writes the same report again, and still nothing fails.
    const again = h.handlerWith();
    expect((await again.handler(batch(s3NotificationRecord('in', key)))).batchItemFailures).toEqual([]);
    expect(puts(again.sent)).toEqual([reportKey]);
  });

  it('puts the report in the nearest parent folder where it fits when even a cut name would not', async () => {
    const dir = folders('full', 4, 251);
    const key = `incoming/${dir}a.txt`;
    expect(bytes(key)).toBe(1018);
    await h.upload(key, TRANSCRIPT);
    const { handler, sent } = h.handlerWith();
    expect((await handler(batch(s3NotificationRecord('in', key)))).batchItemFailures).toEqual([]);
    const parent = folders('full', 3, 251);
    expect(puts(sent)).toEqual([`${parent}a.txt.error.json`]);
    expect((await h.readJson(`${parent}a.txt.error.json`))['code']).toBe('name-too-long');
  });

  it('cuts a long Chinese name at a character boundary under a long output prefix, and never overwrites another upload\'s report', async () => {
    const outputPrefix = folders('out', 4, 201);
    const first = `incoming/${'讲'.repeat(64)}甲.txt`;
    const second = `incoming/${'讲'.repeat(64)}乙.txt`;
    await h.upload(first, TRANSCRIPT);
    await h.upload(second, TRANSCRIPT);
    const { handler, sent } = h.handlerWith(undefined, { outputPrefix });
    expect((await handler(batch(s3NotificationRecord('in', first), s3NotificationRecord('in', second)))).batchItemFailures).toEqual([]);

    // 1024 − 28 − 804 = 192 bytes for the name: 63 characters and the cut mark.
    const cut = `${'讲'.repeat(63)}…`;
    const [firstReport, secondReport] = puts(sent);
    expect(firstReport).toBe(`${outputPrefix}${cut}.error.json`);
    expect(secondReport).toMatch(new RegExp(`^${outputPrefix}${cut}\\.[0-9a-f]{16}\\.error\\.json$`));
    expect(bytes(secondReport!)).toBeLessThanOrEqual(MAX_KEY_BYTES);
    expect((await h.readJson(firstReport!))['message']).toContain(first);
    expect((await h.readJson(secondReport!))['message']).toContain(second);
  });

  it('converts an upload whose longest output key is exactly 1024 bytes; one byte more is refused', async () => {
    const dir = folders('edge', 4, 241);
    const fitting = `incoming/${dir}${'b'.repeat(1024 - OUTPUT_NAME_ROOM_BYTES - bytes(dir) - 4)}.txt`;
    const over = fitting.replace('.txt', 'b.txt');
    await h.upload(fitting, TRANSCRIPT);
    await h.upload(over, TRANSCRIPT);
    const { handler } = h.handlerWith();
    expect((await handler(batch(s3NotificationRecord('in', fitting), s3NotificationRecord('in', over)))).batchItemFailures).toEqual([]);
    expect(h.counts.converted).toBe(1);
    const stem = fitting.slice('incoming/'.length, -'.txt'.length);
    expect(await h.outputKeys(dir)).toEqual(expect.arrayContaining([`${stem}.json`, `${stem}.pdf`, `${stem}.docx`]));
    expect(await h.outputKeys(`${dir}${'b'.repeat(29)}…`)).toEqual([`${dir}${'b'.repeat(29)}….error.json`]);
  });
});
