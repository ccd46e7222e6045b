import { GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { Logger } from '@aws-lambda-powertools/logger';
import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { HandlerConfig } from '../lambdas/handler/config';
import { createHandler } from '../lambdas/handler/create-handler';
import type { Pipeline } from '../lambdas/handler/types';
import { convert, errorReportFile, PIPELINE_VERSION } from '../lambdas/pipeline';
import { faultyClient, type SentCommand } from './support/s3rver-faults';
import { batch, S3_TEST_EVENT, s3NotificationRecord, sqsRecord } from './support/s3rver-events';
import { putSettled, startTestS3 } from './support/s3rver';
import { TRANSCRIPT } from './handler/harness';

let s3: Awaited<ReturnType<typeof startTestS3>>;
beforeAll(async () => {
  s3 = await startTestS3(['in', 'out']);
});
afterAll(async () => s3?.stop());

let converted: number;
const pipeline: Pipeline = {
  convert: async (bytes, options) => {
    converted++;
    return convert(bytes, options);
  },
  errorReportFile,
  version: PIPELINE_VERSION,
};
const config: HandlerConfig = { outputBucket: 'out', inputPrefix: 'incoming/', outputPrefix: '', maxBytes: 5 * 1024 * 1024, traditional: false };
const logger = new Logger({ logLevel: 'SILENT' });
beforeEach(() => {
  converted = 0;
});

function handlerWith(failWhen?: (c: SentCommand) => boolean, overrides: Partial<HandlerConfig> = {}) {
  const faulty = faultyClient(s3.client, failWhen);
  return { handler: createHandler({ s3: faulty.client, pipeline, config: { ...config, ...overrides }, logger }), sent: faulty.sent };
}

const upload = (key: string, body: string | Uint8Array) => putSettled(s3.client, { Bucket: 'in', Key: key, Body: body });
const outputKeys = async (prefix: string) =>
  ((await s3.client.send(new ListObjectsV2Command({ Bucket: 'out', Prefix: prefix }))).Contents ?? []).map((o) => o.Key!).sort();
const read = async (key: string) => {
  const got = await s3.client.send(new GetObjectCommand({ Bucket: 'out', Key: key }));
  return { got, bytes: await got.Body!.transformToByteArray() };
};
const puts = (sent: SentCommand[]) => sent.filter((c) => c.name === 'PutObjectCommand').map((c) => c.input.Key!);

const outputExists = async (key: string) => (await outputKeys(key)).includes(key);

describe('a new version of an already converted source', () => {
  it('retires the old manifest before writing, so a half-written new set is never claimed by it', async () => {
    await upload('incoming/v/讲话.txt', TRANSCRIPT);
    expect((await handlerWith().handler(batch(s3NotificationRecord('in', 'incoming/v/讲话.txt', 'v1')))).batchItemFailures).toEqual([]);
    expect(await outputExists('v/讲话.json')).toBe(true);

    await upload('incoming/v/讲话.txt', TRANSCRIPT + '\n三、抓好落实\n各单位要按照会议要求，抓紧制定具体方案，确保各项任务落到实处。');
    const failing = handlerWith((c) => c.name === 'PutObjectCommand' && c.input.Key === 'v/讲话.pdf');
    expect((await failing.handler(batch(s3NotificationRecord('in', 'incoming/v/讲话.txt', 'v2')))).batchItemFailures).toEqual([{ itemIdentifier: 'v2' }]);
    expect(await outputExists('v/讲话.json')).toBe(false);

    expect((await handlerWith().handler(batch(s3NotificationRecord('in', 'incoming/v/讲话.txt', 'v2-again')))).batchItemFailures).toEqual([]);
    const manifest = JSON.parse(new TextDecoder().decode((await read('v/讲话.json')).bytes));
    expect(manifest.outline.map((h: { text: string }) => h.text)).toContain('三、抓好落实');
  });

  it('leaves no manifest beside the error report of a rejected re-upload, and no error report beside a later success', async () => {
    await upload('incoming/r/讲话.txt', TRANSCRIPT);
    await handlerWith().handler(batch(s3NotificationRecord('in', 'incoming/r/讲话.txt', 'r1')));
    await upload('incoming/r/讲话.txt', '');
    await handlerWith().handler(batch(s3NotificationRecord('in', 'incoming/r/讲话.txt', 'r2')));
    expect([await outputExists('r/讲话.json'), await outputExists('r/讲话.error.json')]).toEqual([false, true]);

    await upload('incoming/r/讲话.txt', TRANSCRIPT);
    await handlerWith().handler(batch(s3NotificationRecord('in', 'incoming/r/讲话.txt', 'r3')));
    expect([await outputExists('r/讲话.json'), await outputExists('r/讲话.error.json')]).toEqual([true, false]);
  });
});

describe('the invocation running out of time', () => {
  it('converts the first record and hands the rest of the batch back to SQS when too little time is left', async () => {
    const keys = ['incoming/slow/一.txt', 'incoming/slow/二.txt', 'incoming/slow/三.txt'];
    for (const key of keys) await upload(key, TRANSCRIPT);
    const handler = createHandler({ s3: s3.client, pipeline, config, logger, recordTimeBudgetMs: () => 45_000 });
    const context = { getRemainingTimeInMillis: () => 30_000 } as unknown as Context;
    const result = await handler(batch(...keys.map((key, i) => s3NotificationRecord('in', key, `slow-${i}`))), context);
    expect(converted).toBe(1);
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'slow-1' }, { itemIdentifier: 'slow-2' }]);
    expect(await outputKeys('slow/')).toContain('slow/一.json');
  });
});

