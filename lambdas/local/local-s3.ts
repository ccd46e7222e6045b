import type { S3Event } from 'aws-lambda';
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import S3rver from 's3rver';
import { browserRefusal, loopbackHosts, type BrowserGuard } from './browser-guard';
import { requestRefusal, s3ErrorXml, type NameRoom, type S3Refusal } from './key-guard';
import { adaptStore } from './s3rver/filesystem-store';
import { createS3Client } from '../handler/s3-client';
import type { S3Client } from '@aws-sdk/client-s3';

/**
 * s3rver 3.7.1 as the local S3: the most used S3-protocol server on npm that emits S3 event
 * notifications, accepts any SigV4 signature (only the access key must be `S3RVER`) and stores on
 * disk so data survives restarts. Its maintained fork `@20minutes/s3rver` rejects signatures the
 * current SDK computes for ListObjectsV2 and 5.x needs Node 24, so we stay on the original,
 * with the SDK's WHEN_REQUIRED checksum settings that it needs.
 */
export const LOCAL_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;
export const LOCAL_REGION = 'us-east-1';

export interface LocalS3Options {
  readonly directory: string;
  readonly buckets: readonly string[];
  /** Bucket configuration documents (S3 XML, e.g. CORS) by bucket name, applied at every start. */
  readonly bucketConfigs?: Readonly<Record<string, readonly string[]>>;
  /** 0 picks a free port. */
  readonly port?: number;
  /** Bytes the last segment of a key must leave free (none by default). */
  readonly nameRoom?: NameRoom;
  /**
   * Browser origins the buckets' CORS rules allow (the local page): the guard's own refusals carry
   * `Access-Control-Allow-Origin` for them, as S3's errors do, so a page can read the refusal
   * instead of seeing only a network error.
   */
  readonly corsOrigins?: readonly string[];
}

export interface LocalS3 {
  readonly endpoint: string;
  readonly port: number;
  /** A client for this server with the settings the handler uses. */
  readonly client: S3Client;
  onObjectEvent(listener: (event: S3Event) => void): void;
  close(): Promise<void>;
}

/** Answers a request the store must not see with S3's error document; the body is read and dropped. */
function refuse(request: IncomingMessage, response: ServerResponse, refusal: S3Refusal, corsOrigins: readonly string[]): void {
  request.resume();
  const requestId = randomBytes(8).toString('hex').toUpperCase();
  const body = request.method === 'HEAD' ? '' : s3ErrorXml(refusal, (request.url ?? '/').split('?')[0]!, requestId);
  const origin = request.headers.origin;
  const cors = origin !== undefined && corsOrigins.includes(origin) ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {};
  response.writeHead(refusal.status, { 'content-type': 'application/xml', 'x-amz-request-id': requestId, 'content-length': Buffer.byteLength(body), ...cors });
  response.end(body);
}

/**
 * Starts the server on 127.0.0.1 only: nothing is exposed beyond this machine. Every request passes
 * the browser guard (browser-guard.ts: only loopback `Host`s, no other web origin, no form uploads)
 * and the key guard (key-guard.ts: no key maps outside `directory` or past a file name's length).
 */
export async function startLocalS3(options: LocalS3Options): Promise<LocalS3> {
  const server = new S3rver({
    silent: true,
    directory: options.directory,
    // Path-style addressing only (all our clients use it): no bucket is taken from the Host header.
    vhostBuckets: false,
    configureBuckets: options.buckets.map((name) => ({ name, configs: [...(options.bucketConfigs?.[name] ?? [])] })),
  });
  adaptStore(server);
  await server.configureBuckets();
  // s3rver's documented request callback behind our own HTTP server, so the guard answers first.
  const s3rverCallback = server.callback();
  // The hosts are known once the port is: until then nothing is answered.
  let guard: BrowserGuard = { hosts: new Set(), origins: options.corsOrigins ?? [] };
  const http = createServer((request, response) => {
    // Web sites first (browser-guard.ts): a DNS-rebinding page, another origin, a cross-site form upload.
    // A CORS preflight reads only the bucket's CORS rule (the store bounds still check the bucket), never
    // the key: it passes the key guard, so the browser sends the request itself and can read the refusal.
    const refusal =
      browserRefusal(request.method ?? 'GET', request.headers, guard) ??
      (request.method === 'OPTIONS' ? null : requestRefusal(request.url ?? '/', request.headers, options.nameRoom));
    if (refusal !== null) return refuse(request, response, refusal, options.corsOrigins ?? []);
    return s3rverCallback(request, response);
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port ?? 0, '127.0.0.1', () => {
      http.off('error', reject);
      resolve();
    });
  });
  const address = http.address() as AddressInfo;
  guard = { ...guard, hosts: loopbackHosts(address.port) };
  const endpoint = `http://127.0.0.1:${address.port}`;
  // s3rver's filesystem store occasionally answers a burst of parallel requests with a 500
  // InternalError; the SDK retries those, and a few more attempts than AWS needs absorb it.
  const client = createS3Client({ endpoint, region: LOCAL_REGION, credentials: { ...LOCAL_CREDENTIALS }, maxAttempts: 6 });
  return {
    endpoint,
    port: address.port,
    client,
    onObjectEvent: (listener) => void server.on('event', listener),
    close: async () => {
      client.destroy();
      await new Promise<void>((resolve, reject) => http.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
