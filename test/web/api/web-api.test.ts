import { HeadObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentList, UploadTicket } from '../../../lambdas/web/api/contract';
import { presigningClient, sdkPresigner } from '../../../lambdas/web/api/presigner';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../lambdas/local/local-s3';
import { createWebApi, type ApiRequest, type WebApiConfig } from '../../../lambdas/web/api/web-api';
import { startTestS3 } from '../../support/s3rver';
import { sourceKeyHash } from '../../../lambdas/handler/output-headers';
import { MAX_UPLOAD_NAME_BYTES } from '../../../lambdas/settings/defaults';

const BUCKETS = { input: 'web-api-input', output: 'web-api-output' };
const CONFIG: WebApiConfig = {
  inputBucket: BUCKETS.input,
  outputBucket: BUCKETS.output,
  inputPrefix: 'incoming/',
  outputPrefix: '',
  maxBytes: 1000,
  staleAfterMs: 60_000,
  urlExpiresSeconds: 300,
};

let s3: Awaited<ReturnType<typeof startTestS3>>;
let api: ReturnType<typeof createWebApi>;
beforeAll(async () => {
  s3 = await startTestS3([BUCKETS.input, BUCKETS.output]);
  api = createWebApi({ s3: s3.client, presigner: sdkPresigner(presigningClient({ endpoint: s3.endpoint, region: LOCAL_REGION, credentials: { ...LOCAL_CREDENTIALS } })), config: CONFIG });
});
afterAll(() => s3.stop());

const asUser = (userId: string | undefined, request: Partial<ApiRequest>) => api({ method: 'GET', path: '/api/documents', body: undefined, userId, ...request });
const upload = (userId: string, body: unknown) => asUser(userId, { method: 'POST', path: '/api/uploads', body: typeof body === 'string' ? body : JSON.stringify(body) });

async function ticket(userId: string, body: unknown): Promise<UploadTicket> {
  const response = await upload(userId, body);
  expect(response.status, response.body).toBe(200);
  return JSON.parse(response.body) as UploadTicket;
}

async function documents(userId: string): Promise<DocumentList> {
  const response = await asUser(userId, {});
  expect(response.status).toBe(200);
  return JSON.parse(response.body) as DocumentList;
}

const keyOf = (url: string) => decodeURIComponent(new URL(url).pathname);

