import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalS3, type LocalS3 } from '../../lambdas/local/local-s3';
import { BUCKET_CORS, corsXml } from '../../lambdas/web/bucket-cors';

const PAGE = 'http://127.0.0.1:5999';
let dir: string;
let s3: LocalS3;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'speech-press-local-s3-'));
  s3 = await startLocalS3({ directory: dir, buckets: ['in'], port: 0, corsOrigins: [PAGE], bucketConfigs: { in: [corsXml(BUCKET_CORS.input, [PAGE])] } });
});
afterAll(async () => {
  await s3?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the key guard\'s refusals, seen from the page\'s origin', () => {
  // Too long for one file name of the store: refused by the guard, not by s3rver.
  const url = () => `${s3.endpoint}/in/incoming/local/${encodeURIComponent('讲'.repeat(90))}.txt`;

  it('answer the CORS preflight as the bucket\'s rule does, so the browser sends the request', async () => {
    const preflight = await fetch(url(), { method: 'OPTIONS', headers: { origin: PAGE, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'content-type' } });
    expect(preflight.status).toBe(200);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('PUT');
  });

  it('carry Access-Control-Allow-Origin for the page (not for other origins), so it can read the 400 instead of a network error', async () => {
    const put = (origin: string) => fetch(url(), { method: 'PUT', headers: { origin, 'content-type': 'text/plain', authorization: 'AWS S3RVER:x' }, body: '讲话' });
    const refused = await put(PAGE);
    expect(refused.status).toBe(400);
    expect(refused.headers.get('access-control-allow-origin')).toBe(PAGE);
    expect(await refused.text()).toContain('<Code>KeyTooLongError</Code>');
    // Another origin is refused before the key is looked at (browser-guard.test.ts).
    const elsewhere = await put('http://evil.example');
    expect(elsewhere.status).toBe(403);
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull();
  });
});
