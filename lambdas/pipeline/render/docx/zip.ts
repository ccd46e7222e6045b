import { crc32 } from 'node:zlib';
import { deflateSync } from 'fflate';

/**
 * The DOCX package's zip, written as fflate's `zipSync(files, { level, mtime })` writes it — the same bytes —
 * with each part's deflated form kept for the next document. Of a package's ~21 parts only the body and the
 * document properties change from one speech to the next; the theme, styles, numbering, settings, footers,
 * relationships and content types are the same bytes for every document of a profile, and fflate deflated
 * each of them again for every document (every call also zero-fills ~170 KB of match tables): about half of
 * a warm DOCX's zip time. Deflate is still fflate's, called exactly as zipSync calls it; only the container
 * (local headers, central directory, end record — APPNOTE 4.3) is written here.
 * test/pipeline/render/docx/zip.test.ts compares the bytes with zipSync's.
 */

/** A part as the zip stores it: CRC-32 of the bytes, and the bytes deflated. */
interface StoredPart {
  readonly raw: Uint8Array;
  readonly crc: number;
  readonly deflated: Uint8Array;
}

/** Parts larger than this are deflated every time rather than kept (a long speech's body is megabytes). */
const MAX_KEPT_BYTES = 256 * 1024;
/** Variants kept per part name, most recent first: one per profile is the usual case. */
const MAX_KEPT_VARIANTS = 4;

const kept = new Map<string, StoredPart[]>();

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean =>
  a.byteLength === b.byteLength && Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

function stored(name: string, raw: Uint8Array, level: ZipLevel): StoredPart {
  if (raw.byteLength > MAX_KEPT_BYTES) return { raw, crc: crc32(raw), deflated: deflateSync(raw, { level }) };
  const key = `${level} ${name}`;
  let variants = kept.get(key);
  if (!variants) kept.set(key, (variants = []));
  const index = variants.findIndex((part) => sameBytes(part.raw, raw));
  const part = index >= 0 ? variants.splice(index, 1)[0]! : { raw: raw.slice(), crc: crc32(raw), deflated: deflateSync(raw, { level }) };
  variants.unshift(part);
  if (variants.length > MAX_KEPT_VARIANTS) variants.length = MAX_KEPT_VARIANTS;
  return part;
}

export type ZipLevel = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

const LOCAL_HEADER = 30;
const CENTRAL_HEADER = 46;
const END_RECORD = 22;
const VERSION_NEEDED = 20;
const DEFLATED = 8;
const UTF8_NAME_FLAG = 0x800;

/** MS-DOS date and time of the local wall-clock fields of `date`, as zip entries hold them. */
function dosDateTime(date: Date): number {
  const year = date.getFullYear() - 1980;
  if (year < 0 || year > 119) throw new RangeError(`zip dates run from 1980 to 2099: ${date.toISOString()}`);
  return (
    ((year << 25) | ((date.getMonth() + 1) << 21) | (date.getDate() << 16) | (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1)) >>> 0
  );
}

/**
 * Zips `files` in their order, every entry deflated at `level` and dated `mtime` (no comments, no extra
 * fields): byte for byte what fflate's `zipSync(files, { level, mtime })` gives.
 */
export function zipParts(files: ReadonlyMap<string, Uint8Array>, level: ZipLevel, mtime: Date): Uint8Array {
  const encoder = new TextEncoder();
  const time = dosDateTime(mtime);
  const entries = [...files].map(([name, raw]) => {
    const nameBytes = encoder.encode(name);
    return { nameBytes, utf8: nameBytes.length !== name.length, part: stored(name, raw, level) };
  });
  const localSize = entries.reduce((sum, e) => sum + LOCAL_HEADER + e.nameBytes.length + e.part.deflated.length, 0);
  const centralSize = entries.reduce((sum, e) => sum + CENTRAL_HEADER + e.nameBytes.length, 0);
  const out = new Uint8Array(localSize + centralSize + END_RECORD);
  const view = new DataView(out.buffer);

  /** The fields local and central headers share, from "version needed" to the extra field's length. */
  const common = (at: number, e: (typeof entries)[number]): void => {
    view.setUint16(at, VERSION_NEEDED, true);
    view.setUint16(at + 2, e.utf8 ? UTF8_NAME_FLAG : 0, true);
    view.setUint16(at + 4, DEFLATED, true);
    view.setUint32(at + 6, time, true);
    view.setUint32(at + 10, e.part.crc, true);
    view.setUint32(at + 14, e.part.deflated.length, true);
    view.setUint32(at + 18, e.part.raw.length, true);
    view.setUint16(at + 22, e.nameBytes.length, true);
    view.setUint16(at + 24, 0, true);
  };

  let local = 0;
  let central = localSize;
  for (const e of entries) {
    view.setUint32(local, 0x04034b50, true);
    common(local + 4, e);
    out.set(e.nameBytes, local + LOCAL_HEADER);
    out.set(e.part.deflated, local + LOCAL_HEADER + e.nameBytes.length);

    view.setUint32(central, 0x02014b50, true);
    view.setUint16(central + 4, VERSION_NEEDED, true); // version made by: 2.0, MS-DOS attributes (fflate's default)
    common(central + 6, e);
    // comment length, disk number, internal and external attributes: 0
    view.setUint32(central + 42, local, true);
    out.set(e.nameBytes, central + CENTRAL_HEADER);

    local += LOCAL_HEADER + e.nameBytes.length + e.part.deflated.length;
    central += CENTRAL_HEADER + e.nameBytes.length;
  }
  view.setUint32(central, 0x06054b50, true);
  view.setUint16(central + 8, entries.length, true);
  view.setUint16(central + 10, entries.length, true);
  view.setUint32(central + 12, centralSize, true);
  view.setUint32(central + 16, localSize, true);
  return out;
}
