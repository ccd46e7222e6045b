import type { IncomingHttpHeaders } from 'node:http';
import { MAX_KEY_BYTES } from '../settings/defaults';

/**
 * What the local S3 server refuses before s3rver sees a request. s3rver stores each object as files
 * named after its key (`<data>/<bucket>/<folders…>/<last segment>._S3rver_metadata.json`), joined with
 * path.join, so a `..` segment leaves the data folder, `.` and empty segments alias other keys, and a
 * segment longer than a file name may be makes its write stream fail outside any request (the whole
 * process dies with ENAMETOOLONG). Real S3 stores such keys verbatim; here they are answered with an
 * S3 error instead, and the server keeps serving.
 */
export interface S3Refusal {
  readonly status: number;
  readonly code: string;
  readonly message: string;
}

export { MAX_KEY_BYTES };
/** The longest file name Linux and macOS file systems take (NAME_MAX). */
const MAX_FILE_NAME_BYTES = 255;
/** The longest suffix s3rver appends to a key's last segment to name its files. */
const STORE_SUFFIX = '._S3rver_metadata.json';
/** The longest last segment this server can store. */
export const MAX_LAST_SEGMENT_BYTES = MAX_FILE_NAME_BYTES - STORE_SUFFIX.length;

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/**
 * Bytes a key's last segment must leave free, by bucket and key: the local stack keeps room in an
 * upload's file name for the names of the outputs made from it (see local-stack.ts).
 */
export type NameRoom = (bucket: string, key: string) => number;

/** Why a bucket name or key cannot be stored inside the data folder, or null. */
export function keyRefusal(bucket: string, key: string, room = 0): S3Refusal | null {
  if (bucket === '.' || bucket === '..') return { status: 400, code: 'InvalidBucketName', message: `The specified bucket is not valid: "${bucket}".` };
  if (bytes(key) > MAX_KEY_BYTES) return { status: 400, code: 'KeyTooLongError', message: `Your key is too long: ${bytes(key)} bytes, the limit is ${MAX_KEY_BYTES}.` };
  const segments = key.split('/');
  for (const [i, segment] of segments.entries()) {
    const last = i === segments.length - 1;
    // A trailing slash is a folder marker (`a/b/`): stored as its own files, it aliases nothing.
    if (segment === '' && last && i > 0) continue;
    if (segment === '.' || segment === '..' || (segment === '' && key !== '')) {
      const what = segment === '' ? 'an empty segment (//)' : `a "${segment}" segment`;
      return {
        status: 400,
        code: 'InvalidArgument',
        message: `The key "${key}" has ${what}. This local server keeps every key as a path inside its data folder and refuses ".", ".." and empty segments; use plain folder names.`,
      };
    }
    const limit = last ? MAX_LAST_SEGMENT_BYTES - room : MAX_FILE_NAME_BYTES;
    if (bytes(segment) > limit) {
      const why =
        last && room > 0
          ? `its file name is ${bytes(segment)} bytes; an upload's name may have at most ${limit}, so that the names of its outputs fit in a file name of this local server`
          : `one of its segments is ${bytes(segment)} bytes, and it stores each segment as a file name of at most ${limit} bytes`;
      return { status: 400, code: 'KeyTooLongError', message: `Your key is too long for this local server: ${why} (the file name, or a folder name, must be shorter).` };
    }
  }
  return null;
}

/** The request path's segments, percent-decoded; null when the path is not valid percent-encoding. */
function decodedSegments(path: string): string[] | null {
  try {
    return path.split('/').map((segment) => decodeURIComponent(segment));
  } catch {
    return null;
  }
}

/**
 * The refusal for one request, from its path-style address (`/<bucket>/<key>`), its Host (s3rver
 * takes a bucket from some host names) and the source of a copy. Request bodies that name keys (form
 * uploads, multi-object deletes) are not read here: the store itself is bounded too (see local-s3.ts).
 */
export function requestRefusal(url: string, headers: IncomingHttpHeaders, room: NameRoom = () => 0): S3Refusal | null {
  const host = (headers.host ?? '').replace(/:\d+$/, '');
  // An empty label (`..s3.amazonaws.com`, `.`) would become a `.` or `..` bucket in s3rver's virtual-host routing.
  if (host.startsWith('.') || host.includes('..')) return { status: 400, code: 'InvalidArgument', message: `The Host header "${host}" is not a valid host name.` };
  const path = url.split('?')[0] ?? '';
  const segments = decodedSegments(path.startsWith('/') ? path.slice(1) : path);
  if (segments === null) return { status: 400, code: 'InvalidURI', message: "Couldn't parse the specified URI." };
  const [bucket = '', ...key] = segments;
  const refusal = keyRefusal(bucket, key.join('/'), room(bucket, key.join('/')));
  if (refusal !== null) return refusal;
  const copySource = headers['x-amz-copy-source'];
  if (typeof copySource === 'string') {
    const source = decodedSegments(copySource.split('?')[0]!.replace(/^\//, ''));
    if (source === null) return { status: 400, code: 'InvalidArgument', message: 'The x-amz-copy-source header is not valid percent-encoding.' };
    const [sourceBucket = '', ...sourceKey] = source;
    return keyRefusal(sourceBucket, sourceKey.join('/'));
  }
  return null;
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (text: string) => text.replace(/[&<>"']/g, (ch) => XML_ESCAPES[ch]!);

/** The error document S3 answers with. */
export function s3ErrorXml(refusal: S3Refusal, resource: string, requestId: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<Error><Code>${refusal.code}</Code><Message>${escapeXml(refusal.message)}</Message><Resource>${escapeXml(resource)}</Resource><RequestId>${requestId}</RequestId></Error>`
  );
}
