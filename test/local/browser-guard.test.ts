import { GetObjectCommand, ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalS3, type LocalS3 } from '../../lambdas/local/local-s3';
import { BUCKET_CORS, corsXml } from '../../lambdas/web/bucket-cors';
import { presigningClient, sdkPresigner } from '../../lambdas/web/api/presigner';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../lambdas/local/local-s3';

// The local page's origin (the buckets' CORS rule and the guard allow it) and a web site's.
const PAGE = 'http://127.0.0.1:5999';
const ATTACKER = 'http://attacker.example';
let dir: string;
let s3: LocalS3;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'speech-press-browser-guard-'));
  s3 = await startLocalS3({ directory: dir, buckets: ['in'], port: 0, corsOrigins: [PAGE], bucketConfigs: { in: [corsXml(BUCKET_CORS.input, [PAGE])] } });
  await s3.client.send(new PutObjectCommand({ Bucket: 'in', Key: 'tiny.txt', Body: '原文' }));
});
afterAll(async () => {
  await s3?.close();
  rmSync(dir, { recursive: true, force: true });
});

const stored = async (key: string) => {
  try {
    return await (await s3.client.send(new GetObjectCommand({ Bucket: 'in', Key: key }))).Body!.transformToString();
  } catch {
    return null;
  }
};

/** S3's browser upload: the form a web site can post cross-origin without a CORS preflight. */
function formUpload(key: string, headers: Record<string, string>) {
  const form = new FormData();
  form.set('key', key);
  form.set('file', new Blob(['伪造']), 'fake.txt');
  return fetch(`${s3.endpoint}/in`, { method: 'POST', headers, body: form });
}

/** A GET with a chosen Host header (fetch would not send one), as a DNS-rebinding page's request arrives. */
function getWithHost(path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: s3.port, path, headers: { host } }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('web sites cannot reach the local S3 server through the browser', () => {
  it('refuses a cross-site form upload: the object is not replaced and no new one is stored', async () => {
    const replace = await formUpload('tiny.txt', { origin: ATTACKER });
    expect(replace.status).toBe(403);
    expect(await replace.text()).toContain('<Code>AccessDenied</Code>');
    const add = await formUpload('incoming/evil-post.txt', { origin: ATTACKER });
    expect(add.status).toBe(403);
    expect(await stored('tiny.txt')).toBe('原文');
    expect(await stored('incoming/evil-post.txt')).toBeNull();
  });

  it('refuses form uploads even without an Origin (nothing of ours uses them)', async () => {
    const response = await formUpload('incoming/evil-post.txt', {});
    expect(response.status).toBe(403);
    expect(await stored('incoming/evil-post.txt')).toBeNull();
  });

  it('refuses any request with a web origin other than the page\'s, preflights included', async () => {
    const put = await fetch(`${s3.endpoint}/in/tiny.txt`, { method: 'PUT', headers: { origin: ATTACKER, authorization: 'AWS S3RVER:x' }, body: '伪造' });
    expect(put.status).toBe(403);
    expect(put.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${s3.endpoint}/in/tiny.txt`, { method: 'OPTIONS', headers: { origin: ATTACKER, 'access-control-request-method': 'PUT' } });
    expect(preflight.status).toBe(403);
    const nullOrigin = await fetch(`${s3.endpoint}/in/tiny.txt`, { headers: { origin: 'null' } });
    expect(nullOrigin.status).toBe(403);
    expect(await stored('tiny.txt')).toBe('原文');
  });

  it('answers a DNS-rebinding page (a Host other than loopback) with 421, listing and reading nothing', async () => {
    for (const path of ['/in', '/in/tiny.txt']) {
      const answer = await getWithHost(path, `attacker.example:${s3.port}`);
      expect(answer.status).toBe(421);
      expect(answer.body).not.toContain('tiny.txt</Key>');
      expect(answer.body).not.toContain('原文');
    }
    expect((await getWithHost('/in/tiny.txt', `127.0.0.1:${s3.port + 1}`)).status).toBe(421);
  });

  it('still serves the SDK and the CLI (no Origin, a loopback Host) and the page\'s own presigned PUTs', async () => {
    expect((await getWithHost('/in/tiny.txt', `localhost:${s3.port}`)).body).toBe('原文');
    const listed = await s3.client.send(new ListObjectsV2Command({ Bucket: 'in' }));
    expect(listed.Contents?.map((object) => object.Key)).toContain('tiny.txt');
    const body = Buffer.from('讲话');
    const presigner = sdkPresigner(presigningClient({ endpoint: s3.endpoint, region: LOCAL_REGION, credentials: { ...LOCAL_CREDENTIALS } }));
    const signed = await presigner.put('in', 'incoming/local/page.txt', { size: body.length, contentType: 'text/plain', metadata: {} }, 60);
    const fromPage = await fetch(signed.url, { method: 'PUT', headers: { ...signed.headers, origin: PAGE }, body });
    expect(fromPage.status).toBe(200);
    expect(fromPage.headers.get('access-control-allow-origin')).toBe(PAGE);
    expect(await stored('incoming/local/page.txt')).toBe('讲话');
  });
});
