import { headOrNull } from './head-or-null';
import type { Markers } from './markers';
import { locateUpload } from './object-keys';
import { sourceKeyHash, sourceKeyOf } from './output-headers';
import type { Upload } from './upload';

/** Every spelling of `.txt` that locateUpload accepts: sources that share a stem differ only in these. */
const TXT_SPELLINGS = ['t', 'T'].flatMap((a) => ['x', 'X'].flatMap((b) => ['t', 'T'].map((c) => `.${a}${b}${c}`)));

/** Which of this upload's output names other sources that still exist hold. */
export interface NameClaims {
  /**
   * Another source with this upload's stem (`a.txt` when `a.TXT` arrives: both write `a.json`,
   * `a.pdf`…) whose outputs are here: every name is taken, and the upload is refused.
   */
  readonly sameStem: string | null;
  /**
   * Markers here that another source holds although its stem differs: a refusal report written under
   * that source's whole file name (`a.TXT.error.json` is the `name-taken` report of `a.TXT`, and also
   * the error-report name of `a.TXT.txt`). They are neither retired nor overwritten; this upload's own
   * report goes aside instead.
   */
  readonly held: ReadonlySet<string>;
}

/**
 * Sources that may have written a marker of this upload's stem: the other spellings of `<stem>.txt`,
 * and `<stem>` itself when it is a transcript name (its refusal reports are `<file name>.error.json`).
 */
function likelyWriters(upload: Upload): string[] {
  const base = `${upload.deps.config.inputPrefix}${upload.location.relativeDir}${upload.location.stem}`;
  return [...TXT_SPELLINGS.map((ext) => base + ext), ...(locateUpload(base, upload.deps.config.inputPrefix) !== null ? [base] : [])];
}

/** The source named by an output's metadata, when it is another source that still exists (it holds that output's name). */
export async function otherHolder(upload: Upload, metadata: Record<string, string> | undefined): Promise<string | null> {
  const hash = metadata?.['source-key-sha256'];
  if (hash === undefined || hash === sourceKeyHash(upload.source.key)) return null;
  const writer = sourceKeyOf(metadata) ?? new Map(likelyWriters(upload).map((key) => [sourceKeyHash(key), key])).get(hash) ?? null;
  if (writer === null) return null;
  return (await headOrNull(upload.deps.s3, upload.sourceBucket, writer)) !== null ? writer : null;
}

/**
 * Who holds the markers that another source made. A marker's metadata names its source (whole, unless
 * the key was too long to store); a source since deleted holds nothing, so its names may be taken over.
 */
export async function nameClaims(upload: Upload, markers: Markers): Promise<NameClaims> {
  const { deps, location, source } = upload;
  const own = sourceKeyHash(source.key);
  const foreign = markers.present.filter((m) => m.metadata?.['source-key-sha256'] !== undefined && m.metadata['source-key-sha256'] !== own);
  if (foreign.length === 0) return { sameStem: null, held: new Set() };
  const byHash = new Map(likelyWriters(upload).map((key) => [sourceKeyHash(key), key]));
  const exists = new Map<string, Promise<boolean>>();
  const stillThere = (key: string) => {
    if (!exists.has(key)) exists.set(key, headOrNull(deps.s3, upload.sourceBucket, key).then((head) => head !== null));
    return exists.get(key)!;
  };
  let sameStem: string | null = null;
  const held = new Set<string>();
  for (const marker of foreign) {
    const writer = sourceKeyOf(marker.metadata) ?? byHash.get(marker.metadata!['source-key-sha256']!) ?? null;
    if (writer === null || writer === source.key || !(await stillThere(writer))) continue;
    const theirs = locateUpload(writer, deps.config.inputPrefix);
    if (theirs !== null && theirs.relativeDir === location.relativeDir && theirs.stem === location.stem) sameStem ??= writer;
    else held.add(marker.key);
  }
  return { sameStem, held };
}
