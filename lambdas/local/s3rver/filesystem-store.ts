import type S3rver from 's3rver';
import type { Readable } from 'node:stream';
import { boundStore } from './store-bounds';
import { settleWrites } from './store-writes';

/** What s3rver's filesystem store hands to putObject: the request body (a stream) or bytes, and its headers. */
export interface StoredObject {
  readonly bucket: string;
  readonly key: string;
  readonly content: Readable | Buffer;
  readonly metadata: Record<string, string>;
}

/**
 * The parts of s3rver 3.7.1's filesystem store (lib/stores/filesystem.js, undocumented) that we wrap:
 * where it turns names into paths, and where it writes an object or a part of a multipart upload.
 * This folder is the one place that knows them; the rest of the local stack uses s3rver's documented API.
 */
export interface FilesystemStore {
  getBucketPath(bucket: string): string;
  getResourcePath(bucket: string, key: string | undefined, resource: string): string;
  putMetadata(bucket: string, key: string, metadata: Record<string, string>, md5: string): Promise<void>;
  putObject(object: StoredObject): Promise<{ size: number; md5: string }>;
  putPart(bucket: string, uploadId: string, partNumber: number, content: Readable): Promise<{ size: number; md5: string }>;
}

/** Makes the server's store refuse keys the guard refuses (store-bounds.ts) and store each object whole before answering (store-writes.ts). */
export function adaptStore(server: S3rver): void {
  const store = server.store as FilesystemStore;
  boundStore(store);
  settleWrites(store);
}
