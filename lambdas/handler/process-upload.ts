import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { ConversionResult, ConvertOptions, OutputFile } from '../pipeline';
import { InputRejectedError, type RejectionCode } from '../pipeline/errors';
import { isNotFound, isPreconditionFailed } from './errors';
import { keyTooLongMessage, outputKeyOverLimit, reportPlace } from './key-length';
import { locateUpload, outputKey, safeRelativeDir, unsafeSegment, type UploadLocation } from './object-keys';
import { contentDisposition, madeFrom, outputMetadata, sourceKeyHash, type SourceIdentity } from './output-headers';
import { reportFile } from './refusals';
import { reservedEnding, reservedNameMessage } from './reserved-stems';
import type { CreatedObject } from './s3-events';
import type { UploadDeps, UploadOutcome, UploadRefusalCode } from './types';
import { uploadVariant, versionFor } from './upload-variant';
import { headOrNull } from './head-or-null';

// Existing imports keep working: the shapes live in types.ts.
export type { Pipeline, UploadDeps, UploadOutcome } from './types';


/** One upload being settled: where it is, which version, and the stamp its outputs carry. */
interface Upload {
  readonly deps: UploadDeps;
  readonly sourceBucket: string;
  readonly location: UploadLocation;
  readonly source: SourceIdentity;
  readonly version: string;
}

interface Markers {
  /** The manifest or error report already made from this very source version, if any. */
  readonly done: string | null;
  /** Manifest and error-report keys present now, with their metadata, from whatever source made them. */
  readonly present: ReadonlyArray<{ readonly key: string; readonly metadata: Record<string, string> | undefined }>;
}

/** What an earlier delivery, an earlier version, or another source with the same stem left: S3 delivers at least once. */
async function markersOf(upload: Upload): Promise<Markers> {
  const { deps, location, source, version } = upload;
  const candidates = [`${location.stem}.json`, `${location.stem}.error.json`].map((name) => outputKey(deps.config.outputPrefix, location, name));
  const heads = await Promise.all(candidates.map((key) => headOrNull(deps.s3, deps.config.outputBucket, key)));
  const index = heads.findIndex((head) => madeFrom(head?.Metadata, source, version, deps.config.maxBytes));
  return {
    done: index >= 0 ? candidates[index]! : null,
    present: candidates.flatMap((key, i) => (heads[i] === null ? [] : [{ key, metadata: heads[i]!.Metadata }])),
  };
}

/** Every spelling of `.txt` that locateUpload accepts: sources that share a stem differ only in these. */
const TXT_SPELLINGS = ['t', 'T'].flatMap((a) => ['x', 'X'].flatMap((b) => ['t', 'T'].map((c) => `.${a}${b}${c}`)));

/**
 * Another source that still exists and whose outputs hold this upload's names (`a.txt` when `a.TXT`
 * arrives: both write `a.json`, `a.pdf`…), or null. Outputs of a source since deleted may be taken over.
 */
async function otherOwner(upload: Upload, markers: Markers): Promise<string | null> {
  const { deps, location, source } = upload;
  const own = sourceKeyHash(source.key);
  const owners = new Set(markers.present.map((m) => m.metadata?.['source-key-sha256']).filter((h): h is string => h !== undefined && h !== own));
  if (owners.size === 0) return null;
  const base = `${deps.config.inputPrefix}${location.relativeDir}${location.stem}`;
  for (const key of TXT_SPELLINGS.map((ext) => base + ext)) {
    if (key === source.key || !owners.has(sourceKeyHash(key))) continue;
    if ((await headOrNull(deps.s3, upload.sourceBucket, key)) !== null) return key;
  }
  return null;
}

/**
 * Removes the markers an earlier version left before this version writes anything: while the new set is
 * being written (or if writing fails half-way) no manifest claims a mix of old and new documents, and an
 * old error report never sits beside a new conversion. The output bucket is versioned, so nothing is lost.
 */
async function retireMarkers(upload: Upload, markers: Markers): Promise<void> {
  for (const { key } of markers.present) await upload.deps.s3.send(new DeleteObjectCommand({ Bucket: upload.deps.config.outputBucket, Key: key }));
}

async function putOutput(upload: Upload, key: string, file: OutputFile, limitBytes?: number): Promise<string> {
  const { deps, source, version } = upload;
  await deps.s3.send(
    new PutObjectCommand({
      Bucket: deps.config.outputBucket,
      Key: key,
      Body: file.body,
      ContentLength: file.body.byteLength,
      ContentType: file.contentType,
      ContentDisposition: contentDisposition(file.name),
      Metadata: outputMetadata(source, version, limitBytes),
    }),
  );
  return key;
}

