import { decodeCharacterReferences } from './character-references';
import { InputRejectedError } from './errors';
import { foreignEncodingReason, MIN_MOST_USED, mostUsedShare } from './foreign-encoding';
import { invalidUtf8, type InvalidUtf8 } from './invalid-utf8';
import type { PipelineWarning } from './warnings';

export type SourceEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export interface DecodedText {
  /**
   * Text with the BOM removed, HTML character references decoded and CRLF (also CR CR LF) and CR turned into LF; line
   * numbers in reports count these lines.
   */
  readonly text: string;
  readonly encoding: SourceEncoding;
  readonly bom: boolean;
  /**
   * A UTF-8 (or GB18030) file with a few invalid byte sequences: each was read as U+FFFD (UTF-8 offsets count from
   * the file's start).
   */
  readonly invalidUtf8?: ReadInvalidUtf8;
}

/**
 * Invalid byte sequences read as U+FFFD, with where each one is in the text: in a UTF-8 file (offsets known), or in
 * a GB18030 one (offsets empty: the decoder does not tell them).
 */
export interface ReadInvalidUtf8 extends InvalidUtf8 {
  readonly encoding: 'utf-8' | 'gb18030';
  /** Per U+FFFD, the decoded text around it, on one line: what staff can search for in the outputs. */
  readonly excerpts: readonly string[];
}

/** Characters an excerpt shows either side of a U+FFFD. */
const EXCERPT_SIDE = 6;

/**
 * The text around each U+FFFD that `invalid` (offsets from the start of `bytes`) was read as: up to
 * EXCERPT_SIDE characters either side, stopping at a line break, spaces at its ends trimmed. Linear: the bytes are decoded once, in pieces
 * split at those offsets (each starts a sequence, so the pieces decode as the whole does).
 */
function excerptsOf(bytes: Uint8Array, text: string, offsets: readonly number[]): string[] {
  const decoder = new TextDecoder('utf-8');
  const at: number[] = [];
  let length = 0;
  let from = 0;
  for (const offset of offsets) {
    length += decoder.decode(bytes.subarray(from, offset), { stream: true }).length;
    at.push(length);
    from = offset;
  }
  return excerptsAt(text, at);
}

/** The excerpt of `text` around the U+FFFD at each of `indices` (UTF-16 indices). */
function excerptsAt(text: string, indices: readonly number[]): string[] {
  return indices.map((index) => {
    const before = Array.from(text.slice(Math.max(0, index - 4 * EXCERPT_SIDE), index).split(/[\r\n\u0085\u2028\u2029]/u).at(-1)!).slice(-EXCERPT_SIDE);
    const after = Array.from(text.slice(index + 1, index + 1 + 4 * EXCERPT_SIDE).split(/[\r\n\u0085\u2028\u2029]/u)[0]!).slice(0, EXCERPT_SIDE);
    // Indentation and trailing spaces trimmed: the cleaned outputs do not have them.
    return `${before.join('').trimStart()}\uFFFD${after.join('').trimEnd()}`;
  });
}

/** `invalid` with its excerpts from the non-fatal reading of `bytes`. */
function readInvalid(bytes: Uint8Array, invalid: InvalidUtf8, base: number): { text: string; invalid: ReadInvalidUtf8 } {
  const text = new TextDecoder('utf-8').decode(bytes);
  return { text, invalid: { encoding: 'utf-8', count: invalid.count, offsets: invalid.offsets.map((o) => o + base), excerpts: excerptsOf(bytes, text, invalid.offsets) } };
}

/**
 * A GB18030 file with a few damaged bytes (a last character cut short, a stray 0xFF): its non-fatal reading, each
 * damaged sequence as U+FFFD, when they are as few as a UTF-8 file may have and the reading passes the checks a
 * clean GB18030 reading must (plausible Chinese, not a Japanese or Korean encoding, not Big5); else null.
 */
function damagedGb18030(bytes: Uint8Array, big5Share: number): { text: string; invalid: ReadInvalidUtf8 } | null {
  const text = new TextDecoder('gb18030').decode(bytes);
  const indices: number[] = [];
  for (let i = text.indexOf('\uFFFD'); i !== -1 && indices.length <= MAX_INVALID; i = text.indexOf('\uFFFD', i + 1)) indices.push(i);
  if (indices.length === 0 || !fewInvalid({ count: indices.length, offsets: [] }, bytes.length)) return null;
  const share = mostUsedShare(text);
  if (plausibility(text) < PLAUSIBLE || share < MIN_MOST_USED || share <= big5Share || foreignEncodingReason(bytes, text) !== null) return null;
  return { text, invalid: { encoding: 'gb18030', count: indices.length, offsets: [], excerpts: excerptsAt(text, indices) } };
}

