import { GetObjectCommand, PutObjectCommand, type PutObjectCommandInput, type PutObjectCommandOutput, type S3Client } from '@aws-sdk/client-s3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalS3, type LocalS3 } from '../../lambdas/local/local-s3';

/** A real s3rver on 127.0.0.1 (random port) in a temporary directory, removed by `stop`. */
export async function startTestS3(buckets: readonly string[]): Promise<LocalS3 & { stop(): Promise<void> }> {
  const directory = mkdtempSync(join(tmpdir(), 'speech-press-s3rver-'));
  const s3 = await startLocalS3({ directory, buckets, port: 0 });
  return {
    ...s3,
    async stop() {
      await s3.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/**
 * PutObject that returns once the object reads back whole. s3rver (3.7.1, stores/filesystem.js) answers a
 * PUT when the body has passed its hashing stream, before its file write stream has finished: a GET at once
 * after may read a truncated file (seen once in CI: a re-upload converted as empty and rejected). S3 itself
 * answers only once the object is stored, so waiting here makes the test see what S3 gives.
 */
export async function putSettled(client: S3Client, input: PutObjectCommandInput & { Body: string | Uint8Array }): Promise<PutObjectCommandOutput> {
  const put = await client.send(new PutObjectCommand(input));
  const expected = typeof input.Body === 'string' ? Buffer.from(input.Body, 'utf8') : Buffer.from(input.Body);
  for (let attempt = 0; attempt < 100; attempt++) {
    const got = await client.send(new GetObjectCommand({ Bucket: input.Bucket, Key: input.Key }));
    if (expected.equals(Buffer.from(await got.Body!.transformToByteArray()))) return put;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`s3rver never returned the bytes just put at ${input.Key}`);
}
