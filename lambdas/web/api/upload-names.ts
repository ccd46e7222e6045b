import { reservedEnding, RESERVED_STEM_ENDINGS } from '../../handler/reserved-stems';

/** Longest file name accepted, in characters (keeps `incoming/<user>/<name>` far below S3's 1024-byte key limit). */
export const MAX_NAME_CHARACTERS = 200;

const TRANSCRIPT_NAME = /\.txt$/i;
// Control characters would reach S3 keys and Content-Disposition headers; folder separators would
// let a name leave the user's own folder.
const FORBIDDEN = /[\u0000-\u001f\u007f/\\]/;

/** Why a name cannot be uploaded, in one sentence, or null when it can. */
export function uploadNameProblem(name: unknown): string | null {
  if (typeof name !== 'string' || name === '') return 'a file name is required';
  if ([...name].length > MAX_NAME_CHARACTERS) return `the file name is longer than ${MAX_NAME_CHARACTERS} characters`;
  if (FORBIDDEN.test(name)) return 'the file name must not contain "/", "\\" or control characters';
  if (name.trim() !== name) return 'the file name must not start or end with spaces';
  if (!TRANSCRIPT_NAME.test(name)) return 'only .txt transcripts can be converted';
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
