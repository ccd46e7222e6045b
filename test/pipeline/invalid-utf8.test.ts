import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidUtf8 } from '../../lambdas/pipeline/invalid-utf8';

// Bytes that make every kind of sequence: ASCII, continuations at each boundary, every lead class and the
// never-valid C0/C1/F5–FF. 0xBD is left out so EF BF BD (a real U+FFFD) never occurs: every U+FFFD that
// TextDecoder gives is then an invalid sequence.
const BYTES = [0x41, 0x0a, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc1, 0xc2, 0xdf, 0xe0, 0xe4, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff];

describe('invalidUtf8', () => {
  it('finds one offset per U+FFFD that the WHATWG decoder (TextDecoder) puts in, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...BYTES), { maxLength: 24 }), (list) => {
        const bytes = Uint8Array.from(list);
        const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
        const found = invalidUtf8(bytes, 1000);
        expect(found.count).toBe([...text].filter((c) => c === '\uFFFD').length);
        // Each bad sequence's bytes, decoded alone, are one U+FFFD: the offsets are where they start.
        const ends = [...found.offsets.slice(1), bytes.length];
        for (const [i, offset] of found.offsets.entries()) {
          expect(new TextDecoder().decode(bytes.subarray(offset, ends[i])).startsWith('\uFFFD')).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('names a truncated sequence by its lead byte and stops counting after the limit', () => {
    expect(invalidUtf8(Buffer.from('讲话'), 16)).toEqual({ count: 0, offsets: [] });
    expect(invalidUtf8(Buffer.from('讲话').subarray(0, 5), 16)).toEqual({ count: 1, offsets: [3] });
    expect(invalidUtf8(Buffer.from([0xe4, 0xbb, 0xff, 0x8d]), 16)).toEqual({ count: 3, offsets: [0, 2, 3] });
    expect(invalidUtf8(Buffer.alloc(1_000_000, 0xff), 16)).toEqual({ count: 17, offsets: Array.from({ length: 16 }, (_, i) => i) });
  });
});
