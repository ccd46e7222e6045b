import { CompleteMultipartUploadCommand, CreateMultipartUploadCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, UploadPartCommand } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startLocalS3, type LocalS3 } from '../../lambdas/local/local-s3';
import { canSlowDisk, slowDisk } from '../support/slow-disk';

let dir: string;
let s3: LocalS3;
let restore = () => {};
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'speech-press-store-writes-'));
  s3 = await startLocalS3({ directory: dir, buckets: ['in'], port: 0 });
});
afterEach(() => restore());
afterAll(async () => {
  await s3?.close();
  rmSync(dir, { recursive: true, force: true });
});

const text = (n: number, fill: string) => Buffer.from(fill.repeat(n), 'utf8');
const read = async (key: string) => Buffer.from(await (await s3.client.send(new GetObjectCommand({ Bucket: 'in', Key: key }))).Body!.transformToByteArray());

describe.skipIf(!canSlowDisk('store-writes.test.ts'))('on a slow disk, an object is stored whole before s3rver answers', () => {
  it('a GET sent the moment its event fires reads the new object whole, not empty nor the older file', async () => {
    await s3.client.send(new PutObjectCommand({ Bucket: 'in', Key: 'event/a.txt', Body: text(4000, '旧') }));
    restore = slowDisk(dir, 300);
    const newer = text(1000, '新');
    const atEvent = new Promise<Buffer>((resolve) => s3.onObjectEvent((event) => {
      if (event.Records[0]?.s3.object.key === 'event/a.txt') resolve(read('event/a.txt'));
    }));
    await s3.client.send(new PutObjectCommand({ Bucket: 'in', Key: 'event/a.txt', Body: newer }));
    expect((await atEvent).equals(newer)).toBe(true);
  });

  it('a HEAD and a GET right after the PUT answers see its size and bytes', async () => {
    restore = slowDisk(dir, 300);
    const body = text(3000, '讲');
    await s3.client.send(new PutObjectCommand({ Bucket: 'in', Key: 'after/a.txt', Body: body }));
    expect((await s3.client.send(new HeadObjectCommand({ Bucket: 'in', Key: 'after/a.txt' }))).ContentLength).toBe(body.length);
    expect((await read('after/a.txt')).equals(body)).toBe(true);
  });

  it('a multipart upload completed as soon as its parts are answered holds every part', async () => {
    restore = slowDisk(dir, 300);
    // s3rver does not hold parts to S3's 5 MiB minimum.
    const parts = [text(20_000, 'a'), text(1000, 'b')];
    const { UploadId } = await s3.client.send(new CreateMultipartUploadCommand({ Bucket: 'in', Key: 'multi/a.txt' }));
    const done = [];
    for (const [i, body] of parts.entries()) {
      const { ETag } = await s3.client.send(new UploadPartCommand({ Bucket: 'in', Key: 'multi/a.txt', UploadId, PartNumber: i + 1, Body: body }));
      done.push({ ETag, PartNumber: i + 1 });
    }
    await s3.client.send(new CompleteMultipartUploadCommand({ Bucket: 'in', Key: 'multi/a.txt', UploadId, MultipartUpload: { Parts: done } }));
    expect((await read('multi/a.txt')).equals(Buffer.concat(parts))).toBe(true);
  });

  it('of PUTs of one key at once, the last leaves its bytes and its ETag together, as on S3', async () => {
    restore = slowDisk(dir, 30);
    for (let round = 0; round < 20; round++) {
      const bodies = Array.from({ length: 6 }, (_, i) => text(300 + i * 1000 + round, '讲话稿'[i % 3]!));
      await Promise.all(bodies.map((Body) => s3.client.send(new PutObjectCommand({ Bucket: 'in', Key: 'same/a.txt', Body }))));
      const head = await s3.client.send(new HeadObjectCommand({ Bucket: 'in', Key: 'same/a.txt' }));
      const bytes = await read('same/a.txt');
      expect(`"${createHash('md5').update(bytes).digest('hex')}"`, `round ${round}`).toBe(head.ETag);
      expect(bodies.some((body) => body.equals(bytes))).toBe(true);
    }
  });

  it('leaves no partial file behind', async () => {
    const leftovers = (path: string): string[] =>
      readdirSync(path, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? leftovers(join(path, e.name)) : e.name.endsWith('.partial') ? [e.name] : []));
    expect(leftovers(join(dir, 'in'))).toEqual([]);
  });
});