const putBesideSource = (upload: Upload, file: OutputFile, limitBytes?: number) =>
  putOutput(upload, outputKey(upload.deps.config.outputPrefix, upload.location, file.name), file, limitBytes);

/** The ETag of the version judged, when known (a refused key is never read: then the notification's, if any). */
const judgedETag = (upload: Upload) => (upload.source.eTag !== '' ? { sourceETag: upload.source.eTag } : {});

function rejected(upload: Upload, code: RejectionCode | UploadRefusalCode, message: string, reportKey: string): UploadOutcome {
  return { kind: 'rejected', sourceKey: upload.source.key, ...judgedETag(upload), code, message, reportKey };
}

/** A refusal reported as `<stem>.error.json`, the name every rejection of this source uses. */
async function refuse(upload: Upload, code: UploadRefusalCode, message: string): Promise<UploadOutcome> {
  return rejected(upload, code, message, await putBesideSource(upload, reportFile(`${upload.location.stem}.error.json`, code, message)));
}

/**
 * A refusal whose usual report name is not this upload's to use (it belongs to another source, the
 * key's folder cannot be mirrored, or the key is too long): `<file name>.error.json` in `dir`, or,
 * should another source's object sit there, a name with a hash of this key in it, so no one else's
 * file is ever overwritten. A name or folder too long for S3's key limit is shortened (key-length.ts).
 */
async function refuseAside(upload: Upload, dir: string, code: UploadRefusalCode, message: string): Promise<UploadOutcome> {
  const { deps, location, source } = upload;
  const own = sourceKeyHash(source.key);
  const place = reportPlace(deps.config.outputPrefix, dir, location.fileName);
  const keyOf = (name: string) => `${deps.config.outputPrefix}${place.dir}${name}`;
  let name = `${place.name}.error.json`;
  const there = await headOrNull(deps.s3, deps.config.outputBucket, keyOf(name));
  if (there !== null && there.Metadata?.['source-key-sha256'] !== own) name = `${place.name}.${own.slice(0, 16)}.error.json`;
  return rejected(upload, code, message, await putOutput(upload, keyOf(name), reportFile(name, code, message)));
}

/**
 * Null when the source is still the version that was read; otherwise the outcome that writes nothing.
 * A newer upload that arrived while this one converted has its own event, which may even have
 * finished already: writing now would put the older version's documents over the newer ones.
 */
async function replacedMeanwhile(upload: Upload, readETag: string | undefined): Promise<UploadOutcome | null> {
  const { deps } = upload;
  const now = await headOrNull(deps.s3, upload.sourceBucket, upload.source.key);
  if (now === null) return { kind: 'ignored', sourceKey: upload.source.key, reason: 'source-gone' };
  // The same bytes uploaded again with another variant have the same ETag but other outputs: the stamp tells.
  const nowVersion = versionFor(uploadVariant(now.Metadata, deps.config.traditional), deps.pipeline.version);
  return now.ETag === readETag && nowVersion === upload.version ? null : { kind: 'ignored', sourceKey: upload.source.key, reason: 'superseded' };
}

/**
 * Converts one uploaded transcript and writes its outputs, the manifest last as the commit marker:
 * a reader that sees the manifest can rely on every other output being there.
 * Throws only for failures worth retrying (S3 errors, internal bugs); refusals of the input end as
 * `.error.json` reports. The source object is only ever read. Refusals that depend on the name alone
 * come before anything an earlier upload left is touched.
 */
