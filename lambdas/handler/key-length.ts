import { MAX_KEY_BYTES, MAX_UPLOAD_NAME_BYTES, OUTPUT_NAME_ROOM_BYTES } from '../settings/defaults';
import type { UploadLocation } from './object-keys';

/**
 * S3 refuses keys over 1024 UTF-8 bytes, and an upload's outputs have longer keys than the upload
 * (the output prefix instead of the input prefix, then up to OUTPUT_NAME_ROOM_BYTES after the file
 * name). An upload near the limit would be converted and then fail on every write until SQS
 * dead-letters it, so it is refused before anything is read, and its report is put where it fits.
 */

const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** Bytes of the longest key an output of this upload may have, when that is over S3's limit; null when every output fits. */
export function outputKeyOverLimit(outputPrefix: string, location: UploadLocation): number | null {
  const longest = bytes(outputPrefix + location.relativeDir + location.fileName) + OUTPUT_NAME_ROOM_BYTES;
  return longest > MAX_KEY_BYTES ? longest : null;
}

/** Why the upload is refused, for its report: how long, and how much shorter it must be. */
export function keyTooLongMessage(sourceKey: string, longest: number): string {
  return (
    `the key "${sourceKey}" is too long: the keys of its documents (output folder, folders, file name, and up to ` +
    `${OUTPUT_NAME_ROOM_BYTES} bytes of endings such as ".zh-Hant.docx") would take ${longest} bytes, over S3's limit of ${MAX_KEY_BYTES}. ` +
    `Shorten the file name or the folder path by at least ${longest - MAX_KEY_BYTES} bytes (UTF-8: a Chinese character takes 3) and upload it again.`
  );
}

/** A cut name keeps at least this many bytes before going up a folder instead. */
const MIN_CUT_NAME_BYTES = 32;
const CUT_MARK = '…';

/** `text` cut to at most `limit` UTF-8 bytes at a character boundary, marked as cut. */
function cutName(text: string, limit: number): string {
  let kept = '';
  let used = bytes(CUT_MARK);
  for (const ch of text) {
    used += bytes(ch);
    if (used > limit) break;
    kept += ch;
  }
  return kept + CUT_MARK;
}

/**
 * Folder and file name for a refusal report about `fileName` (it is written as `<name>.error.json`,
 * or with a 16-hex hash before `.error.json` beside another source's report): the given folder
 * and the whole name when they fit S3's key limit; otherwise the name cut (`讲话…`, at most
 * MAX_UPLOAD_NAME_BYTES), and when even a short name does not fit, the nearest parent folder where it does.
 */
export function reportPlace(outputPrefix: string, dir: string, fileName: string): { readonly dir: string; readonly name: string } {
  const folders = dir === '' ? [] : dir.slice(0, -1).split('/');
  for (let kept = folders.length; ; kept--) {
    const here = folders.slice(0, kept).map((folder) => `${folder}/`).join('');
    const room = MAX_KEY_BYTES - OUTPUT_NAME_ROOM_BYTES - bytes(outputPrefix + here);
    if (bytes(fileName) <= room) return { dir: here, name: fileName };
    const limit = Math.min(room, MAX_UPLOAD_NAME_BYTES);
    if (limit >= MIN_CUT_NAME_BYTES || kept === 0) return { dir: here, name: cutName(fileName, limit) };
  }
}
