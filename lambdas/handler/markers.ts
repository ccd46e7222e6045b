import { DeleteObjectCommand } from '@aws-sdk/client-s3';
import { headOrNull } from './head-or-null';
import { outputKey } from './object-keys';
import { madeFrom } from './output-headers';
import type { Upload } from './upload';

/**
 * Markers: the manifest (`<stem>.json`, written last) and the error report (`<stem>.error.json`) that
 * say an upload was settled. Their metadata names the source and version that made them.
 */
export interface Markers {
  /** The manifest or error report already made from this very source version, if any. */
  readonly done: string | null;
  /** Manifest and error-report keys present now (this source's aside report too), with their metadata, from whatever source made them. */
  readonly present: ReadonlyArray<{ readonly key: string; readonly metadata: Record<string, string> | undefined }>;
}

/** What an earlier delivery, an earlier version, or another source with the same stem left: S3 delivers at least once. */
export async function markersOf(upload: Upload): Promise<Markers> {
  const { deps, location, source, version } = upload;
  // `<file name>.error.json` is where a refusal by name put this source's report (name-taken): once the
  // names are this source's, that report is an earlier answer like the others. It never means "done".
  const answers = [`${location.stem}.json`, `${location.stem}.error.json`];
  const candidates = [...answers, `${location.fileName}.error.json`].map((name) => outputKey(deps.config.outputPrefix, location, name));
  const heads = await Promise.all(candidates.map((key) => headOrNull(deps.s3, deps.config.outputBucket, key)));
  const index = heads.slice(0, answers.length).findIndex((head) => madeFrom(head?.Metadata, source, version, deps.config.maxBytes));
  return {
    done: index >= 0 ? candidates[index]! : null,
    present: candidates.flatMap((key, i) => (heads[i] === null ? [] : [{ key, metadata: heads[i]!.Metadata }])),
  };
}

/**
 * Removes the markers an earlier version left before this version writes anything: while the new set is
 * being written (or if writing fails half-way) no manifest claims a mix of old and new documents, and an
 * old error report never sits beside a new conversion. The output bucket is versioned, so nothing is lost.
 * Markers another source still holds (name-owner.ts) stay.
 */
export async function retireMarkers(upload: Upload, markers: Markers, held: ReadonlySet<string>): Promise<void> {
  for (const { key } of markers.present) {
    // Another existing source's report under this name is that source's answer, not an earlier version of ours.
    if (!held.has(key)) await upload.deps.s3.send(new DeleteObjectCommand({ Bucket: upload.deps.config.outputBucket, Key: key }));
  }
}
