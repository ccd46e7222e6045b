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

/** What one SQS message announces: the created objects, and why any of its records could not be read. */
export interface Notification {
  readonly objects: CreatedObject[];
  /** One reason per record that is not a readable S3 record: no retry makes it readable (create-handler sets the message aside). */
  readonly malformed: readonly string[];
}

/**
 * One record of an S3 event: the created object, null for a record that announces nothing to convert
 * (a deletion, another service's record), or the reason it cannot be read.
 */
function readRecord(record: unknown, index: number): CreatedObject | null | string {
  if (typeof record !== 'object' || record === null) return `record ${index} is not an object`;
  const { eventSource, eventName, s3 } = record as { eventSource?: unknown; eventName?: unknown; s3?: { bucket?: { name?: unknown }; object?: Record<string, unknown> } };
  if (typeof eventSource === 'string' && eventSource !== 'aws:s3') return null;
  if (eventSource === undefined) return `record ${index} has no eventSource`;
  if (typeof eventName !== 'string') return `record ${index} has no eventName`;
  if (!eventName.startsWith('ObjectCreated')) return null;
  const bucket = s3?.bucket?.name;
  const object = s3?.object;
  if (typeof bucket !== 'string' || bucket === '') return `record ${index} (${eventName}) has no bucket name`;
  if (typeof object?.['key'] !== 'string' || object['key'] === '') return `record ${index} (${eventName}) has no object key`;
  let key: string;
  try {
    key = decodeEventKey(object['key']);
  } catch {
    return `record ${index} (${eventName}) has a key that is not percent-encoded UTF-8`;
  }
  const { eTag, sequencer, size } = object;
  return {
    bucket,
    key,
    ...(typeof eTag === 'string' ? { eTag: quotedETag(eTag) } : {}),
    ...(typeof sequencer === 'string' ? { sequencer } : {}),
    ...(typeof size === 'number' ? { size } : {}),
  };
}

/**
 * What one SQS message announces. S3's `s3:TestEvent` (sent when the notification is configured) announces
 * nothing; deletions and other event kinds are ignored. A body that is not JSON or not an S3 event throws
 * UnrecognisedMessageError; a record inside an S3 event that cannot be read is listed in `malformed`.
 */
export function readNotification(record: Pick<SQSRecord, 'body' | 'messageId'>): Notification {
  let body: unknown;
  try {
    body = JSON.parse(record.body);
  } catch {
    throw new UnrecognisedMessageError(`message ${record.messageId} is not JSON`);
  }
  if (isTestEvent(body)) return { objects: [], malformed: [] };
  if (!isS3Event(body)) throw new UnrecognisedMessageError(`message ${record.messageId} is not an S3 event notification`);
  const objects: CreatedObject[] = [];
  const malformed: string[] = [];
  body.Records.forEach((r: unknown, index) => {
    const read = readRecord(r, index);
    if (typeof read === 'string') malformed.push(`message ${record.messageId}: ${read}`);
    else if (read !== null) objects.push(read);
  });
  return { objects, malformed };
}

/** The created objects one SQS message announces (its unreadable records left out); throws as readNotification does. */
export function createdObjects(record: Pick<SQSRecord, 'body' | 'messageId'>): CreatedObject[] {
  return readNotification(record).objects;
}