describe('presigned uploads', () => {
  it('go to the caller’s own folder, whatever the body says, and carry the chosen variant as signed metadata', async () => {
    const body = new TextEncoder().encode('讲话正文');
    const t = await ticket('alice', { name: '讲话.txt', size: body.byteLength, variant: 'hk', user: 'bob', key: 'incoming/bob/讲话.txt' });
    expect(keyOf(t.url)).toBe(`/${BUCKETS.input}/incoming/alice/讲话.txt`);
    const signed = new URL(t.url).searchParams.get('X-Amz-SignedHeaders')!.split(';');
    expect(signed).toEqual(expect.arrayContaining(['content-length', 'content-type', 'x-amz-meta-variant']));
    expect(t.headers['x-amz-meta-variant']).toBe('hk');

    const put = await fetch(t.url, { method: 'PUT', headers: t.headers, body });
    expect(put.status).toBe(200);
    const head = await s3.client.send(new HeadObjectCommand({ Bucket: BUCKETS.input, Key: 'incoming/alice/讲话.txt' }));
    expect(head.Metadata?.['variant']).toBe('hk');
    expect(head.ContentLength).toBe(body.byteLength);
  });

  it('refuse names that would leave the folder, and bad bodies, with a 4xx and a reason', async () => {
    const cases: [unknown, number, string][] = [
      [{ name: '../bob/x.txt', size: 1 }, 400, 'bad-name'],
      [{ name: 'bob/x.txt', size: 1 }, 400, 'bad-name'],
      [{ name: 'x.pdf', size: 1 }, 400, 'bad-name'],
      // JSON's "\ud800": half a surrogate pair, which no S3 key can hold (it was a 500 "URI malformed").
      ['{"name":"\\ud800.txt","size":100}', 400, 'bad-name'],
      [{ name: 'x.txt' }, 400, 'bad-request'],
      [{ name: 'x.txt', size: -1 }, 400, 'bad-request'],
      [{ name: 'x.txt', size: 1.5 }, 400, 'bad-request'],
      [{ name: 'x.txt', size: 1, variant: 'twp' }, 400, 'bad-variant'],
      ['not json', 400, 'bad-request'],
      ['[1]', 400, 'bad-request'],
      ['', 400, 'bad-request'],
      [JSON.stringify({ name: 'x.txt', size: 1, pad: 'x'.repeat(5000) }), 413, 'bad-request'],
    ];
    for (const [body, status, code] of cases) {
      const response = await upload('alice', body);
      expect([response.status, JSON.parse(response.body).error.code], JSON.stringify(body)).toEqual([status, code]);
    }
  });

  it('enforce the size limit: exactly the limit is signed, one byte more is refused', async () => {
    expect((await upload('alice', { name: 'big.txt', size: CONFIG.maxBytes })).status).toBe(200);
    const over = await upload('alice', { name: 'big.txt', size: CONFIG.maxBytes + 1 });
    expect(over.status).toBe(413);
    expect(JSON.parse(over.body).error).toEqual({ code: 'too-large', message: `the file is ${CONFIG.maxBytes + 1} bytes; the limit is ${CONFIG.maxBytes} bytes` });
  });

  it('refuse a name longer than the shared limit in UTF-8 bytes (name-too-long), and sign and store one of exactly the limit', async () => {
    const longest = `${'讲'.repeat(65)}.txt`;
    const over = await upload('alice', { name: `${'讲'.repeat(66)}.txt`, size: 1 });
    expect(over.status).toBe(400);
    expect(JSON.parse(over.body).error).toEqual({ code: 'name-too-long', message: expect.stringContaining(`the limit is ${MAX_UPLOAD_NAME_BYTES} bytes`) });
    // The old limit of 200 characters let this through, and the local S3 server then refused the upload itself.
    expect(JSON.parse((await upload('alice', { name: `${'讲'.repeat(200)}.txt`, size: 1 })).body).error.code).toBe('name-too-long');

    const body = new TextEncoder().encode('讲话');
    const t = await ticket('alice', { name: longest, size: body.byteLength });
    expect((await fetch(t.url, { method: 'PUT', headers: t.headers, body })).status).toBe(200);
  });

  it('refuse a name whose documents’ keys would pass S3’s 1024 bytes under a long output prefix, as the handler would', async () => {
    const outputPrefix = `${'o'.repeat(200)}/`.repeat(4);
    const longPrefixed = createWebApi({ s3: s3.client, presigner: sdkPresigner(presigningClient({ endpoint: s3.endpoint, region: LOCAL_REGION, credentials: { ...LOCAL_CREDENTIALS } })), config: { ...CONFIG, outputPrefix } });
    const ask = (name: string) => longPrefixed({ method: 'POST', path: '/api/uploads', body: JSON.stringify({ name, size: 1 }), userId: 'alice' });
    // 1024 − 804 (prefix) − 6 (alice/) − 28 (longest ending) leave 186 bytes for the name.
    expect((await ask(`${'a'.repeat(182)}.txt`)).status).toBe(200);
    const refused = await ask(`${'a'.repeat(183)}.txt`);
    expect(refused.status).toBe(400);
    expect(JSON.parse(refused.body).error).toEqual({ code: 'name-too-long', message: expect.stringContaining("would take 1025 bytes, over S3's limit of 1024") });
  });

  it('refuse a second spelling of an existing upload’s name (its outputs would have the same names)', async () => {
    await s3.client.send(new PutObjectCommand({ Bucket: BUCKETS.input, Key: 'incoming/frank/讲话.txt', Body: 'x' }));
    const clash = await upload('frank', { name: '讲话.TXT', size: 1 });
    expect([clash.status, JSON.parse(clash.body).error.code]).toEqual([409, 'name-taken']);
    expect((await upload('frank', { name: '讲话.txt', size: 1 })).status).toBe(200);
    expect((await upload('frank', { name: '讲话稿.TXT', size: 1 })).status).toBe(200);
    expect((await upload('grace', { name: '讲话.TXT', size: 1 })).status).toBe(200);
  });
});

