import * as fontkitModule from '@pdf-lib/fontkit';
import type { Font } from '@pdf-lib/fontkit';

/**
 * The one fontkit speech-press parses fonts with and registers with pdf-lib. What it relies on that
 * fontkit does not promise is here: how its Buffer polyfill treats an ArrayBuffer, and where the
 * table directory lives. test/pipeline/render/pdf/adapters/fontkit.test.ts checks both on a real face.
 */

export type { Font } from '@pdf-lib/fontkit';

/** The package ships UMD (default export at runtime) but types it as named exports. */
const fontkit: typeof fontkitModule =
  (fontkitModule as unknown as { default?: typeof fontkitModule }).default ?? fontkitModule;

/**
 * What to hand fontkit.create so it parses `bytes` in place. Given a Uint8Array, @pdf-lib/fontkit's
 * bundled Buffer polyfill copies it element by element in a JS loop (about 450 ms for the 75 MB of
 * full faces); given an ArrayBuffer it takes a view. fontkit is typed for Uint8Array only, hence the cast.
 * A Uint8Array that is a window on a larger buffer (a pooled small read) is copied once, natively.
 */
export function inPlace(bytes: Uint8Array): Uint8Array {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
  return whole as unknown as Uint8Array;
}

/** Parses a font file without copying it (fontkit reads tables lazily, so this costs one directory read). */
export function parseFont(bytes: Uint8Array): Font {
  return fontkit.create(inPlace(bytes));
}

/** Whether fontkit found glyf outlines: CFF fonts break in pdf-lib, so only glyf TrueType is accepted. */
export function hasGlyfOutlines(font: Font): boolean {
  return Boolean((font as unknown as { directory?: { tables?: Record<string, unknown> } }).directory?.tables?.['glyf']);
}

/**
 * The fontkit pdf-lib is given (`pdf.registerFontkit`): it parses each font pdf-lib embeds in place too
 * (each subset is 0.1–0.5 MB, copied byte by byte otherwise). pdf-lib only ever gets harfbuzz subsets
 * embedded whole (`subset: false`), so fontkit's own subsetter — and its short-loca bug, which needed a
 * patch while that path existed — is never used.
 */
export const pdfLibFontkit = {
  create: (data: Uint8Array, postscriptName?: string): Font => fontkit.create(inPlace(data), postscriptName),
};
