import { headOrNull } from './head-or-null';
import type { Markers } from './markers';
import { sourceKeyHash } from './output-headers';
import type { Upload } from './upload';

/** Every spelling of `.txt` that locateUpload accepts: sources that share a stem differ only in these. */
const TXT_SPELLINGS = ['t', 'T'].flatMap((a) => ['x', 'X'].flatMap((b) => ['t', 'T'].map((c) => `.${a}${b}${c}`)));

/**
 * Another source that still exists and whose outputs hold this upload's names (`a.txt` when `a.TXT`
 * arrives: both write `a.json`, `a.pdf`…), or null. Outputs of a source since deleted may be taken over.
 */
export async function otherOwner(upload: Upload, markers: Markers): Promise<string | null> {
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