export async function processUpload(object: CreatedObject, deps: UploadDeps): Promise<UploadOutcome> {
  const { s3, config, pipeline } = deps;
  const location = locateUpload(object.key, config.inputPrefix);
  if (location === null) return { kind: 'ignored', sourceKey: object.key, reason: 'outside-prefix' };

  // Keys refused by their name alone are not even read: the source is known by the notification's ETag.
  const unread: Upload = { deps, sourceBucket: object.bucket, location, source: { key: object.key, eTag: object.eTag ?? '' }, version: pipeline.version };
  // A key with `.`, `..` or empty segments: its folders cannot be mirrored.
  const badSegment = unsafeSegment(location);
  if (badSegment !== null) {
    const shown = badSegment === '' ? 'an empty folder name (//)' : `a "${badSegment}" folder`;
    const message = `the key "${object.key}" has ${shown}; such keys resolve to other places when downloaded. Upload it under a plain folder path.`;
    return refuseAside(unread, safeRelativeDir(location), 'bad-key', message);
  }

  // A key whose outputs' keys would pass S3's 1024 bytes: every write would fail, and SQS retry it until dead-lettered.
  const longest = outputKeyOverLimit(config.outputPrefix, location);
  if (longest !== null) return refuseAside(unread, location.relativeDir, 'name-too-long', keyTooLongMessage(object.key, longest));

  const head = await headOrNull(s3, object.bucket, object.key);
  if (head === null) return { kind: 'ignored', sourceKey: object.key, reason: 'source-gone' };
  const source: SourceIdentity = {
    key: object.key,
    eTag: head.ETag ?? '',
    ...(head.VersionId !== undefined && head.VersionId !== 'null' ? { versionId: head.VersionId } : {}),
  };
  const variant = uploadVariant(head.Metadata, config.traditional);
  const upload: Upload = { deps, sourceBucket: object.bucket, location, source, version: versionFor(variant, pipeline.version) };

  // Before any marker is looked at or retired: `a.error.txt`'s markers would be `a.txt`'s error report.
  const ending = reservedEnding(location.stem);
  if (ending !== null) return refuse(upload, 'reserved-name', reservedNameMessage(location.stem, location.fileName, ending));

  const markers = await markersOf(upload);
  const owner = await otherOwner(upload, markers);
  if (owner !== null) {
    const first = owner.slice(owner.lastIndexOf('/') + 1);
    const message = `"${location.fileName}" would write the same output names as "${first}" in the same folder, which was uploaded first. Rename one of them, or delete "${first}" and upload this file again.`;
    return refuseAside(upload, location.relativeDir, 'name-taken', message);
  }
  if (markers.done !== null) return { kind: 'already-done', sourceKey: object.key, key: markers.done };
  await retireMarkers(upload, markers);

  if (variant.kind === 'invalid') return refuse(upload, 'bad-variant', variant.message);

  const size = head.ContentLength ?? 0;
  if (size > config.maxBytes) {
    const error = new InputRejectedError('too-large', `the upload is ${size} bytes; the limit is ${config.maxBytes} bytes`);
    // The limit travels with the report: raising it later makes a redelivery convert instead of skipping.
    return rejected(upload, error.code, error.message, await putBesideSource(upload, pipeline.errorReportFile(location.stem, error), config.maxBytes));
  }

  // Read exactly the bytes that were checked: a newer upload of the key has its own event and converts itself.
  let bytes: Uint8Array;
  try {
    const got = await s3.send(new GetObjectCommand({ Bucket: object.bucket, Key: object.key, IfMatch: head.ETag }));
    bytes = got.Body === undefined ? new Uint8Array() : await got.Body.transformToByteArray();
  } catch (error) {
    if (isPreconditionFailed(error) || isNotFound(error)) return { kind: 'ignored', sourceKey: object.key, reason: 'superseded' };
    throw error;
  }

  const options: ConvertOptions = {
    sourceName: location.fileName,
    maxBytes: config.maxBytes,
    traditional: variant.kind === 'chosen' ? variant.traditional : config.traditional,
  };
  let result: ConversionResult;
  try {
    result = await pipeline.convert(bytes, options);
  } catch (error) {
    if (!(error instanceof InputRejectedError)) throw error;
    const stale = await replacedMeanwhile(upload, head.ETag);
    if (stale !== null) return stale;
    const limitBytes = error.code === 'too-large' ? config.maxBytes : undefined;
    return rejected(upload, error.code, error.message, await putBesideSource(upload, pipeline.errorReportFile(location.stem, error), limitBytes));
  }
  const stale = await replacedMeanwhile(upload, head.ETag);
  if (stale !== null) return stale;

  const manifest = result.files.at(-1)!;
  const keys = await Promise.all(result.files.slice(0, -1).map((file) => putBesideSource(upload, file)));
  const manifestKey = await putBesideSource(upload, manifest);
  return {
    kind: 'converted',
    sourceKey: object.key,
    ...judgedETag(upload),
    keys: [...keys, manifestKey],
    manifestKey,
    pages: result.manifest.editions[0]?.pages ?? 0,
    warnings: result.manifest.warnings.map((w) => w.code),
  };
}

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
