import type { S3Event } from 'aws-lambda';
import S3rver from 's3rver';
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
}

export interface LocalS3 {
  readonly endpoint: string;
  readonly port: number;
  /** A client for this server with the settings the handler uses. */
  readonly client: S3Client;
  onObjectEvent(listener: (event: S3Event) => void): void;
  close(): Promise<void>;
}

/** Starts the server on 127.0.0.1 only: nothing is exposed beyond this machine. */
export async function startLocalS3(options: LocalS3Options): Promise<LocalS3> {
  const server = new S3rver({
    address: '127.0.0.1',
    port: options.port ?? 0,
    silent: true,
    directory: options.directory,
    configureBuckets: options.buckets.map((name) => ({ name, configs: [...(options.bucketConfigs?.[name] ?? [])] })),
  });
  const address = await server.run();
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
      await server.close();
    },
  };
}
