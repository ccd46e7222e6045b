import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_BUCKETS, startLocalStack, type LocalStack } from '../lambdas/local/local-stack';
import { localWebTarget } from '../lambdas/local/local-web';
import { startWebServer, type WebServer } from '../lambdas/local/web-server';
import { convert, errorReportFile, outputsVersion } from '../lambdas/pipeline';

let web: WebServer;
let stack: LocalStack;
let dataDir: string;
let servedBeforeTarget: number;

/** A raw request, so the Host header can be anything (fetch always sends the URL's host). */
function get(path: string, headers: Record<string, string> = {}, method = 'GET', body?: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: web.port, path, method, headers: { host: `127.0.0.1:${web.port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'speech-press-web-server-'));
  web = await startWebServer({ port: 0 });
  servedBeforeTarget = (await get('/')).status;
  stack = await startLocalStack({ dataDir, port: 0, pipeline: { convert, errorReportFile, version: outputsVersion(undefined) }, corsOrigins: web.origins });
  web.serve(localWebTarget(stack));
});

afterAll(async () => {
  await web.close();
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('local web server', () => {
  it('listens on 127.0.0.1 only and answers 503 until the stack is connected', () => {
    expect(web.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(servedBeforeTarget).toBe(503);
  });

  it('serves the page with the security headers CloudFront sends', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<script type="module" src="app.js">');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain(`connect-src 'self' ${stack.endpoint}`);
    expect(csp).toContain("script-src 'self'");
    expect((await get('/app.js')).headers['content-type']).toMatch(/javascript/);
    expect((await get('/pdf.worker.min.mjs')).status).toBe(200);
    expect((await get('/nothing')).status).toBe(404);
  });

  it('tells the page there is no sign-in and which limit applies', async () => {
    expect(JSON.parse((await get('/config.json')).body)).toEqual({ apiBase: '', auth: null, maxBytes: 5 * 1024 * 1024, defaultVariant: 'tw' });
  });

  it('refuses other host names (DNS rebinding) and oversized API bodies', async () => {
    expect((await get('/', { host: 'evil.example:80' })).status).toBe(421);
    expect((await get('/', { host: `localhost:${web.port}` })).status).toBe(200);
    const big = await get('/api/uploads', { 'content-type': 'application/json' }, 'POST', 'x'.repeat(10_000));
    expect(big.status).toBe(413);
  });

  it('answers the API as the local user', async () => {
    const ticket = await get('/api/uploads', { 'content-type': 'application/json' }, 'POST', JSON.stringify({ name: '讲话.txt', size: 3 }));
    expect(ticket.status).toBe(200);
    expect(decodeURIComponent(new URL(JSON.parse(ticket.body).url).pathname)).toBe(`/${LOCAL_BUCKETS.input}/incoming/local/讲话.txt`);
    expect(JSON.parse((await get('/api/documents')).body)).toEqual({ documents: [], truncated: false });
  });

  it('lets only the page’s origin use the buckets from a browser (CORS preflight)', async () => {
    const preflight = (bucket: string, origin: string, method: string, headers: string) =>
      fetch(`${stack.endpoint}/${bucket}/incoming/local/a.txt`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': method, 'access-control-request-headers': headers } });
    expect((await preflight(LOCAL_BUCKETS.input, web.origin, 'PUT', 'content-type,x-amz-meta-variant')).status).toBe(200);
    expect((await preflight(LOCAL_BUCKETS.input, 'http://evil.example', 'PUT', 'content-type')).status).toBe(403);
    expect((await preflight(LOCAL_BUCKETS.input, web.origin, 'DELETE', '')).status).toBe(403);
    expect((await preflight(LOCAL_BUCKETS.output, web.origin, 'PUT', 'content-type')).status).toBe(403);
  });
});
