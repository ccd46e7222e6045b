// The published @types/s3rver is incomplete (no event emitter, `configs` required); this covers what we use.
declare module 's3rver' {
  import type { EventEmitter } from 'node:events';
  import type { IncomingMessage, ServerResponse } from 'node:http';
  import type { AddressInfo } from 'node:net';
  import type { S3Event } from 'aws-lambda';

  interface S3rverOptions {
    address?: string;
    port?: number;
    silent?: boolean;
    directory?: string;
    resetOnClose?: boolean;
    allowMismatchedSignatures?: boolean;
    vhostBuckets?: boolean;
    configureBuckets?: { name: string; configs?: (string | Buffer)[] }[];
  }

  class S3rver extends EventEmitter {
    constructor(options?: S3rverOptions);
    run(): Promise<AddressInfo>;
    /** Creates the configured buckets (documented; `run` calls it before listening). */
    configureBuckets(): Promise<void>;
    /** Undocumented: the filesystem store, wrapped by filesystem-store.ts (adaptStore). */
    readonly store: unknown;
    /** The request listener for `http.createServer` (documented, alias `getMiddleware`). */
    callback(): (request: IncomingMessage, response: ServerResponse) => void;
    close(): Promise<void>;
    on(event: 'event', listener: (event: S3Event) => void): this;
    on(event: string, listener: (...args: unknown[]) => void): this;
  }
  export = S3rver;
}

// s3rver's S3 error (code → status table, XML body); thrown from the store bounds (store-bounds.ts).
declare module 's3rver/lib/models/error' {
  class S3Error extends Error {
    constructor(code: string, message?: string, detail?: Record<string, string>);
  }
  export = S3Error;
}
