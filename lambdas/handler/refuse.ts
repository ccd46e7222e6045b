import type { OutputFile } from '../pipeline';
import type { RejectionCode } from '../pipeline/errors';
import { headOrNull } from './head-or-null';
import { reportPlace } from './key-length';
import { baseName, outputKey } from './object-keys';
import { sourceKeyHash } from './output-headers';
import { putOutput } from './output-writes';
import { reportFile } from './refusals';
import type { UploadOutcome, UploadRefusalCode } from './types';
import type { Upload } from './upload';

/** The ETag of the version judged, when known (a refused key is never read: then the notification's, if any). */
export const judgedETag = (upload: Upload) => (upload.source.eTag !== '' ? { sourceETag: upload.source.eTag } : {});

/** The outcome of a report already written at `reportKey`. */
export function rejected(upload: Upload, code: RejectionCode | UploadRefusalCode, message: string, reportKey: string): UploadOutcome {
  return { kind: 'rejected', sourceKey: upload.source.key, ...judgedETag(upload), code, message, reportKey };
}

/** A refusal reported as `<stem>.error.json`, made before any marker is read (a reserved name), so it knows of no other holder. */
export async function refuse(upload: Upload, code: UploadRefusalCode, message: string): Promise<UploadOutcome> {
  return rejected(upload, code, message, await putReport(upload, reportFile(`${upload.location.stem}.error.json`, code, message), new Set()));
}

/**
 * Where a report goes whose usual name is not this upload's to use (it belongs to another source, the
 * key's folder cannot be mirrored, or the key is too long): `<file name>.error.json` in `dir`, or,
 * should another source's object sit there, a name with a hash of this key in it, so no one else's
 * file is ever overwritten. A name or folder too long for S3's key limit is shortened (key-length.ts).
 */
export async function asideReportKey(upload: Upload, dir: string): Promise<string> {
  const { deps, location, source } = upload;
  const own = sourceKeyHash(source.key);
  const place = reportPlace(deps.config.outputPrefix, dir, location.fileName);
  const keyOf = (name: string) => `${deps.config.outputPrefix}${place.dir}${name}`;
  const there = await headOrNull(deps.s3, deps.config.outputBucket, keyOf(`${place.name}.error.json`));
  return there !== null && there.Metadata?.['source-key-sha256'] !== own ? keyOf(`${place.name}.${own.slice(0, 16)}.error.json`) : keyOf(`${place.name}.error.json`);
}

/** A refusal reported aside (see asideReportKey). */
export async function refuseAside(upload: Upload, dir: string, code: UploadRefusalCode, message: string): Promise<UploadOutcome> {
  const key = await asideReportKey(upload, dir);
  return rejected(upload, code, message, await putOutput(upload, key, reportFile(baseName(key), code, message)));
}

/**
 * This upload's own error report: `<stem>.error.json`, or aside when another source that still exists
 * holds that name (name-owner.ts: `a.TXT.error.json` is `a.TXT`'s refusal when `a.TXT.txt` is rejected).
 */
export async function putReport(upload: Upload, file: OutputFile, held: ReadonlySet<string>, limitBytes?: number): Promise<string> {
  const usual = outputKey(upload.deps.config.outputPrefix, upload.location, file.name);
  if (!held.has(usual)) return putOutput(upload, usual, file, limitBytes);
  const key = await asideReportKey(upload, upload.location.relativeDir);
  return putOutput(upload, key, { ...file, name: baseName(key) }, limitBytes);
}
