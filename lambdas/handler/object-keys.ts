/**
 * Object keys as S3 event notifications carry them, and where a converted upload's outputs go.
 *
 * AWS form-URL-encodes `s3.object.key` (space → `+`, a literal `+` → `%2B`, UTF-8 percent-encoded),
 * so a key must be decoded before any S3 call uses it.
 */

/** The real key from an event's `s3.object.key`. */
export function decodeEventKey(encoded: string): string {
  return decodeURIComponent(encoded.replace(/\+/g, ' '));
}

/** The inverse, as AWS sends it: the local bridge uses it so the handler sees AWS-shaped events. */
export function encodeEventKey(key: string): string {
  return encodeURIComponent(key).replace(/%2F/g, '/').replace(/%20/g, '+');
}

/** Where an accepted upload lives relative to the input prefix, e.g. `incoming/a/讲话.txt` → dir `a/`, name `讲话.txt`. */
export interface UploadLocation {
  /** Sub-folder below the input prefix, with trailing slash, or '' at the top. */
  readonly relativeDir: string;
  /** Base name of the source object, e.g. `讲话.txt`. */
  readonly fileName: string;
  /** The name without its `.txt` extension: every output is `<stem><suffix>`. */
  readonly stem: string;
}

const TRANSCRIPT_EXTENSION = /\.txt$/i;

/**
 * Upload name endings the bucket notification delivers on AWS (its suffix filters are case-sensitive:
 * one rule each). Other spellings such as `.Txt` are valid names but never reach the handler there.
 */
export const TRANSCRIPT_SUFFIXES = ['.txt', '.TXT'] as const;

/** The last segment of a key: `a/b/讲话.txt` → `讲话.txt`. */
export const baseName = (key: string): string => key.slice(key.lastIndexOf('/') + 1);

/** True for a key or name ending in a spelling the notification delivers (`.txt`, `.TXT`). */
export const deliveredSpelling = (name: string): boolean => TRANSCRIPT_SUFFIXES.some((suffix) => name.endsWith(suffix));

/**
 * For a name ending in `.txt` in another case (`讲话.Txt`), what to do about it; null for any other name.
 * Such a name is stored on AWS and never converted, so locally it is refused or ignored the same way.
 */
export function spellingAdvice(name: string): string | null {
  if (!TRANSCRIPT_EXTENSION.test(name) || deliveredSpelling(name)) return null;
  const base = baseName(name);
  return `S3's notification filters are case-sensitive and the stack delivers only names ending in ${TRANSCRIPT_SUFFIXES.join(' or ')}, so "${base}" would never be converted on AWS: rename it to "${base.slice(0, -4)}.txt"`;
}

/** The upload's location, or null for keys the pipeline must ignore (outside the prefix, not `.txt`). */
export function locateUpload(key: string, inputPrefix: string): UploadLocation | null {
  if (!key.startsWith(inputPrefix)) return null;
  const relative = key.slice(inputPrefix.length);
  const slash = relative.lastIndexOf('/');
  const fileName = relative.slice(slash + 1);
  if (!TRANSCRIPT_EXTENSION.test(fileName)) return null;
  const stem = fileName.replace(TRANSCRIPT_EXTENSION, '');
  if (stem === '') return null;
  return { relativeDir: relative.slice(0, slash + 1), fileName, stem };
}

/** Output key of one produced file: the input key's sub-folder mirrored under the output prefix. */
export function outputKey(outputPrefix: string, location: UploadLocation, fileName: string): string {
  return `${outputPrefix}${location.relativeDir}${fileName}`;
}

const UNSAFE_SEGMENTS = new Set(['', '.', '..']);

/**
 * The first `.`, `..` or empty folder segment below the input prefix, or null. S3 stores such keys
 * verbatim, but mirrored into output keys they would be resolved by whatever later downloads them
 * (`a/../../x` leaves the download folder), so the upload is refused (`bad-key`) instead.
 */
export function unsafeSegment(location: UploadLocation): string | null {
  if (location.relativeDir === '') return null;
  return location.relativeDir.slice(0, -1).split('/').find((segment) => UNSAFE_SEGMENTS.has(segment)) ?? null;
}

/** The folder with unsafe segments dropped: where a refused key's report can go without escaping anything. */
export function safeRelativeDir(location: UploadLocation): string {
  const kept = location.relativeDir.split('/').filter((segment) => !UNSAFE_SEGMENTS.has(segment));
  return kept.length === 0 ? '' : `${kept.join('/')}/`;
}