/**
 * A UTF-8 file with one invalid sequence at any size, or beyond that at most one per BYTES_PER_INVALID bytes and
 * never more than MAX_INVALID, is read with each of them as U+FFFD (and a warning) rather than refused: a last
 * character cut short, one stray byte, one Latin-1 é pasted in. More than that is another encoding, or not text.
 */
const MAX_INVALID = 16;
const BYTES_PER_INVALID = 1000;
/** A refused file whose UTF-8 reading has under one invalid sequence per this many bytes was nearly UTF-8. */
const NEARLY_UTF8_BYTES = 100;

function fewInvalid(invalid: InvalidUtf8, size: number): boolean {
  return invalid.count <= MAX_INVALID && (invalid.count <= 1 || invalid.count <= Math.floor(size / BYTES_PER_INVALID));
}

/** Where a refused UTF-8 reading went wrong, for the message: how many invalid sequences and the first offset. */
function invalidWhere(invalid: InvalidUtf8, base: number): string {
  const many = invalid.count > MAX_INVALID ? `more than ${MAX_INVALID} invalid byte sequences` : `${invalid.count} invalid byte sequence${invalid.count === 1 ? '' : 's'}`;
  return `${many}, the first at byte offset ${invalid.offsets[0]! + base}`;
}

/** The manifest's warning for a UTF-8 or GB18030 file read with damaged sequences as U+FFFD (byte offsets for UTF-8 only). */
export function invalidUtf8Warning(invalid: ReadInvalidUtf8): PipelineWarning {
  const listed = invalid.offsets.slice(0, 5).join(', ') + (invalid.count > 5 ? ', …' : '');
  const where = invalid.encoding === 'utf-8' ? `invalid UTF-8 byte sequence${invalid.count === 1 ? '' : 's'} (at byte offset ${listed})` : `invalid byte sequence${invalid.count === 1 ? '' : 's'} in this GB18030 file (near “${invalid.excerpts.slice(0, 5).join('”, “')}”)`;
  return {
    code: 'invalid-utf8',
    message: `${invalid.count} ${where} read as \uFFFD (U+FFFD): a character there is damaged or missing; check those places against the original.`,
    count: invalid.count,
    // Excerpts of the text, not byte offsets: staff find those with a search, in any output and any language.
    samples: [...invalid.excerpts],
  };
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

/**
 * File signatures of things people upload by mistake instead of a .txt. Some are printable ASCII that a
 * transcript may start with ("BMW集团…", "RIFF", "GIF8", "Rar!"): those prove a binary file only with the
 * control bytes their formats hold right after them (a BMP's reserved zero fields, a RIFF's or GIF's
 * little-endian sizes, RAR's 0x1A 0x07), which text never has.
 */
const BINARY_SIGNATURES: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['ZIP/DOCX/XLSX', [0x50, 0x4b, 0x03, 0x04]],
  ['ZIP', [0x50, 0x4b, 0x05, 0x06]],
  ['PNG', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG', [0xff, 0xd8, 0xff]],
  ['GIF', [0x47, 0x49, 0x46, 0x38]],
  ['WebP/RIFF', [0x52, 0x49, 0x46, 0x46]],
  ['DOC/XLS (OLE2)', [0xd0, 0xcf, 0x11, 0xe0]],
  ['GZIP', [0x1f, 0x8b]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf]],
  ['RAR', [0x52, 0x61, 0x72, 0x21]],
  ['BMP', [0x42, 0x4d]],
];
/** Signatures a text may start with; %PDF is not among them: a PDF may be all ASCII, and no speech starts so. */
const TEXT_LIKE_SIGNATURES = new Set(['GIF', 'WebP/RIFF', 'RAR', 'BMP']);
/** How far into the file a text-like signature's header is looked at for control bytes. */
const HEADER_BYTES = 32;

/** A control byte no text holds (tab, LF, FF, CR and ESC aside), in the header after the signature. */
function hasBinaryHeader(bytes: Uint8Array): boolean {
  for (const byte of bytes.subarray(0, HEADER_BYTES)) {
    if (byte < 0x09 || byte === 0x0b || (byte >= 0x0e && byte < 0x20 && byte !== 0x1b)) return true;
  }
  return false;
}

/** The kind of binary file the bytes are, by signature (and header, for text-like ones), or null. */
function binaryKind(bytes: Uint8Array): string | null {
  for (const [kind, signature] of BINARY_SIGNATURES) {
    if (startsWith(bytes, signature) && (!TEXT_LIKE_SIGNATURES.has(kind) || hasBinaryHeader(bytes))) return kind;
  }
  return null;
}

function humanSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB (${bytes} bytes)`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB (${bytes} bytes)`;
  return `${bytes} bytes`;
}

