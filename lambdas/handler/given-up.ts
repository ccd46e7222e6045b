import { headOrNull } from './head-or-null';
import { outputKeyOverLimit } from './key-length';
import { markersOf } from './markers';
import { nameClaims } from './name-owner';
import { baseName, locateUpload, outputKey, safeRelativeDir, unsafeSegment } from './object-keys';
import { sourceIdentityOf, sourceKeyHash } from './output-headers';
import { putOutput } from './output-writes';
import { asideReportKey } from './refuse';
import { reportFile } from './refusals';
import { reservedEnding } from './reserved-stems';
import type { CreatedObject } from './s3-events';
import type { UploadDeps } from './types';
import type { Upload } from './upload';
import { uploadVariant, versionFor } from './upload-variant';

/** What became of an upload's `internal-error` report. */
export type GivenUpReport =
  | { readonly kind: 'written'; readonly key: string }
  /** This very version was reported given up already (its last receive did, before SQS dead-lettered it). */
  | { readonly kind: 'already-reported'; readonly key: string }
  /** This very version has its answer (a duplicate delivery converted or refused it): nothing failed for the user. */
  | { readonly kind: 'answered'; readonly key: string }
  /** The source is gone, or was replaced after this notification (the newer version's own message answers for it). */
  | { readonly kind: 'no-report'; readonly reason: 'not-an-upload' | 'source-gone' | 'superseded' };

/** The stamp of a given-up report: never taken for done, so a redrive converts again (and retires it first). */
const givenUpVersion = (pipelineVersion: string) => `${pipelineVersion}/given-up`;

/**
 * Where the report goes: where this upload's own answer would go. A key refused by its name alone has
 * its refusal's place; any other gets `<stem>.error.json`, or a place aside when another source that
 * still exists holds that name (`a.TXT` beside `a.txt`, `a.TXT.txt` beside `a.TXT`'s refusal).
 */
async function reportPlaceOf(upload: Upload): Promise<{ key: string } | { answered: string } | { reported: string }> {
  const { deps, location } = upload;
  if (unsafeSegment(location) !== null) return { key: await asideReportKey(upload, safeRelativeDir(location)) };
  if (outputKeyOverLimit(deps.config.outputPrefix, location) !== null) return { key: await asideReportKey(upload, location.relativeDir) };
  const usual = outputKey(deps.config.outputPrefix, location, `${location.stem}.error.json`);
  if (reservedEnding(location.stem) !== null) return { key: usual };
  const markers = await markersOf(upload);
  if (markers.done !== null) return { answered: markers.done };
  const own = sourceKeyHash(upload.source.key);
  const reported = markers.present.find(
    (m) => m.metadata?.['source-key-sha256'] === own && m.metadata['source-etag'] === upload.source.eTag && m.metadata['pipeline-version'] === givenUpVersion(deps.pipeline.version),
  );
  if (reported !== undefined) return { reported: reported.key };
  const claims = await nameClaims(upload, markers);
  return { key: claims.sameStem !== null || claims.held.has(usual) ? await asideReportKey(upload, location.relativeDir) : usual };
}

/**
 * `internal-error` report for an upload SQS dead-letters: the user learns the document will not come.
 * Written by the handler on the last receive when it sees the failure itself, and by the dead-letter
 * path (dead-letters.ts) for every upload that reaches the DLQ, including those whose last attempt
 * ended the invocation (time or memory limit) before anything could be written. Stamped so it never
 * counts as done: a redrive converts again (and retires this report first). Never over another
 * source's names, never over this version's own answer.
 */
export async function reportGivenUp(object: CreatedObject, deps: UploadDeps, message: string): Promise<GivenUpReport> {
  const location = locateUpload(object.key, deps.config.inputPrefix);
  if (location === null) return { kind: 'no-report', reason: 'not-an-upload' };
  const head = await headOrNull(deps.s3, object.bucket, object.key);
  if (head === null) return { kind: 'no-report', reason: 'source-gone' };
  if (object.eTag !== undefined && head.ETag !== undefined && object.eTag !== head.ETag) return { kind: 'no-report', reason: 'superseded' };
  const version = versionFor(uploadVariant(head.Metadata, deps.config.traditional), deps.pipeline.version);
  const upload: Upload = { deps, sourceBucket: object.bucket, location, source: sourceIdentityOf(object.key, head), version };
  const place = await reportPlaceOf(upload);
  if ('answered' in place) return { kind: 'answered', key: place.answered };
  if ('reported' in place) return { kind: 'already-reported', key: place.reported };
  const key = await putOutput({ ...upload, version: givenUpVersion(deps.pipeline.version) }, place.key, reportFile(baseName(place.key), 'internal-error', message));
  return { kind: 'written', key };
}
