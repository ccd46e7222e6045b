import { CopyObjectCommand, DeleteObjectsCommand, GetObjectCommand, PutObjectCommand, S3ServiceException } from '@aws-sdk/client-s3';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_BUCKETS, startLocalStack, type LocalStack } from '../../lambdas/local/local-stack';
import { convert, errorReportFile, PIPELINE_VERSION } from '../../lambdas/pipeline';
import { MAX_UPLOAD_NAME_BYTES } from '../../lambdas/settings/defaults';

const TRANSCRIPT = '在全市教育工作会议上的讲话\n同志们：\n今天我们召开全市教育工作会议。\n一、充分肯定成绩\n过去一年，各项工作取得了新的进展。\n';

// The data folder sits one level inside a temporary root, so a key that escapes it lands in the root, where the test looks.
let root: string;
let stack: LocalStack;
beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'speech-press-key-guard-'));
  mkdirSync(join(root, 'data'));
  stack = await startLocalStack({ dataDir: join(root, 'data'), port: 0, pipeline: { convert, errorReportFile, version: PIPELINE_VERSION } });
});
afterAll(async () => {
  await stack?.stop();
  rmSync(root, { recursive: true, force: true });
});

/** The S3 error a put gets, or null when it was stored. */
async function putError(key: string): Promise<S3ServiceException | null> {
  try {
    await stack.s3.send(new PutObjectCommand({ Bucket: LOCAL_BUCKETS.input, Key: key, Body: TRANSCRIPT }));
    return null;
  } catch (error) {
    if (error instanceof S3ServiceException) return error;
    throw error;
  }
}

/** A raw PUT, so the path reaches the server exactly as written (percent-encoded dots, no SDK normalisation). */
function rawPut(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: stack.port, path, method: 'PUT', headers: { authorization: 'AWS S3RVER:x', ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end('escaped');
  });
}

const outsideData = () => readdirSync(root).filter((name) => name !== 'data');

/** After each refusal the same server still stores and converts an ordinary upload. */
async function stillServing(name: string): Promise<void> {
  const result = await stack.upload(name, new TextEncoder().encode(TRANSCRIPT));
  expect(result.status).toBe('converted');
}

describe('keys that would leave the data folder', () => {
  it('refuses a key with ".." segments with an S3 error, writes nothing outside --data, keeps serving', async () => {
    const error = await putError('incoming/../../../escaped.txt');
    expect(error?.name).toBe('InvalidArgument');
    expect(error?.$metadata.httpStatusCode).toBe(400);
    expect(error?.message).toContain('".." segment');
    const encoded = await rawPut(`/${LOCAL_BUCKETS.input}/incoming/%2E%2E/%2e%2e/%2E%2E/raw-escaped.txt`);
    expect(encoded.status).toBe(400);
    expect(encoded.body).toContain('<Code>InvalidArgument</Code>');
    expect(await rawPut('/%2E%2E/bucket-escaped.txt')).toMatchObject({ status: 400, body: expect.stringContaining('<Code>InvalidBucketName</Code>') });
    expect(outsideData()).toEqual([]);
    await stillServing('after-dots.txt');
  });

  it('refuses a copy whose source has ".." segments (it would read files outside --data)', async () => {
    await expect(
      stack.s3.send(new CopyObjectCommand({ Bucket: LOCAL_BUCKETS.input, Key: 'incoming/copied.txt', CopySource: `${LOCAL_BUCKETS.input}/../../../etc/hostname` })),
    ).rejects.toMatchObject({ name: 'InvalidArgument' });
  });

  it('refuses keys named in a request body (multi-object delete) that would reach outside --data', async () => {
    // What s3rver would delete for the key `../../victim.txt`: a file beside the data folder.
    const victim = join(root, 'victim.txt._S3rver_object');
    writeFileSync(victim, 'not the server\'s');
    try {
      await expect(
        stack.s3.send(new DeleteObjectsCommand({ Bucket: LOCAL_BUCKETS.input, Delete: { Objects: [{ Key: '../../victim.txt' }, { Key: `${'长'.repeat(300)}.txt` }] } })),
      ).rejects.toBeInstanceOf(S3ServiceException);
      expect(existsSync(victim)).toBe(true);
    } finally {
      rmSync(victim);
    }
    await stillServing('after-delete.txt');
  });

  it('refuses "." and empty segments, which would store over another key', async () => {
    await stack.s3.send(new PutObjectCommand({ Bucket: LOCAL_BUCKETS.output, Key: 'kept/a.txt', Body: 'first' }));
    expect((await putError('kept/./a.txt'))?.name).toBe('InvalidArgument');
    expect((await putError('kept//a.txt'))?.name).toBe('InvalidArgument');
    const got = await stack.s3.send(new GetObjectCommand({ Bucket: LOCAL_BUCKETS.output, Key: 'kept/a.txt' }));
    expect(await got.Body!.transformToString()).toBe('first');
  });
});

describe('keys too long to store', () => {
  it('refuses a ~900-byte key as KeyTooLongError instead of crashing, and keeps serving', async () => {
    const error = await putError(`incoming/${'长'.repeat(300)}.txt`);
    expect(error?.name).toBe('KeyTooLongError');
    expect(error?.$metadata.httpStatusCode).toBe(400);
    // Over AWS's own 1024-byte limit too.
    expect((await putError(`incoming/${'a/'.repeat(520)}b.txt`))?.name).toBe('KeyTooLongError');
    await stillServing('after-long.txt');
  });

  it('keeps room in an upload\'s name for its outputs\' names: refused at upload, not dead-lettered after five conversions', async () => {
    // The shared limit (the web API's too): 65 CJK characters and `.txt`.
    const longestStem = Math.floor((MAX_UPLOAD_NAME_BYTES - '.txt'.length) / 3);
    // 222 bytes fit s3rver's 233, but `<stem>.zh-Hant.docx` would not.
    await expect(stack.upload(`${'讲'.repeat(74)}.txt`, new TextEncoder().encode(TRANSCRIPT))).rejects.toMatchObject({ name: 'KeyTooLongError', message: expect.stringContaining(`at most ${MAX_UPLOAD_NAME_BYTES}`) });
    await expect(stack.upload(`${'讲'.repeat(longestStem + 1)}.txt`, new TextEncoder().encode(TRANSCRIPT))).rejects.toMatchObject({ name: 'KeyTooLongError' });
    const longest = await stack.upload(`${'讲'.repeat(longestStem)}.txt`, new TextEncoder().encode(TRANSCRIPT));
    expect(longest.status).toBe('converted');
    expect(longest.status === 'converted' && longest.outputKeys).toContain(`${'讲'.repeat(longestStem)}.zh-Hant.docx`);
  });
});
