import type { RejectionCode } from '../pipeline/errors';
import { headOrNull } from './head-or-null';
import { reportPlace } from './key-length';
import { sourceKeyHash } from './output-headers';
import { putBesideSource, putOutput } from './output-writes';
import { reportFile } from './refusals';
import type { UploadOutcome, UploadRefusalCode } from './types';
import type { Upload } from './upload';

/** The ETag of the version judged, when known (a refused key is never read: then the notification's, if any). */
export const judgedETag = (upload: Upload) => (upload.source.eTag !== '' ? { sourceETag: upload.source.eTag } : {});

/** The outcome of a report already written at `reportKey`. */
export function rejected(upload: Upload, code: RejectionCode | UploadRefusalCode, message: string, reportKey: string): UploadOutcome {
  return { kind: 'rejected', sourceKey: upload.source.key, ...judgedETag(upload), code, message, reportKey };
}

/** A refusal reported as `<stem>.error.json`, the name every rejection of this source uses. */
export async function refuse(upload: Upload, code: UploadRefusalCode, message: string): Promise<UploadOutcome> {
  return rejected(upload, code, message, await putBesideSource(upload, reportFile(`${upload.location.stem}.error.json`, code, message)));
}

/**
 * A refusal whose usual report name is not this upload's to use (it belongs to another source, the
 * key's folder cannot be mirrored, or the key is too long): `<file name>.error.json` in `dir`, or,
 * should another source's object sit there, a name with a hash of this key in it, so no one else's
 * file is ever overwritten. A name or folder too long for S3's key limit is shortened (key-length.ts).
 */
export async function refuseAside(upload: Upload, dir: string, code: UploadRefusalCode, message: string): Promise<UploadOutcome> {
  const { deps, location, source } = upload;
  const own = sourceKeyHash(source.key);
  const place = reportPlace(deps.config.outputPrefix, dir, location.fileName);
  const keyOf = (name: string) => `${deps.config.outputPrefix}${place.dir}${name}`;
  let name = `${place.name}.error.json`;
  const there = await headOrNull(deps.s3, deps.config.outputBucket, keyOf(name));
  if (there !== null && there.Metadata?.['source-key-sha256'] !== own) name = `${place.name}.${own.slice(0, 16)}.error.json`;
  return rejected(upload, code, message, await putOutput(upload, keyOf(name), reportFile(name, code, message)));
}
