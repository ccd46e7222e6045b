import type { ConversionResult, ConvertOptions, OutputFile } from '../pipeline';
import { InputRejectedError, type RejectionCode } from '../pipeline/errors';
import { headOrNull } from './head-or-null';
import { keyTooLongMessage, outputKeyOverLimit } from './key-length';
import { markersOf, retireMarkers } from './markers';
import { nameClaims } from './name-owner';
import { baseName, locateUpload, safeRelativeDir, unsafeSegment } from './object-keys';
import { sourceIdentityOf } from './output-headers';
import { putBesideSource } from './output-writes';
import { judgedETag, putReport, refuse, refuseAside, rejected } from './refuse';
import { replacedMeanwhile } from './replaced-meanwhile';
import { reservedEnding, reservedNameMessage } from './reserved-stems';
import type { CreatedObject } from './s3-events';
import { reportFile } from './refusals';
import { readJudgedSource } from './source-read';
import { retireStaleOutputs } from './stale-outputs';
import type { UploadDeps, UploadOutcome, UploadRefusalCode } from './types';
import type { Upload } from './upload';
import { uploadVariant, versionFor } from './upload-variant';

// Existing imports keep working: the shapes live in types.ts.
export type { Pipeline, UploadDeps, UploadOutcome } from './types';

/**
 * A rejection once the earlier answer's markers are retired: the earlier documents go too (a user would
 * take them for this upload's), then the report, which like a manifest comes last.
 */
async function answerWithReport(upload: Upload, held: ReadonlySet<string>, file: OutputFile, code: RejectionCode | UploadRefusalCode, message: string, limitBytes?: number): Promise<UploadOutcome> {
  await retireStaleOutputs(upload, []);
  return rejected(upload, code, message, await putReport(upload, file, held, limitBytes));
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
  const source = sourceIdentityOf(object.key, head);
  const variant = uploadVariant(head.Metadata, config.traditional);
  const upload: Upload = { deps, sourceBucket: object.bucket, location, source, version: versionFor(variant, pipeline.version) };

  // Before any marker is looked at or retired: `a.error.txt`'s markers would be `a.txt`'s error report.
  const ending = reservedEnding(location.stem);
  if (ending !== null) return refuse(upload, 'reserved-name', reservedNameMessage(location.stem, location.fileName, ending));

  const markers = await markersOf(upload);
  const { sameStem: owner, held } = await nameClaims(upload, markers);
  if (owner !== null) {
    const first = baseName(owner);
    const message = `"${location.fileName}" would write the same output names as "${first}" in the same folder, which was uploaded first. Rename one of them, or delete "${first}" and upload this file again.`;
    return refuseAside(upload, location.relativeDir, 'name-taken', message);
  }
  if (markers.done !== null) return { kind: 'already-done', sourceKey: object.key, key: markers.done };

  if (variant.kind === 'invalid') {
    await retireMarkers(upload, markers, held);
    return answerWithReport(upload, held, reportFile(`${location.stem}.error.json`, 'bad-variant', variant.message), 'bad-variant', variant.message);
  }

  const size = head.ContentLength ?? 0;
  if (size > config.maxBytes) {
    await retireMarkers(upload, markers, held);
    const error = new InputRejectedError('too-large', `the upload is ${size} bytes; the limit is ${config.maxBytes} bytes`);
    // The limit travels with the report: raising it later makes a redelivery convert instead of skipping.
    return answerWithReport(upload, held, pipeline.errorReportFile(location.stem, error), error.code, error.message, config.maxBytes);
  }

  // Exactly the bytes that were checked: a newer upload of the key has its own event and converts itself.
  // Read before the earlier answer is retired: a read that fails leaves that answer whole for the retry.
  const bytes = await readJudgedSource(s3, object.bucket, object.key, head, deps.sleep);
  if (bytes === null) return { kind: 'ignored', sourceKey: object.key, reason: 'superseded' };
  await retireMarkers(upload, markers, held);

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
    return answerWithReport(upload, held, pipeline.errorReportFile(location.stem, error), error.code, error.message, limitBytes);
  }
  const stale = await replacedMeanwhile(upload, head.ETag);
  if (stale !== null) return stale;

  const manifest = result.files.at(-1)!;
  const keys = await Promise.all(result.files.slice(0, -1).map((file) => putBesideSource(upload, file)));
  await retireStaleOutputs(upload, keys);
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
