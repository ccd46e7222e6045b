/**
 * Where bytes are not UTF-8: the byte offset of each invalid sequence, found the way the WHATWG decoder
 * (TextDecoder, not fatal) finds them, so each offset is one U+FFFD in its reading. A truncated sequence is
 * one error at its lead byte; a byte that cannot continue it starts over, as the decoder does.
 */
export interface InvalidUtf8 {
  /** How many invalid sequences, counted up to `limit + 1` (then the scan stops: more is "too many"). */
  readonly count: number;
  /** The byte offsets of the first `limit` of them, ascending. */
  readonly offsets: readonly number[];
}

export function invalidUtf8(bytes: Uint8Array, limit: number): InvalidUtf8 {
  const offsets: number[] = [];
  let count = 0;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  let start = 0;
  const error = (at: number): boolean => {
    count++;
    if (offsets.length < limit) offsets.push(at);
    return count > limit;
  };
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (needed === 0) {
      if (byte <= 0x7f) continue;
      start = i;
      if (byte >= 0xc2 && byte <= 0xdf) needed = 1;
      else if (byte >= 0xe0 && byte <= 0xef) {
        if (byte === 0xe0) lower = 0xa0;
        if (byte === 0xed) upper = 0x9f;
        needed = 2;
      } else if (byte >= 0xf0 && byte <= 0xf4) {
        if (byte === 0xf0) lower = 0x90;
        if (byte === 0xf4) upper = 0x8f;
        needed = 3;
      } else if (error(i)) break;
      continue;
    }
    if (byte < lower || byte > upper) {
      needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      if (error(start)) break;
      i--; // this byte starts over
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    if (++seen === needed) needed = seen = 0;
  }
  if (needed !== 0 && count <= limit) error(start);
  return { count, offsets };
}