describe('documents', () => {
  it('list only the caller’s own, and every download URL points into the caller’s folder', async () => {
    const put = (bucket: string, key: string, body = 'x') => s3.client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
    await put(BUCKETS.input, 'incoming/carol/甲.txt');
    await put(BUCKETS.output, 'carol/甲.pdf');
    await put(BUCKETS.output, 'carol/甲.json', '{}');
    await put(BUCKETS.input, 'incoming/dave/乙.txt');
    await put(BUCKETS.output, 'dave/乙.json', '{}');
    await put(BUCKETS.output, 'carol-not/丙.json', '{}');
    await put(BUCKETS.output, 'carol/sub/丁.json', '{}');
    await put(BUCKETS.output, '甲.json', '{}');

    const carol = await documents('carol');
    expect(carol.documents.map((d) => [d.name, d.status])).toEqual([['甲.txt', 'done']]);
    const urls = carol.documents.flatMap((d) => [...d.files.map((f) => f.url), d.manifestUrl!]);
    expect(urls.map(keyOf)).toEqual([`/${BUCKETS.output}/carol/甲.pdf`, `/${BUCKETS.output}/carol/甲.json`, `/${BUCKETS.output}/carol/甲.json`]);
    expect(await (await fetch(carol.documents[0]!.manifestUrl!)).text()).toBe('{}');
    expect((await documents('dave')).documents.map((d) => d.name)).toEqual(['乙.txt']);
    expect((await documents('erin')).documents).toEqual([]);
  });

  it('show an identical re-upload as done (the handler keeps its earlier outputs), a changed one as converting', async () => {
    const body = '讲话正文';
    await s3.client.send(new PutObjectCommand({ Bucket: BUCKETS.input, Key: 'incoming/heidi/讲话.txt', Body: body }));
    const source = await s3.client.send(new HeadObjectCommand({ Bucket: BUCKETS.input, Key: 'incoming/heidi/讲话.txt' }));
    const stamp = { 'source-key-sha256': sourceKeyHash('incoming/heidi/讲话.txt'), 'source-etag': source.ETag! };
    await s3.client.send(new PutObjectCommand({ Bucket: BUCKETS.output, Key: 'heidi/讲话.json', Body: '{}', Metadata: stamp }));
    await new Promise((r) => setTimeout(r, 1100));
    await s3.client.send(new PutObjectCommand({ Bucket: BUCKETS.input, Key: 'incoming/heidi/讲话.txt', Body: body }));
    expect((await documents('heidi')).documents.map((d) => d.status)).toEqual(['done']);
    await s3.client.send(new PutObjectCommand({ Bucket: BUCKETS.input, Key: 'incoming/heidi/讲话.txt', Body: body + '改' }));
    expect((await documents('heidi')).documents.map((d) => d.status)).toEqual(['converting']);
  });

  it('need a user id that cannot name another folder', async () => {
    for (const userId of [undefined, '', '..', 'a/b', '../carol', '*']) {
      const response = await asUser(userId, {});
      expect(response.status, String(userId)).toBe(401);
    }
  });

  it('answer 404/405 for other paths and methods', async () => {
    expect((await asUser('alice', { path: '/api/other' })).status).toBe(404);
    expect((await asUser('alice', { method: 'DELETE' })).status).toBe(405);
    expect((await asUser('alice', { method: 'GET', path: '/api/uploads' })).status).toBe(405);
  });
});
