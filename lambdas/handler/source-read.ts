import { GetObjectCommand, type HeadObjectCommandOutput, type S3Client } from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { setTimeout as timerSleep } from 'node:timers/promises';
import { IncompleteReadError, isNotFound, isPreconditionFailed } from './errors';
import { headOrNull } from './head-or-null';

/** Reads of one version before the record fails (and SQS tries it again later), with the waits between them. */
export const SOURCE_READ_WAITS_MS = [25, 100, 400] as const;

/**
 * The MD5 (hex) an ETag stands for, or null when it is not one: S3's ETag is the MD5 of the bytes for
 * a single-part upload stored plain or with SSE-S3, not for a multipart upload (`<hex>-<parts>`) nor
 * under SSE-KMS, DSSE-KMS or SSE-C.
 */
export function md5OfETag(head: Pick<HeadObjectCommandOutput, 'ETag' | 'ServerSideEncryption' | 'SSECustomerAlgorithm'>): string | null {
  const plain = head.ETag?.replace(/"/g, '') ?? '';
  if (!/^[0-9a-f]{32}$/i.test(plain)) return null;
  if (head.SSECustomerAlgorithm !== undefined) return null;
  if (head.ServerSideEncryption !== undefined && head.ServerSideEncryption !== 'AES256') return null;
  return plain.toLowerCase();
}

/** Why `bytes` are not the version HeadObject described (null: they are). */
function readMismatch(bytes: Uint8Array, head: Pick<HeadObjectCommandOutput, 'ETag' | 'ContentLength' | 'ServerSideEncryption' | 'SSECustomerAlgorithm'>): string | null {
  if (head.ContentLength !== undefined && bytes.length !== head.ContentLength) return `read ${bytes.length} of its ${head.ContentLength} bytes`;
  const md5 = md5OfETag(head);
  if (md5 !== null && createHash('md5').update(bytes).digest('hex') !== md5) return `read ${bytes.length} bytes whose MD5 is not its ETag ${head.ETag}`;
  return null;
}

/**
 * The bytes of exactly the version `head` describes (the one judged: its size checked, its ETag stamped
 * on the outputs), or null when a newer upload replaced it or it is gone: the newer version has its own
 * event. A read that is not that version whole (fewer bytes, or bytes whose MD5 is not the ETag) is never
 * converted: a half speech would be published as whole, an empty read rejected as empty and the earlier
 * documents retired with it. S3 answers only complete objects, so this guards against what a
 * stand-in store does (s3rver answers a PUT before its file is written, docs/local.md) and against
 * a body cut in transit. The read is tried again a few times, SOURCE_READ_WAITS_MS apart (waited with `sleep`),
 * then the record fails and SQS redelivers it.
 */
export async function readJudgedSource(
  s3: S3Client,
  bucket: string,
  key: string,
  head: HeadObjectCommandOutput,
  sleep: (ms: number) => Promise<void> = (ms) => timerSleep(ms),
): Promise<Uint8Array | null> {
  let mismatch = '';
  // The same ETag HEADed again: a store still writing the object may have given a partial length the first time.
  let expected = head;
  for (let attempt = 0; ; attempt++) {
    let bytes: Uint8Array;
    try {
      const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key, IfMatch: head.ETag }));
      bytes = got.Body === undefined ? new Uint8Array() : await got.Body.transformToByteArray();
    } catch (error) {
      if (isPreconditionFailed(error) || isNotFound(error)) return null;
      throw error;
    }
    const why = readMismatch(bytes, expected);
    if (why === null) return bytes;
    mismatch = why;
    // A store that ignores If-Match (s3rver) may have given a newer upload's bytes: that one converts itself.
    const now = await headOrNull(s3, bucket, key);
    if (now === null || now.ETag !== head.ETag) return null;
    expected = now;
    const wait = SOURCE_READ_WAITS_MS[attempt];
    if (wait === undefined) break;
    await sleep(wait);
  }
  throw new IncompleteReadError(`s3://${bucket}/${key}: ${mismatch}, on each of ${SOURCE_READ_WAITS_MS.length + 1} reads`);
}