describe('a successful upload', () => {
  it('writes every output under the mirrored key with content type, UTF-8 download name and source metadata, manifest last', async () => {
    await upload('incoming/a/讲话.txt', TRANSCRIPT);
    const { handler, sent } = handlerWith();
    const result = await handler(batch(s3NotificationRecord('in', 'incoming/a/讲话.txt', 'ok-1')));
    expect(result.batchItemFailures).toEqual([]);

    const expected = (await convert(new TextEncoder().encode(TRANSCRIPT), { sourceName: '讲话.txt', traditional: config.traditional })).files;
    expect(await outputKeys('a/')).toEqual(expected.map((f) => `a/${f.name}`).sort());
    expect(puts(sent).at(-1)).toBe('a/讲话.json');
    expect(puts(sent)).toHaveLength(expected.length);

    const head = await s3.client.send(new HeadObjectCommand({ Bucket: 'in', Key: 'incoming/a/讲话.txt' }));
    for (const file of expected) {
      const { got, bytes } = await read(`a/${file.name}`);
      expect(Buffer.from(bytes).equals(Buffer.from(file.body))).toBe(true);
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
    await upload(key, TRANSCRIPT);
    const record = s3NotificationRecord('in', key, 'plus-1');
    expect(JSON.parse(record.body).Records[0].s3.object.key).toBe('incoming/2023+%E6%95%99%E8%82%B2+%E8%AE%B2%E8%AF%9D%E7%A8%BF%2B%E7%BB%88%E7%A8%BF.txt');
    const { handler } = handlerWith();
    expect((await handler(batch(record))).batchItemFailures).toEqual([]);
    expect(await outputKeys('2023 ')).toContain('2023 教育 讲话稿+终稿.json');
    const { got } = await read('2023 教育 讲话稿+终稿.clean.txt');
    expect(got.ContentDisposition).toContain("filename*=UTF-8''2023%20%E6%95%99%E8%82%B2%20%E8%AE%B2%E8%AF%9D%E7%A8%BF+%E7%BB%88%E7%A8%BF.clean.txt");
  });

  it('converts a source with a 240-CJK-character key, keeping output metadata under the 2 KB limit', async () => {
    // Folders of 60 characters each: s3rver stores keys as files, and one path segment may hold 255 bytes.
    const segment = '关于进一步加强和改进新时代教育工作的讲话'.repeat(3);
    const name = `${segment}/${segment}/${segment}/${segment}`;
    const key = `incoming/long/${name}.txt`;
    expect(encodeURIComponent(key).length).toBeGreaterThan(2048);
    await upload(key, TRANSCRIPT);
    const { handler } = handlerWith();
    expect((await handler(batch(s3NotificationRecord('in', key, 'long-1')))).batchItemFailures).toEqual([]);
    const { got } = await read(`long/${name}.json`);
    const stored = got.Metadata!['source-key']!;
    expect(key.startsWith(decodeURIComponent(stored))).toBe(true);
    expect(stored.length).toBeGreaterThan(100);
    // A duplicate delivery of the long key is recognised from the hash.
    const again = handlerWith();
    await again.handler(batch(s3NotificationRecord('in', key)));
    expect(puts(again.sent)).toEqual([]);
  });

  it("skips S3's test event and keys outside the input prefix without failing or writing", async () => {
    await upload('elsewhere/x.txt', TRANSCRIPT);
    const { handler, sent } = handlerWith();
    const result = await handler(batch(sqsRecord(S3_TEST_EVENT, 't-1'), s3NotificationRecord('in', 'elsewhere/x.txt', 't-2')));
    expect(result.batchItemFailures).toEqual([]);
    expect(puts(sent)).toEqual([]);
    expect(converted).toBe(0);
  });

  it('reports a message that is not an S3 notification as a failure, with its reason, so it ends in the DLQ for inspection', async () => {
    const errors: [unknown, string][] = [];
    const handler = createHandler({ s3: s3.client, pipeline, config, logger, onRecordError: (error, record) => errors.push([error, record.messageId]) });
    expect((await handler(batch(sqsRecord('{"hello":1}', 'junk-1')))).batchItemFailures).toEqual([{ itemIdentifier: 'junk-1' }]);
    expect(errors).toEqual([[expect.objectContaining({ name: 'UnrecognisedMessageError', message: expect.stringContaining('junk-1') }), 'junk-1']]);
  });
});

describe('at-least-once delivery', () => {
  it('does no work for a duplicate of the same source version and leaves the outputs byte-identical', async () => {
    await upload('incoming/dup/讲话.txt', TRANSCRIPT);
    const first = handlerWith();
    await first.handler(batch(s3NotificationRecord('in', 'incoming/dup/讲话.txt')));
    const before = await Promise.all((await outputKeys('dup/')).map(async (k) => [k, Buffer.from((await read(k)).bytes)] as const));
    expect(converted).toBe(1);

    const again = handlerWith();
    const result = await again.handler(batch(s3NotificationRecord('in', 'incoming/dup/讲话.txt'), s3NotificationRecord('in', 'incoming/dup/讲话.txt')));
    expect(result.batchItemFailures).toEqual([]);
    expect(converted).toBe(1);
    expect(puts(again.sent)).toEqual([]);
    expect(again.sent.filter((c) => c.name === 'GetObjectCommand')).toEqual([]);
    for (const [key, bytes] of before) expect(Buffer.from((await read(key)).bytes).equals(bytes)).toBe(true);
  });

  it('acknowledges a source deleted before delivery (404 on HeadObject) without writing anything', async () => {
    const { handler, sent } = handlerWith();
    expect((await handler(batch(s3NotificationRecord('in', 'incoming/gone/讲话.txt', 'gone-1')))).batchItemFailures).toEqual([]);
    expect(puts(sent)).toEqual([]);
    expect(converted).toBe(0);
  });

  it('converts again when the same key is uploaded with new content', async () => {
    await upload('incoming/v/讲话.txt', TRANSCRIPT);
    const { handler } = handlerWith();
    await handler(batch(s3NotificationRecord('in', 'incoming/v/讲话.txt')));
    await upload('incoming/v/讲话.txt', TRANSCRIPT + '\n三、加强组织领导\n各级党委要高度重视教育工作。');
    await handler(batch(s3NotificationRecord('in', 'incoming/v/讲话.txt')));
    expect(converted).toBe(2);
    expect(new TextDecoder().decode((await read('v/讲话.clean.txt')).bytes)).toContain('各级党委要高度重视教育工作。');
  });
});

describe('bad input ends as <stem>.error.json, acknowledged, never retried', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const cases: [string, string, Uint8Array][] = [
    ['empty', 'empty-input', new Uint8Array()],
    ['png', 'binary-input', png],
    ['broken-bom', 'bad-encoding', new Uint8Array([0xef, 0xbb, 0xbf, 0xe8, 0xae, 0x28, 0xff])],
  ];
  it.each(cases)('%s → %s', async (name, code, body) => {
    await upload(`incoming/bad/${name}.txt`, body);
    const { handler } = handlerWith();
    expect((await handler(batch(s3NotificationRecord('in', `incoming/bad/${name}.txt`)))).batchItemFailures).toEqual([]);
    expect(await outputKeys(`bad/${name}.`)).toEqual([`bad/${name}.error.json`]);
    const report = JSON.parse(new TextDecoder().decode((await read(`bad/${name}.error.json`)).bytes));
    expect(report.code).toBe(code);
    expect(report.message).toEqual(expect.any(String));
  });

  it('refuses an oversize upload from HeadObject alone, without downloading it', async () => {
    await upload('incoming/bad/big.txt', TRANSCRIPT);
    const { handler, sent } = handlerWith(undefined, { maxBytes: 100 });
    expect((await handler(batch(s3NotificationRecord('in', 'incoming/bad/big.txt')))).batchItemFailures).toEqual([]);
    expect(sent.filter((c) => c.name === 'GetObjectCommand')).toEqual([]);
    expect(JSON.parse(new TextDecoder().decode((await read('bad/big.error.json')).bytes)).code).toBe('too-large');
    expect(converted).toBe(0);
  });
});

