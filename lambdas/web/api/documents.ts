import { OUTPUT_ENDINGS } from '../../handler/output-names';
import type { DocumentStatus } from './contract';
import { isTranscriptName, stemOfUpload } from './upload-names';

/** One object directly inside the user's folder, named relative to it. */
export interface ListedObject {
  readonly name: string;
  readonly lastModified: Date;
  readonly size: number;
  /** As listed (quoted); compared with the `source-etag` metadata the handler stamps on outputs. */
  readonly eTag?: string;
}

const MANIFEST = '.json';
const REPORT = '.error.json';

export interface DocumentState {
  readonly name: string;
  readonly stem: string;
  readonly status: DocumentStatus;
  readonly updated: Date;
  /** Output names (done: every output in OUTPUT_ENDINGS order; rejected: the report). */
  readonly files: readonly ListedObject[];
  readonly manifest?: string;
  readonly report?: string;
  /** ETag of the source as listed, when the source still exists. */
  readonly sourceETag?: string;
}

/** The newest of each name-spelling of a stem (a user may upload `a.txt` and later `a.TXT`: same outputs). */
function newest(a: ListedObject | undefined, b: ListedObject): ListedObject {
  return a === undefined || b.lastModified > a.lastModified ? b : a;
}

/** The markers (manifest, error reports) a source may have, by name. */
function markerNames(stem: string, source: ListedObject | undefined): string[] {
  return [stem + MANIFEST, stem + REPORT, ...(source !== undefined ? [source.name + REPORT] : [])];
}

function sourcesByStem(sources: readonly ListedObject[]): Map<string, ListedObject> {
  const byStem = new Map<string, ListedObject>();
  for (const source of sources) {
    if (isTranscriptName(source.name)) byStem.set(stemOfUpload(source.name), newest(byStem.get(stemOfUpload(source.name)), source));
  }
  return byStem;
}

/**
 * Markers older than their source. Usually the source was replaced and is being converted again; but
 * when the same bytes were uploaded again the handler finds its earlier work and writes nothing, so
 * the old marker is the answer. Which of the two only the marker's metadata can tell (the API reads it).
 */
export function markersOlderThanSource(sources: readonly ListedObject[], outputs: readonly ListedObject[]): { marker: string; source: ListedObject }[] {
  const outputByName = new Map(outputs.map((o) => [o.name, o]));
  const found: { marker: string; source: ListedObject }[] = [];
  for (const [stem, source] of sourcesByStem(sources)) {
    for (const name of markerNames(stem, source)) {
      const marker = outputByName.get(name);
      if (marker !== undefined && marker.lastModified < source.lastModified) found.push({ marker: name, source });
    }
  }
  return found;
}

/**
 * Every document in one user's folder and where it stands, newest first, from two listings alone:
 * the sources (input bucket) and the outputs (output bucket).
 *
 * The handler reports on a source whose name another spelling already took (`a.TXT` beside `a.txt`)
 * as `<file name>.error.json`; that report belongs to the source with that exact name.
 *
 * A marker (manifest or error report) counts only when it is not older than the source: S3 times
 * have one-second resolution, so a re-upload within the same second as its previous result is the one
 * case shown as finished too early. The handler writes the manifest last, so a manifest means every
 * other output is there. A source with no marker for longer than `staleAfterMs` ended in the
 * dead-letter queue (or was never delivered): `failed`.
 */
export function documentStates(
  sources: readonly ListedObject[],
  outputs: readonly ListedObject[],
  now: Date,
  staleAfterMs: number,
  /** Markers older than their source but made from exactly its current bytes (see markersOlderThanSource). */
  madeFromCurrentSource: ReadonlySet<string> = new Set(),
): DocumentState[] {
  const sourceByStem = sourcesByStem(sources);
  const outputByName = new Map(outputs.map((o) => [o.name, o]));
  const stems = new Set(sourceByStem.keys());
  for (const output of outputs) {
    if (output.name.endsWith(REPORT)) {
      const reported = output.name.slice(0, -REPORT.length);
      // `a.TXT.error.json` is a report on the upload `a.TXT` itself (its name was taken by `a.txt`), not a stem.
      if (!isTranscriptName(reported)) stems.add(reported);
    } else if (output.name.endsWith(MANIFEST)) stems.add(output.name.slice(0, -MANIFEST.length));
  }

  const states: DocumentState[] = [];
  for (const stem of stems) {
    const source = sourceByStem.get(stem);
    const current = (marker: ListedObject | undefined) =>
      marker !== undefined && (source === undefined || marker.lastModified >= source.lastModified || madeFromCurrentSource.has(marker.name)) ? marker : undefined;
    const manifest = current(outputByName.get(stem + MANIFEST));
    const report = markerNames(stem, source)
      .slice(1)
      .map((name) => current(outputByName.get(name)))
      .reduce<ListedObject | undefined>((a, b) => (b === undefined ? a : newest(a, b)), undefined);
    const name = source?.name ?? `${stem}.txt`;
    const sourceETag = source?.eTag !== undefined ? { sourceETag: source.eTag } : {};
    if (manifest !== undefined && (report === undefined || manifest.lastModified >= report.lastModified)) {
      const files = OUTPUT_ENDINGS.map((ending) => outputByName.get(stem + ending)).filter((o): o is ListedObject => o !== undefined);
      states.push({ name, stem, status: 'done', updated: manifest.lastModified, files, manifest: manifest.name, ...sourceETag });
    } else if (report !== undefined) {
      states.push({ name, stem, status: 'rejected', updated: report.lastModified, files: [report], report: report.name, ...sourceETag });
    } else if (source !== undefined) {
      const waited = now.getTime() - source.lastModified.getTime();
      states.push({ name, stem, status: waited > staleAfterMs ? 'failed' : 'converting', updated: source.lastModified, files: [], ...sourceETag });
    }
  }
  return states.sort((a, b) => b.updated.getTime() - a.updated.getTime() || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
