import type { S3Event, SQSRecord } from 'aws-lambda';
import { UnrecognisedMessageError } from './errors';
import { decodeEventKey } from './object-keys';

/** An object-created notification, key already decoded. */
export interface CreatedObject {
  readonly bucket: string;
  readonly key: string;
  /** Quoted, as HeadObject and listings give it (notifications leave the quotes off): one spelling everywhere, events included. */
  readonly eTag?: string;
  readonly sequencer?: string;
  /** Bytes, as the notification announced them (sizes the time a record needs before it is read). */
  readonly size?: number;
}


interface S3TestEvent {
  readonly Event: 's3:TestEvent';
}

function isTestEvent(body: unknown): body is S3TestEvent {
  return typeof body === 'object' && body !== null && (body as { Event?: unknown }).Event === 's3:TestEvent';
}

function isS3Event(body: unknown): body is S3Event {
  return typeof body === 'object' && body !== null && Array.isArray((body as { Records?: unknown }).Records);
}

/** `abc` → `"abc"`; an ETag already quoted stays as it is. */
export function quotedETag(eTag: string): string {
  return eTag.startsWith('"') ? eTag : `"${eTag}"`;
}

/**
 * The created objects announced by one SQS message. S3's `s3:TestEvent` (sent when the notification
 * is configured) yields none; deletions and other event kinds are ignored.
 */
export function createdObjects(record: Pick<SQSRecord, 'body' | 'messageId'>): CreatedObject[] {
  let body: unknown;
  try {
    body = JSON.parse(record.body);
  } catch {
    throw new UnrecognisedMessageError(`message ${record.messageId} is not JSON`);
  }
  if (isTestEvent(body)) return [];
  if (!isS3Event(body)) throw new UnrecognisedMessageError(`message ${record.messageId} is not an S3 event notification`);
  return body.Records.filter((r) => r.eventSource === 'aws:s3' && r.eventName.startsWith('ObjectCreated')).map((r) => ({
    bucket: r.s3.bucket.name,
    key: decodeEventKey(r.s3.object.key),
    ...(r.s3.object.eTag !== undefined ? { eTag: quotedETag(r.s3.object.eTag) } : {}),
    ...(r.s3.object.sequencer !== undefined ? { sequencer: r.s3.object.sequencer } : {}),
    ...(typeof r.s3.object.size === 'number' ? { size: r.s3.object.size } : {}),
  }));
}