describe('sources whose outputs would share names', () => {
  it.each(['a.zh-Hant', 'a.zh-hans', 'a.error', 'a.clean'])('refuses %s.txt with a report naming the reason, and leaves a.txt\'s outputs alone', async (stem) => {
    const dir = `r-${stem}`;
    await upload(`incoming/${dir}/a.txt`, TRANSCRIPT);
    await upload(`incoming/${dir}/${stem}.txt`, TRANSCRIPT);
    const { handler } = handlerWith();
    await handler(batch(s3NotificationRecord('in', `incoming/${dir}/a.txt`)));
    const before = await outputKeys(`${dir}/`);
    expect((await handler(batch(s3NotificationRecord('in', `incoming/${dir}/${stem}.txt`)))).batchItemFailures).toEqual([]);
    expect(converted).toBe(1);
    expect(await outputKeys(`${dir}/`)).toEqual([...before, `${dir}/${stem}.error.json`].sort());
    const report = JSON.parse(new TextDecoder().decode((await read(`${dir}/${stem}.error.json`)).bytes));
    expect(report.code).toBe('reserved-name');
    expect(report.message).toContain('a.txt');
  });
});

describe('bad input, continued', () => {
  it('converts a source refused as too large once the limit is raised, though the source is unchanged', async () => {
    await upload('incoming/grow/讲话.txt', TRANSCRIPT);
    await handlerWith(undefined, { maxBytes: 100 }).handler(batch(s3NotificationRecord('in', 'incoming/grow/讲话.txt')));
    expect(await outputKeys('grow/')).toEqual(['grow/讲话.error.json']);
    const raised = handlerWith();
    expect((await raised.handler(batch(s3NotificationRecord('in', 'incoming/grow/讲话.txt')))).batchItemFailures).toEqual([]);
    expect(converted).toBe(1);
    expect(await outputKeys('grow/')).toContain('grow/讲话.json');
  });
});

