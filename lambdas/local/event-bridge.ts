import type { S3Event, S3EventRecord } from 'aws-lambda';
import { encodeEventKey } from '../handler/object-keys';

export interface NotificationFilter {
  readonly bucket: string;
  readonly prefix: string;
  /** Compared without case: AWS's stack has one rule per spelling (`.txt`, `.TXT`), see docs/local.md. */
  readonly suffix: string;
}

/**
 * What the stack's bucket notification would deliver for one s3rver event: null when AWS would not
 * notify (other bucket, outside prefix/suffix, not a creation), else the SQS message body with the
 * key encoded as AWS encodes it. s3rver has no notification configuration and sends raw keys.
 */
export function notificationBody(event: S3Event, filter: NotificationFilter): string | null {
  const records: S3EventRecord[] = event.Records.filter(
    (r) =>
      r.eventName.startsWith('ObjectCreated') &&
      r.s3.bucket.name === filter.bucket &&
      r.s3.object.key.startsWith(filter.prefix) &&
      r.s3.object.key.toLowerCase().endsWith(filter.suffix.toLowerCase()),
  ).map((r) => ({ ...r, eventVersion: '2.1', s3: { ...r.s3, object: { ...r.s3.object, key: encodeEventKey(r.s3.object.key) } } }));
  return records.length === 0 ? null : JSON.stringify({ Records: records });
}
