import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, ListObjectsV2Command, PutObjectCommand, type S3ServiceException } from '@aws-sdk/client-s3';
import { Logger } from '@aws-lambda-powertools/logger';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { HandlerConfig } from '../../lambdas/handler/config';
import { createHandler, type HandlerDeps } from '../../lambdas/handler/create-handler';
import type { Pipeline } from '../../lambdas/handler/types';
import { convert, errorReportFile, PIPELINE_VERSION } from '../../lambdas/pipeline';
import { faultyClient, type SentCommand } from '../support/s3rver-faults';
import { startTestS3 } from '../support/s3rver';

/** A short speech with a title, salutation and two headings: converts in ~100 ms. */
export const TRANSCRIPT = [
  '在全市教育工作会议上的讲话',
  '同志们：',
  '今天我们召开全市教育工作会议，主要任务是总结过去一年的工作，部署今年的重点任务。',
  '一、充分肯定过去一年取得的成绩',
  '过去一年，全市教育系统坚持立德树人，各项工作取得了新的进展。',
  '二、明确今年的重点任务',
  '今年要把握好三个方面。一是推进义务教育优质均衡发展。二是加强教师队伍建设。',
].join('\n');

export const BASE_CONFIG: HandlerConfig = { outputBucket: 'out', inputPrefix: 'incoming/', outputPrefix: '', maxBytes: 5 * 1024 * 1024, traditional: false };

/**
 * A real s3rver (buckets `in` and `out`) for one test file, and the handler wired to it through a
 * client that records every command and fails only those a test chooses.
 */
export function handlerHarness() {
  let s3: Awaited<ReturnType<typeof startTestS3>>;
  beforeAll(async () => {
    s3 = await startTestS3(['in', 'out']);
  });
  afterAll(async () => s3?.stop());

  const counts = { converted: 0 };
  beforeEach(() => {
    counts.converted = 0;
  });
  const pipeline: Pipeline = {
    convert: async (bytes, options) => {
      counts.converted++;
      return convert(bytes, options);
    },
    errorReportFile,
    version: PIPELINE_VERSION,
  };
  const logger = new Logger({ logLevel: 'SILENT' });

  return {
    counts,
    pipeline,
    client: () => s3.client,
    handlerWith(failWhen?: (c: SentCommand) => boolean | S3ServiceException, overrides: Partial<HandlerConfig> = {}, deps: Partial<HandlerDeps> = {}) {
      const faulty = faultyClient(s3.client, failWhen);
      return { handler: createHandler({ s3: faulty.client, pipeline, config: { ...BASE_CONFIG, ...overrides }, logger, ...deps }), sent: faulty.sent };
    },
    upload: (key: string, body: string | Uint8Array, metadata?: Record<string, string>) =>
      s3.client.send(new PutObjectCommand({ Bucket: 'in', Key: key, Body: body, ...(metadata !== undefined ? { Metadata: metadata } : {}) })),
    headSource: (key: string) => s3.client.send(new HeadObjectCommand({ Bucket: 'in', Key: key })),
    remove: (key: string) => s3.client.send(new DeleteObjectCommand({ Bucket: 'in', Key: key })),
    outputKeys: async (prefix: string) =>
      ((await s3.client.send(new ListObjectsV2Command({ Bucket: 'out', Prefix: prefix }))).Contents ?? []).map((o) => o.Key!).sort(),
    readJson: async (key: string) => {
      const got = await s3.client.send(new GetObjectCommand({ Bucket: 'out', Key: key }));
      return JSON.parse(await got.Body!.transformToString('utf-8')) as Record<string, unknown>;
    },
    /** An output as GetObject answers it (headers, metadata) and its bytes. */
    readOutput: async (key: string) => {
      const got = await s3.client.send(new GetObjectCommand({ Bucket: 'out', Key: key }));
      return { got, bytes: Buffer.from(await got.Body!.transformToByteArray()) };
    },
    readBytes: async (key: string) => Buffer.from(await (await s3.client.send(new GetObjectCommand({ Bucket: 'out', Key: key }))).Body!.transformToByteArray()),
  };
}

/** Keys of the objects a run wrote (PutObject). */
export const puts = (sent: SentCommand[]) => sent.filter((c) => c.name === 'PutObjectCommand').map((c) => c.input.Key!);