/**
 * The refusal of an input over `maxBytes`; `size` null when only that is known (a pipe read up to the
 * limit). Shells that read the input themselves refuse with it before reading past the limit.
 */
export function tooLargeError(size: number | null, maxBytes: number): InputRejectedError {
  const what = size === null ? `larger than ${humanSize(maxBytes)}` : humanSize(size);
  return new InputRejectedError('too-large', `The file is ${what}; the limit is ${humanSize(maxBytes)}. Split the transcript or raise the limit.`);
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.length <= bytes.length && signature.every((b, i) => bytes[i] === b);
}

function strictDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Share of characters that plausibly belong to a Chinese transcript. GB18030 decodes almost any byte
 * soup without error, so a decoded text must also *look* like text before we accept it.
 */
function plausibility(text: string): number {
  let good = 0;
  let total = 0;
  for (const ch of text) {
    total++;
    const cp = ch.codePointAt(0)!;
    if (
      cp === 0x09 || cp === 0x0a || cp === 0x0d ||
      (cp >= 0x20 && cp < 0x7f) ||
      (cp >= 0xa0 && cp < 0x2500) || // Latin-1, general punctuation, letterlike, arrows…
      (cp >= 0x2e80 && cp < 0xa000) || // CJK radicals, punctuation, kana, unified ideographs
      (cp >= 0xf900 && cp < 0xfb00) || // compatibility ideographs
      (cp >= 0xfe10 && cp < 0xfe70) || // vertical/compatibility forms
      (cp >= 0xff00 && cp < 0xfff0) || // full-width forms
      (cp >= 0x20000 && cp < 0x32000) // ideograph extensions B–H
    ) {
      good++;
    }
  }
  return total === 0 ? 1 : good / total;
}

const PLAUSIBLE = 0.97;

/** Share of control characters and U+FFFD, less the `excused` U+FFFD that stand for invalid UTF-8 already counted. */
function controlShare(text: string, excused: number): number {
  let controls = -excused;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if ((cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d && cp !== 0x0c) || cp === 0x7f || cp === 0xfffd) controls++;
  }
  return controls / Math.max(1, text.length);
}

/**
 * UTF-16 without a BOM: NUL bytes appear (ASCII, and ideographs such as 一 U+4E00), and exactly one byte
 * order decodes to plausible text — the other turns newlines and digits into unrelated scripts.
 */
function utf16WithoutBom(bytes: Uint8Array): { text: string; encoding: 'utf-16le' | 'utf-16be' } | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let best: { text: string; encoding: 'utf-16le' | 'utf-16be'; score: number } | null = null;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    const text = strictDecode(encoding, bytes);
    if (text === null) continue;
    const score = plausibility(text);
    if (score >= PLAUSIBLE && (best === null || score > best.score)) best = { text, encoding, score };
  }
  return best && { text: best.text, encoding: best.encoding };
}

/**
 * A run of CRs ending in LF is one line break: a CRLF file written again in text mode on Windows turns each
 * CRLF into CR CR LF, and reading that as two breaks splits paragraphs mid-word. CRs with no LF after them
 * are old Mac line ends, one break each. (`\r+\n?` stays linear on a long run of CRs, where `\r*\n|\r`
 * would backtrack at every CR.)
 */
function lineBreaks(run: string): string {
  return run.endsWith('\n') ? '\n' : '\n'.repeat(run.length);
}

function finish(raw: string, encoding: SourceEncoding, bom: boolean, invalid?: ReadInvalidUtf8): DecodedText {
  // References first: `&#1;` is a control character and `&#13;&#10;` a line break like any other.
  // NEL and the Unicode line/paragraph separators are line breaks too.
  const text = decodeCharacterReferences(raw).replace(/\r+\n?|[\u0085\u2028\u2029]/g, lineBreaks);
  if (controlShare(text, invalid?.count ?? 0) > 0.01) {
    throw new InputRejectedError('binary-input', `The file holds control characters, not text (decoded as ${encoding}).`);
  }
  if (text.trim() === '' || /^[\s\u3000\u00a0\u200b-\u200d\u2060\ufeff]*$/.test(text)) {
    throw new InputRejectedError('empty-input', 'The file contains no text.');
  }
  return invalid ? { text, encoding, bom, invalidUtf8: invalid } : { text, encoding, bom };
}

/**
 * Bytes → text. Accepts UTF-8 (with or without BOM), UTF-16 LE/BE (BOM, or NUL-pattern detected) and
 * GB18030/GBK and Big5; refuses empty, binary, oversized and undecodable input with an InputRejectedError.
 */
