import { spellingAdvice } from '../../handler/object-keys';
import { reservedEnding, RESERVED_STEM_ENDINGS } from '../../handler/reserved-stems';
import { MAX_UPLOAD_NAME_BYTES } from '../../settings/defaults';

const TRANSCRIPT_NAME = /\.txt$/i;
// Control characters would reach S3 keys and Content-Disposition headers; folder separators would
// let a name leave the user's own folder.
const FORBIDDEN = /[\u0000-\u001f\u007f/\\]/;
// A lone surrogate (JSON allows "\ud800") has no UTF-8 form: percent-encoding the key for S3 throws.
// With the u flag a surrogate pair is one code point above U+FFFF, so only unpaired halves match.
const LONE_SURROGATE = /[\ud800-\udfff]/u;

/**
 * Why a name is too long to upload, or null. The limit is shared with the local S3 server: the
 * names of an upload's documents are longer than its own, and must still fit.
 */
export function uploadNameTooLong(name: string): string | null {
  const size = Buffer.byteLength(name, 'utf8');
  if (size <= MAX_UPLOAD_NAME_BYTES) return null;
  return `the file name is ${size} bytes of UTF-8; the limit is ${MAX_UPLOAD_NAME_BYTES} bytes (${Math.floor((MAX_UPLOAD_NAME_BYTES - 4) / 3)} Chinese characters and .txt), so that the names of its documents fit`;
}

/** Why a name cannot be uploaded, in one sentence, or null when it can (its length is uploadNameTooLong's). */
export function uploadNameProblem(name: unknown): string | null {
  if (typeof name !== 'string' || name === '') return 'a file name is required';
  if (FORBIDDEN.test(name)) return 'the file name must not contain "/", "\\" or control characters';
  if (LONE_SURROGATE.test(name)) return 'the file name is not well-formed Unicode (it has half of a surrogate pair)';
  if (name.trim() !== name) return 'the file name must not start or end with spaces';
  if (!TRANSCRIPT_NAME.test(name)) return 'only .txt transcripts can be converted';
  // On AWS only .txt and .TXT are delivered to the converter: `a.Txt` would wait for ever.
  const advice = spellingAdvice(name);
  if (advice !== null) return advice;
  const stem = name.replace(TRANSCRIPT_NAME, '');
  if (stem === '' || /^\.+$/.test(stem)) return 'the file name needs some characters before .txt';
  const ending = reservedEnding(stem);
  if (ending !== null) return `the name must not end in ${RESERVED_STEM_ENDINGS.join(', ')} before .txt (those names belong to the outputs)`;
  return null;
}

/** `讲话.TXT` → `讲话`: every output is `<stem><ending>`. */
export function stemOfUpload(name: string): string {
  return name.replace(TRANSCRIPT_NAME, '');
}

export function isTranscriptName(name: string): boolean {
  return TRANSCRIPT_NAME.test(name) && stemOfUpload(name) !== '';
}
