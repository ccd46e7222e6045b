import * as fontkitModule from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';

/**
 * The one fontkit instance speech-press parses fonts with and registers with pdf-lib, with its
 * TrueType subsetter repaired.
 *
 * The bug (@pdf-lib/fontkit 1.1.1, fixed upstream in fontkit 1.8): when a subset's glyf table is
 * at most 64 KiB, TTFSubset writes a short `loca`, which stores offsets divided by two, but copies
 * glyph records without padding them to even length. Noto and WenKai have many odd-length glyph
 * records, so every offset after one is off by a byte and small subsets (titles, headings) render
 * blank in poppler and as tofu in Ghostscript, while text extraction still passes. The repair pads
 * each copied record to even length. test/pdf-fonts-subset.test.ts guards it by comparing the
 * outlines embedded in a PDF with the source font's.
 */

/** The package ships UMD (default export at runtime) but types it as named exports. */
const fontkit: typeof fontkitModule =
  (fontkitModule as unknown as { default?: typeof fontkitModule }).default ?? fontkitModule;

const PATCHED = Symbol.for('speech-press.fontkit.evenGlyphRecords');

/** fontkit's Buffer polyfill (not Node's: fontkit's encoder rejects foreign Buffers). */
interface FontkitBuffer extends Uint8Array {
  readonly constructor: { alloc(size: number): FontkitBuffer };
}

interface TTFSubsetInternals {
  glyf: FontkitBuffer[];
  offset: number;
  _addGlyph(gid: number): number;
  [PATCHED]?: true;
}

/**
 * Installs the even-padding repair on fontkit's TTFSubset class. The class is not exported, so it
 * is reached through a subset of any TrueType font. Idempotent.
 */
export function repairTrueTypeSubsetting(trueTypeFont: Font): void {
  const proto = Object.getPrototypeOf(trueTypeFont.createSubset()) as TTFSubsetInternals;
  if (proto[PATCHED]) return;
  if (typeof proto._addGlyph !== 'function' || !('glyphEncoder' in trueTypeFont.createSubset())) {
    throw new Error('fontkit TrueType subsetter not recognised: the glyph-padding repair cannot be applied');
  }
  const addGlyph = proto._addGlyph;
  proto._addGlyph = function addEvenGlyphRecord(this: TTFSubsetInternals, gid: number): number {
    const index = addGlyph.call(this, gid);
    const record = this.glyf[index];
    if (record && record.length % 2 === 1) {
      const padded = record.constructor.alloc(record.length + 1);
      padded.set(record, 0);
      this.glyf[index] = padded;
      this.offset += 1;
    }
    return index;
  };
  proto[PATCHED] = true;
}

export function isTrueTypeSubsettingRepaired(trueTypeFont: Font): boolean {
  return (Object.getPrototypeOf(trueTypeFont.createSubset()) as TTFSubsetInternals)[PATCHED] === true;
}

/**
 * What to hand fontkit.create so it parses `bytes` in place. Given a Uint8Array, @pdf-lib/fontkit's
 * bundled Buffer polyfill copies it element by element in a JS loop (about 450 ms for the 75 MB of
 * faces); given an ArrayBuffer it takes a view. fontkit is typed for Uint8Array only, hence the cast.
 * A Uint8Array that is a window on a larger buffer (a pooled small read) is copied once, natively.
 */
export function inPlace(bytes: Uint8Array): Uint8Array {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
  return whole as unknown as Uint8Array;
}

/**
 * The fontkit pdf-lib is given (`pdf.registerFontkit`): the repaired one, parsing each font pdf-lib
 * embeds in place too (each subset is 0.3–0.5 MB, copied byte by byte otherwise).
 */
export const pdfLibFontkit = {
  create: (data: Uint8Array, postscriptName?: string): Font => fontkit.create(inPlace(data), postscriptName),
};

export { fontkit };

