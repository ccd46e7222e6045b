import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PageConfig } from '../web/api/contract';
import { MAX_REQUEST_BODY, type ApiRequest, type ApiResponse } from '../web/api/web-api';
import { buildPage, type PageFiles } from '../web/build-page';
import { contentSecurityPolicy } from '../web/security-headers';
import { loopbackHosts } from './browser-guard';

/** The one user of the local page: its uploads go to `incoming/local/`, its outputs to `local/`. */
export const LOCAL_USER = 'local';

export interface WebServerOptions {
  /** 0 picks a free port. */
  readonly port: number;
}

export interface WebServerTarget {
  readonly api: (request: ApiRequest) => Promise<ApiResponse>;
  readonly pageConfig: PageConfig;
  /** Origins the page may fetch from besides its own (the local S3 server). */
  readonly connectSources: readonly string[];
}

export interface WebServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** Every origin a browser may use for the page (127.0.0.1 and localhost), for the buckets' CORS rules. */
  readonly origins: readonly string[];
  readonly port: number;
  /** Starts answering with the page and the API (before this, every request gets 503). */
  serve(target: WebServerTarget): void;
  close(): Promise<void>;
}

class BodyTooLarge extends Error {}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    // Past the limit the rest is read and dropped, so the client still gets its 413 instead of a reset.
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_REQUEST_BODY) chunks.push(chunk);
    });
    request.on('end', () => (size > MAX_REQUEST_BODY ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))));
    request.on('error', reject);
  });
}

/**
 * The page and its API on 127.0.0.1 only, with no sign-in: anyone who can reach this port is the
 * machine's own user. Requests naming another host (DNS rebinding from a web site) are refused.
 * Listens first (so the port is known for the buckets' CORS rules); `serve` connects the API later.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const page: PageFiles = await buildPage();
  let target: WebServerTarget | null = null;
  let allowedHosts: ReadonlySet<string> = new Set<string>();

  function send(response: ServerResponse, status: number, headers: Record<string, string>, body: string | Uint8Array): void {
    response.writeHead(status, {
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      ...(target !== null ? { 'content-security-policy': contentSecurityPolicy(target.connectSources) } : {}),
      ...headers,
    });
    response.end(body);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!allowedHosts.has(request.headers.host ?? '')) return send(response, 421, { 'content-type': 'text/plain' }, 'wrong host\n');
    if (target === null) return send(response, 503, { 'content-type': 'text/plain', 'retry-after': '1' }, 'starting\n');
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/')) {
      let body: string | undefined;
      try {
        body = request.method === 'POST' ? await readBody(request) : undefined;
      } catch (error) {
        if (error instanceof BodyTooLarge) return send(response, 413, { 'content-type': 'application/json' }, JSON.stringify({ error: { code: 'bad-request', message: 'the request body is too large' } }));
        throw error;
      }
      const answer = await target.api({ method: request.method ?? 'GET', path: url.pathname, body, userId: LOCAL_USER });
      return send(response, answer.status, answer.headers, answer.body);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, { 'content-type': 'text/plain' }, 'method not allowed\n');
    if (url.pathname === '/config.json') return send(response, 200, { 'content-type': 'application/json', 'cache-control': 'no-store' }, JSON.stringify(target.pageConfig));
    const file = page.get(url.pathname === '/' ? 'index.html' : url.pathname.slice(1));
    if (file === undefined) return send(response, 404, { 'content-type': 'text/plain' }, 'not found\n');
    return send(response, 200, { 'content-type': file.contentType, 'cache-control': 'no-cache' }, request.method === 'HEAD' ? '' : file.body);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, { 'content-type': 'text/plain' }, `internal error: ${(error as Error).message}\n`);
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  allowedHosts = loopbackHosts(port);
  return {
    origin: `http://127.0.0.1:${port}`,
    origins: [`http://127.0.0.1:${port}`, `http://localhost:${port}`],
    port,
    serve(next) {
      target = next;
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
