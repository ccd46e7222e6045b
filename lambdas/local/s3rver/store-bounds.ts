import S3Error from 's3rver/lib/models/error';
import { keyRefusal } from '../key-guard';
import type { FilesystemStore } from './filesystem-store';

/**
 * The key guard again, where s3rver's store maps names to paths: requests whose bodies name keys
 * (multi-object deletes, browser form uploads) pass the HTTP guard unread, and must not reach the
 * file system either. A refusal is thrown as s3rver's own S3 error, so the client gets it as XML.
 */
export function boundStore(store: Pick<FilesystemStore, 'getBucketPath' | 'getResourcePath'>): void {
  const bucketPath = store.getBucketPath.bind(store);
  const resourcePath = store.getResourcePath.bind(store);
  const check = (bucket: string, key: string) => {
    const refusal = keyRefusal(bucket, key);
    if (refusal !== null) throw new S3Error(refusal.code, refusal.message);
  };
  store.getBucketPath = (bucket) => {
    check(bucket, '');
    return bucketPath(bucket);
  };
  store.getResourcePath = (bucket, key, resource) => {
    check(bucket, key ?? '');
    return resourcePath(bucket, key, resource);
  };
}
