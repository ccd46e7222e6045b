import { headOrNull } from './head-or-null';
import { outputKeyOverLimit } from './key-length';
import { markersOf } from './markers';
import { locateUpload, unsafeSegment } from './object-keys';
import { sourceKeyHash } from './output-headers';
import { putBesideSource } from './output-writes';
import { reportFile } from './refusals';
import { reservedEnding } from './reserved-stems';
import type { CreatedObject } from './s3-events';
import type { UploadDeps } from './types';
import type { Upload } from './upload';

/**
 * `<stem>.error.json` with code `internal-error`, for an upload SQS is about to dead-letter: the user
 * learns the document will not come. Stamped so it never counts as done: a redrive from the DLQ
 * converts again (and retires this report first). Null when the key has no report of its own
 * (outside the prefix, refused names) or the source is gone.
 */
export async function reportGivenUp(object: CreatedObject, deps: UploadDeps, message: string): Promise<string | null> {
  const location = locateUpload(object.key, deps.config.inputPrefix);
  if (location === null || unsafeSegment(location) !== null || outputKeyOverLimit(deps.config.outputPrefix, location) !== null || reservedEnding(location.stem) !== null) return null;
  const head = await headOrNull(deps.s3, object.bucket, object.key);
  if (head === null) return null;
  const upload: Upload = { deps, sourceBucket: object.bucket, location, source: { key: object.key, eTag: head.ETag ?? '' }, version: `${deps.pipeline.version}/given-up` };
  // Never over another source's names (a.TXT failing beside a.txt).
  const markers = await markersOf(upload);
  if (markers.present.some((m) => m.metadata?.['source-key-sha256'] !== sourceKeyHash(object.key))) return null;
  return putBesideSource(upload, reportFile(`${location.stem}.error.json`, 'internal-error', message));
}
