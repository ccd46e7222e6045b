import { CompleteMultipartUploadCommand, CreateMultipartUploadCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, UploadPartCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startLocalS3, type LocalS3 } from '../../../lambdas/local/local-s3';
import { canSlowDisk, slowDisk } from '../../support/slow-disk';

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

  it('a HEAD during a key\'s first upload finds no object, or the object with its ETag and headers (ETag and headers written slowly)', async () => {
    restore = slowDisk(dir, 300, 'etag-and-headers');
    const body = text(2000, '首');
    const ContentType = 'text/plain; charset=utf-8';
    let putDone = false;
    const put = s3.client.send(new PutObjectCommand({ Bucket: 'in', Key: 'first/a.txt', Body: body, ContentType })).finally(() => (putDone = true));
    const seen: { ETag?: string; ContentType?: string }[] = [];
    while (!putDone) {
      const head = await s3.client.send(new HeadObjectCommand({ Bucket: 'in', Key: 'first/a.txt' })).catch(() => null);
      if (head !== null) seen.push({ ETag: head.ETag, ContentType: head.ContentType });
    }
    await put;
    restore();
    const md5 = `"${createHash('md5').update(body).digest('hex')}"`;
    // Before the ETag was written ahead of the rename, HEADs in between got ETag "" (the ETag file half written) and no type.
    expect(seen.filter((h) => h.ETag !== md5 || h.ContentType !== ContentType)).toEqual([]);
    // A second upload of the key keeps its own ETag: no late ETag from a reader of the first lands over it.
    const second = text(500, '次');
    await s3.client.send(new PutObjectCommand({ Bucket: 'in', Key: 'first/a.txt', Body: second, ContentType }));
    expect((await s3.client.send(new HeadObjectCommand({ Bucket: 'in', Key: 'first/a.txt' }))).ETag).toBe(`"${createHash('md5').update(second).digest('hex')}"`);
    expect((await read('first/a.txt')).equals(second)).toBe(true);
  });
});

describe('a PUT whose connection is cut', () => {
  const partials = (path: string): string[] =>
    readdirSync(path, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? partials(join(path, e.name)) : e.name.endsWith('.partial') ? [e.name] : []));

  it('(at 5 KB of a declared 100 KB) keeps the earlier object, sends no event and leaves no partial file', async () => {
    const earlier = text(1000, '旧');
    await s3.client.send(new PutObjectCommand({ Bucket: 'in', Key: 'cut/a.txt', Body: earlier }));
    const events: string[] = [];
    s3.onObjectEvent((event) => event.Records.forEach((r) => events.push(r.s3.object.key)));
    const url = new URL(await getSignedUrl(s3.client, new PutObjectCommand({ Bucket: 'in', Key: 'cut/a.txt' }), { expiresIn: 60 }));
    const request = httpRequest(url, { method: 'PUT', headers: { 'content-length': 100 * 1024 } });
    const answered = new Promise<void>((resolve) => {
      request.on('error', () => resolve());
      request.on('response', () => resolve());
    });
    request.write(Buffer.alloc(5 * 1024, 'x'));
    // The server is writing the body beside the object: cut the connection there.
    await expect.poll(() => partials(join(dir, 'in', 'cut')).length, { timeout: 10_000 }).toBe(1);
    request.destroy();
    await answered;
    await expect.poll(() => partials(join(dir, 'in', 'cut')), { timeout: 10_000 }).toEqual([]);
    expect((await read('cut/a.txt')).equals(earlier)).toBe(true);
    expect(events).toEqual([]);
  });
});