describe('transient failures', () => {
  it('a failed output write leaves no manifest and reports only that record; the redelivery completes the set', async () => {
    await upload('incoming/t/讲话.txt', TRANSCRIPT);
    await upload('incoming/t/other.txt', TRANSCRIPT);
    let failures = 1;
    const failing = handlerWith((c) => c.name === 'PutObjectCommand' && c.input.Key === 't/讲话.clean.txt' && failures-- > 0);
    const result = await failing.handler(batch(s3NotificationRecord('in', 'incoming/t/讲话.txt', 'fail-1'), s3NotificationRecord('in', 'incoming/t/other.txt', 'fine-1')));
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'fail-1' }]);
    expect(await outputKeys('t/讲话.')).not.toContain('t/讲话.json');
    expect(await outputKeys('t/other.')).toContain('t/other.json');

    const retry = await failing.handler(batch(s3NotificationRecord('in', 'incoming/t/讲话.txt', 'fail-1')));
    expect(retry.batchItemFailures).toEqual([]);
    const expected = (await convert(new TextEncoder().encode(TRANSCRIPT), { sourceName: '讲话.txt', traditional: config.traditional })).files.map((f) => `t/${f.name}`);
    expect(await outputKeys('t/讲话.')).toEqual(expected.sort());
  });

  it('never modifies or deletes the source object', async () => {
    await upload('incoming/s/讲话.txt', TRANSCRIPT);
    const { handler, sent } = handlerWith();
    await handler(batch(s3NotificationRecord('in', 'incoming/s/讲话.txt')));
    const writesToInput = sent.filter((c) => c.input.Bucket === 'in' && !['HeadObjectCommand', 'GetObjectCommand'].includes(c.name));
    expect(writesToInput).toEqual([]);
  });
});
