import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import type { HandlerConfig } from '../handler/config';
import { outputKeyOverLimit, reportPlace } from '../handler/key-length';
import { deliveredSpelling, encodeEventKey, locateUpload, outputKey } from '../handler/object-keys';
import { madeFrom, type SourceIdentity } from '../handler/output-headers';
import { uploadVariant, versionFor } from '../handler/upload-variant';
import { headOrNull } from '../handler/head-or-null';

export interface ReconcileTarget {
  readonly s3: S3Client;
  readonly inputBucket: string;
  readonly config: HandlerConfig;
  /** The handler's pipeline version: outputs stamped with another one are not current. */
  readonly pipelineVersion: string;
}

/** An upload to queue again: its key and size (the handler sizes its time budget by it). */
export interface UnsettledUpload {
  readonly key: string;
  readonly size: number;
}

/** HEAD requests in flight at once while reconciling (s3rver answers each from disk in about a millisecond). */
const PARALLEL_HEADS = 8;


/** Every key in the input bucket the notification delivers (under the prefix, a `.txt` or `.TXT` name). */
async function uploadKeys(target: ReconcileTarget): Promise<string[]> {
  const keys: string[] = [];
  let token: string | undefined;
  do {
    const page = await target.s3.send(new ListObjectsV2Command({ Bucket: target.inputBucket, Prefix: target.config.inputPrefix, ContinuationToken: token }));
    for (const object of page.Contents ?? []) if (locateUpload(object.Key!, target.config.inputPrefix) !== null && deliveredSpelling(object.Key!)) keys.push(object.Key!);
    token = page.IsTruncated === true ? page.NextContinuationToken : undefined;
  } while (token !== undefined);
  return keys;
}

/**
 * The upload, unless the object is gone or its current version already has its outputs, by the handler's own test: a
 * manifest or error report whose metadata names this key, ETag and version stamp (madeFrom, with the
 * stamp the handler computes from the object's variant metadata). The handler checks again when it
 * runs, so a key wrongly thought unsettled costs a skipped delivery, never a second conversion.
 */
async function unsettled(target: ReconcileTarget, key: string): Promise<UnsettledUpload | null> {
  const { s3, config } = target;
  const head = await headOrNull(s3, target.inputBucket, key);
  if (head === null) return null;
  const location = locateUpload(key, config.inputPrefix)!;
  const source: SourceIdentity = {
    key,
    eTag: head.ETag ?? '',
    ...(head.VersionId !== undefined && head.VersionId !== 'null' ? { versionId: head.VersionId } : {}),
  };
  const version = versionFor(uploadVariant(head.Metadata, config.traditional), target.pipelineVersion);
  // The handler's markers, and the report a refusal puts beside another source's names (`a.TXT.error.json`).
  const names = [`${location.stem}.json`, `${location.stem}.error.json`, `${location.fileName}.error.json`];
  // A key whose documents' keys would pass S3's limit has only its refusal report, where the handler put it
  // (the other names may be too long to even ask for).
  const place = reportPlace(config.outputPrefix, location.relativeDir, location.fileName);
  const markerKeys =
    outputKeyOverLimit(config.outputPrefix, location) !== null
      ? [`${config.outputPrefix}${place.dir}${place.name}.error.json`]
      : names.map((name) => outputKey(config.outputPrefix, location, name));
  for (const markerKey of markerKeys) {
    const marker = await headOrNull(s3, config.outputBucket, markerKey);
    if (madeFrom(marker?.Metadata, source, version, config.maxBytes)) return null;
  }
  return { key, size: head.ContentLength ?? 0 };
}

/**
 * The uploads in the input bucket whose current version has no current outputs: accepted before an
 * earlier run was stopped (or killed) and never converted, or converted by an older pipeline version.
 * s3rver keeps no event queue across restarts, so these are queued again at start.
 */
export async function unsettledUploads(target: ReconcileTarget): Promise<UnsettledUpload[]> {
  const keys = await uploadKeys(target);
  const found: UnsettledUpload[] = [];
  for (let i = 0; i < keys.length; i += PARALLEL_HEADS) {
    const states = await Promise.all(keys.slice(i, i + PARALLEL_HEADS).map((key) => unsettled(target, key)));
    for (const upload of states) if (upload !== null) found.push(upload);
  }
  return found;
}

/** The SQS message body S3's notification would have carried for this upload. */
export function reconcileMessage(bucket: string, upload: UnsettledUpload): string {
  return JSON.stringify({
    Records: [
      {
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: 'us-east-1',
        eventTime: new Date().toISOString(),
        eventName: 'ObjectCreated:Put',
        s3: { s3SchemaVersion: '1.0', bucket: { name: bucket, arn: `arn:aws:s3:::${bucket}` }, object: { key: encodeEventKey(upload.key), size: upload.size } },
      },
    ],
  });
}
