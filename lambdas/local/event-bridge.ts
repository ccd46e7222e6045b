import type { S3Event, S3EventRecord, SQSRecord } from 'aws-lambda';
import { deliveredSpelling, encodeEventKey, spellingAdvice } from '../handler/object-keys';
import { createdObjects } from '../handler/s3-events';

/** The stack's notification: ObjectCreated in `bucket` under `prefix`, one rule per delivered spelling (`.txt`, `.TXT`), as on AWS. */
export interface NotificationFilter {
  readonly bucket: string;
  readonly prefix: string;
}

/** An upload the notification does not deliver, and why, in words for the console. */
export interface IgnoredUpload {
  readonly bucket: string;
  readonly key: string;
  readonly reason: string;
}

/** Why AWS would not notify about this record (null: it would), or 'not-created' for deletes and the like. */
function skipReason(record: S3EventRecord, filter: NotificationFilter): string | null {
  if (!record.eventName.startsWith('ObjectCreated')) return 'not-created';
  const { bucket, object } = record.s3;
  const where = `${filter.bucket}/${filter.prefix}`;
  if (bucket.name !== filter.bucket) return `it went into the bucket ${bucket.name}, which is never converted (outputs must not start conversions); transcripts go under ${where}`;
  if (!object.key.startsWith(filter.prefix)) return `it is outside ${filter.prefix}; only uploads under ${where} are converted`;
  if (deliveredSpelling(object.key)) return null;
  return spellingAdvice(object.key) ?? 'it is not a .txt transcript; only .txt files are converted';
}

/**
 * What the stack's bucket notification would deliver for one s3rver event: null when AWS would not
 * notify (other bucket, outside prefix/suffix, not a creation), else the SQS message body with the
 * key encoded as AWS encodes it. s3rver has no notification configuration and sends raw keys.
 */
export function notificationBody(event: S3Event, filter: NotificationFilter): string | null {
  const records: S3EventRecord[] = event.Records.filter((r) => skipReason(r, filter) === null).map((r) => ({
    ...r,
    eventVersion: '2.1',
    s3: { ...r.s3, object: { ...r.s3.object, key: encodeEventKey(r.s3.object.key) } },
  }));
  return records.length === 0 ? null : JSON.stringify({ Records: records });
}

/** The uploads (object creations) in an s3rver event that the notification leaves out, each with its reason. */
export function ignoredUploads(event: S3Event, filter: NotificationFilter): IgnoredUpload[] {
  return event.Records.flatMap((r) => {
    const reason = skipReason(r, filter);
    return reason === null || reason === 'not-created' ? [] : [{ bucket: r.s3.bucket.name, key: r.s3.object.key, reason }];
  });
}

/** The keys a queued notification announces (none for a body that is not one). */
export function keysOfMessage(record: Pick<SQSRecord, 'body' | 'messageId'>): string[] {
  try {
    return createdObjects(record).map((o) => o.key);
  } catch {
    return [];
  }
}
