import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { convert, PIPELINE_VERSION } from '../../lambdas/pipeline';
import { batch, S3_TEST_EVENT, s3NotificationRecord, sqsRecord } from '../support/s3rver-events';
import { BASE_CONFIG, handlerHarness, puts, TRANSCRIPT } from './harness';

const h = handlerHarness();

describe('a successful upload', () => {
  it('writes every output under the mirrored key with content type, UTF-8 download name and source metadata, manifest last', async () => {
    await h.upload('incoming/a/讲话.txt', TRANSCRIPT);
    const { handler, sent } = h.handlerWith();
    const result = await handler(batch(s3NotificationRecord('in', 'incoming/a/讲话.txt', 'ok-1')));
    expect(result.batchItemFailures).toEqual([]);

    const expected = (await convert(new TextEncoder().encode(TRANSCRIPT), { sourceName: '讲话.txt', traditional: BASE_CONFIG.traditional })).files;
    expect(await h.outputKeys('a/')).toEqual(expected.map((f) => `a/${f.name}`).sort());
    expect(puts(sent).at(-1)).toBe('a/讲话.json');
    expect(puts(sent)).toHaveLength(expected.length);

    const head = await h.client().send(new HeadObjectCommand({ Bucket: 'in', Key: 'incoming/a/讲话.txt' }));
    for (const file of expected) {
      const { got, bytes } = await h.readOutput(`a/${file.name}`);
      expect(bytes.equals(Buffer.from(file.body))).toBe(true);
      expect(got.ContentType).toBe(file.contentType);
      expect(got.ContentDisposition).toBe(`attachment; filename="${file.name.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(file.name)}`);
      expect(got.Metadata).toEqual({
        'source-key': encodeURIComponent('incoming/a/讲话.txt'),
        'source-key-sha256': createHash('sha256').update('incoming/a/讲话.txt').digest('hex'),
        'source-etag': head.ETag,
        'pipeline-version': PIPELINE_VERSION,
      });
    }
  });

  it('decodes keys as AWS sends them: spaces as +, a literal + as %2B, Chinese percent-encoded', async () => {
    const key = 'incoming/2023 教育 讲话稿+终稿.txt';
    await h.upload(key, TRANSCRIPT);
    const record = s3NotificationRecord('in', key, 'plus-1');
    expect(JSON.parse(record.body).Records[0].s3.object.key).toBe('incoming/2023+%E6%95%99%E8%82%B2+%E8%AE%B2%E8%AF%9D%E7%A8%BF%2B%E7%BB%88%E7%A8%BF.txt');
    const { handler } = h.handlerWith();
    expect((await handler(batch(record))).batchItemFailures).toEqual([]);
    expect(await h.outputKeys('2023 ')).toContain('2023 教育 讲话稿+终稿.json');
    const { got } = await h.readOutput('2023 教育 讲话稿+终稿.clean.txt');
    expect(got.ContentDisposition).toContain("filename*=UTF-8''2023%20%E6%95%99%E8%82%B2%20%E8%AE%B2%E8%AF%9D%E7%A8%BF+%E7%BB%88%E7%A8%BF.clean.txt");
  });

  it('converts a source with a 240-CJK-character key, keeping output metadata under the 2 KB limit', async () => {
    // Folders of 60 characters each: s3rver stores keys as files, and one path segment may hold 255 bytes.
    const segment = '关于进一步加强和改进新时代教育工作的讲话'.repeat(3);
    const name = `${segment}/${segment}/${segment}/${segment}`;
    const key = `incoming/long/${name}.txt`;
    expect(encodeURIComponent(key).length).toBeGreaterThan(2048);
    await h.upload(key, TRANSCRIPT);
    const { handler } = h.handlerWith();
    expect((await handler(batch(s3NotificationRecord('in', key, 'long-1')))).batchItemFailures).toEqual([]);
    const { got } = await h.readOutput(`long/${name}.json`);
    const stored = got.Metadata!['source-key']!;
    expect(key.startsWith(decodeURIComponent(stored))).toBe(true);
    expect(stored.length).toBeGreaterThan(100);
    // A duplicate delivery of the long key is recognised from the hash.
    const again = h.handlerWith();
    await again.handler(batch(s3NotificationRecord('in', key)));
    expect(puts(again.sent)).toEqual([]);
  });

  it('never modifies or deletes the source object', async () => {
    await h.upload('incoming/s/讲话.txt', TRANSCRIPT);
    const { handler, sent } = h.handlerWith();
    await handler(batch(s3NotificationRecord('in', 'incoming/s/讲话.txt')));
    const writesToInput = sent.filter((c) => c.input.Bucket === 'in' && !['HeadObjectCommand', 'GetObjectCommand'].includes(c.name));
    expect(writesToInput).toEqual([]);
  });
});

describe('messages that are not an upload', () => {
  it("skips S3's test event and keys outside the input prefix without failing or writing", async () => {
    await h.upload('elsewhere/x.txt', TRANSCRIPT);
    const { handler, sent } = h.handlerWith();
    const result = await handler(batch(sqsRecord(S3_TEST_EVENT, 't-1'), s3NotificationRecord('in', 'elsewhere/x.txt', 't-2')));
    expect(result.batchItemFailures).toEqual([]);
    expect(puts(sent)).toEqual([]);
    expect(h.counts.converted).toBe(0);
  });

  it('reports a message that is not an S3 notification as a failure, with its reason, so it ends in the DLQ for inspection', async () => {
    const errors: [unknown, string][] = [];
    const { handler } = h.handlerWith(undefined, {}, { onRecordError: (error, record) => errors.push([error, record.messageId]) });
    expect((await handler(batch(sqsRecord('{"hello":1}', 'junk-1')))).batchItemFailures).toEqual([{ itemIdentifier: 'junk-1' }]);
    expect(errors).toEqual([[expect.objectContaining({ name: 'UnrecognisedMessageError', message: expect.stringContaining('junk-1') }), 'junk-1']]);
  });
});
