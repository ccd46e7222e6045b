import { headOrNull } from './head-or-null';
import type { UploadOutcome } from './types';
import type { Upload } from './upload';
import { uploadVariant, versionFor } from './upload-variant';

/**
 * Null when the source is still the version that was read; otherwise the outcome that writes nothing.
 * A newer upload that arrived while this one converted has its own event, which may even have
 * finished already: writing now would put the older version's documents over the newer ones.
 */
export async function replacedMeanwhile(upload: Upload, readETag: string | undefined): Promise<UploadOutcome | null> {
  const { deps } = upload;
  const now = await headOrNull(deps.s3, upload.sourceBucket, upload.source.key);
  if (now === null) return { kind: 'ignored', sourceKey: upload.source.key, reason: 'source-gone' };
  // The same bytes uploaded again with another variant have the same ETag but other outputs: the stamp tells.
  const nowVersion = versionFor(uploadVariant(now.Metadata, deps.config.traditional), deps.pipeline.version);
  return now.ETag === readETag && nowVersion === upload.version ? null : { kind: 'ignored', sourceKey: upload.source.key, reason: 'superseded' };
}
