import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { headOrNull } from './head-or-null';
import { otherHolder } from './name-owner';
import { outputKey } from './object-keys';
import { MANIFEST_ENDING, OUTPUT_ENDINGS } from './output-names';
import type { Upload } from './upload';

/**
 * Removes the outputs an earlier answer for this source left that the new answer does not write: a
 * re-upload with `variant=none` writes no Traditional edition, a rejected one no documents, and a user
 * downloading `a.zh-Hant.pdf` beside them would get the earlier edition. Called before the new
 * answer's marker (manifest or error report) is written, so that once it is there the folder holds
 * exactly that answer. Only the exact names `<stem><ending>` are looked at (never `a.b.pdf`, which is
 * `a.b.txt`'s, nor anything in another folder), and one that another existing source still holds is
 * left. The manifest is a marker, retired before anything is written (markers.ts). The output bucket
 * is versioned: a removed edition stays recoverable as a noncurrent version.
 */
export async function retireStaleOutputs(upload: Upload, written: readonly string[]): Promise<void> {
  const { deps, location } = upload;
  const bucket = deps.config.outputBucket;
  const candidates = OUTPUT_ENDINGS.filter((ending) => ending !== MANIFEST_ENDING)
    .map((ending) => outputKey(deps.config.outputPrefix, location, `${location.stem}${ending}`))
    .filter((key) => !written.includes(key));
  const found = await Promise.all(candidates.map(async (key) => ({ key, head: await headOrNull(deps.s3, bucket, key) })));
  for (const { key, head } of found) {
    if (head === null || (await otherHolder(upload, head.Metadata)) !== null) continue;
    await deps.s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
  }
}