export function decode(bytes: Uint8Array, maxBytes: number = DEFAULT_MAX_BYTES): DecodedText {
  if (bytes.length > maxBytes) throw tooLargeError(bytes.length, maxBytes);
  if (bytes.length === 0) throw new InputRejectedError('empty-input', 'The file is empty (0 bytes).');

  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const body = bytes.subarray(3);
    const text = strictDecode('utf-8', body);
    if (text !== null) return finish(text, 'utf-8', true);
    const invalid = invalidUtf8(body, MAX_INVALID);
    if (fewInvalid(invalid, bytes.length)) {
      const read = readInvalid(body, invalid, 3);
      return finish(read.text, 'utf-8', true, read.invalid);
    }
    throw new InputRejectedError('bad-encoding', `The file starts with a UTF-8 BOM but is not valid UTF-8: ${invalidWhere(invalid, 3)}. Save it as UTF-8 again and upload it again.`);
  }
  for (const [label, bom] of [['utf-16le', [0xff, 0xfe]], ['utf-16be', [0xfe, 0xff]]] as const) {
    if (startsWith(bytes, bom)) {
      const text = strictDecode(label, bytes.subarray(2));
      if (text === null) throw new InputRejectedError('bad-encoding', `The file has a ${label.toUpperCase()} BOM but is not valid ${label.toUpperCase()}.`);
      return finish(text, label, true);
    }
  }

  const kind = binaryKind(bytes);
  if (kind !== null) throw new InputRejectedError('binary-input', `The file is a ${kind} file, not a plain-text transcript (.txt).`);

  if (bytes.includes(0)) {
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) return finish(utf16.text, utf16.encoding, false);
    throw new InputRejectedError('binary-input', 'The file contains NUL bytes: it is a binary file, not a plain-text transcript.');
  }

  const utf8 = strictDecode('utf-8', bytes);
  if (utf8 !== null) return finish(utf8, 'utf-8', false);

  const gb = strictDecode('gb18030', bytes);
  // Taiwan and Hong Kong pages saved in Big5: GB18030 reads most of them without an error, as valid but
  // unrelated characters (and passes the plausibility checks: GB2312 level 1 shares 0.38–0.55 on the
  // corpora's Traditional pages). Of the two readings, the one made of Chinese's most used characters wins.
  const big5 = strictDecode('big5', bytes);
  const big5Share = big5 === null ? 0 : mostUsedShare(big5);
  const big5Wins = big5 !== null && big5Share >= MIN_MOST_USED && big5Share > (gb === null ? 0 : mostUsedShare(gb));
  // Node's Big5 maps Hong Kong's HKSCS characters (哋, 喺) into the private use area: they would print blank.
  if (big5Wins && /[\uE000-\uF8FF]/u.test(big5)) {
    throw new InputRejectedError('bad-encoding', 'The file reads as Big5 but holds Hong Kong (HKSCS) characters that this converter cannot read. Save it as UTF-8 and upload it again.');
  }
  if (big5Wins && plausibility(big5) >= PLAUSIBLE) return finish(big5, 'big5', false);
  // Valid and made of CJK characters is not enough: Japanese and Korean encodings read so too.
  const foreign = gb !== null && plausibility(gb) >= PLAUSIBLE ? foreignEncodingReason(bytes, gb) : undefined;
  if (gb !== null && foreign === null) return finish(gb, 'gb18030', false);

  // Neither a clean GB18030 nor a Big5 file: UTF-8 apart from a few damaged characters.
  const invalid = invalidUtf8(bytes, MAX_INVALID);
  if (fewInvalid(invalid, bytes.length)) {
    const read = readInvalid(bytes, invalid, 0);
    return finish(read.text, 'utf-8', false, read.invalid);
  }
  if (foreign) throw new InputRejectedError('bad-encoding', `${foreign} Save it as UTF-8 and upload it again.`);
  // Or GB18030 apart from a few damaged characters.
  const damaged = gb === null ? damagedGb18030(bytes, big5Share) : null;
  if (damaged !== null) return finish(damaged.text, 'gb18030', false, damaged.invalid);

  // Where UTF-8 went wrong helps only when it nearly read (under one invalid sequence per NEARLY_UTF8_BYTES bytes; a
  // GB18030 or Big5 file has one every few bytes): otherwise the file is simply in none of these.
  const nearly = invalid.count <= MAX_INVALID || invalidUtf8(bytes, Math.floor(bytes.length / NEARLY_UTF8_BYTES)).count <= bytes.length / NEARLY_UTF8_BYTES;
  const why = nearly ? `The file is not UTF-8 (${invalidWhere(invalid, 0)}) and could not` : 'The file could not';
  throw new InputRejectedError(
    'bad-encoding',
    `${why} be read as Chinese text in UTF-8, UTF-16, GB18030 or Big5 (another encoding, damaged, or too short to tell). Save it as UTF-8 and upload it again.`,
  );
}
