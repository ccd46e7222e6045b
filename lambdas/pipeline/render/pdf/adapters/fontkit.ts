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
  return withTableAdvances(fontkit.create(inPlace(bytes)));
}

/** The fontkit internals `withTableAdvances` reads (fontkit 1.x as @pdf-lib/fontkit ships it). */
interface FontInternals {
  getGlyph(id: number, characters?: number[]): GlyphInternals | null;
  readonly hmtx: { readonly metrics: { readonly length: number; get(i: number): { readonly advance: number } | undefined } };
  readonly directory: { readonly tables: Record<string, unknown> };
}
interface GlyphInternals {
  readonly id: number;
}

/**
 * fontkit works a glyph's advance width out together with its vertical metrics, and without a vmtx table (our
 * cut faces and subsets have none) those need the glyph's box: the whole loca table decoded, then the glyph's
 * header — for every glyph measured, and again by pdf-lib for every glyph of every subset it embeds (a third of
 * a new process's first PDF, ~10 % of a warm one). The advance itself is hmtx's alone (fontkit's
 * `_getTableMetrics`, the last advance for a glyph past the table's end), so each glyph gets it as the own
 * `advanceWidth` property fontkit's cached getter would have written. Fonts with variations are left alone (their
 * advance can change with the outline). test/pipeline/render/pdf/adapters/fontkit.test.ts compares every glyph
 * of real faces and subsets with fontkit's own answer.
 */
function withTableAdvances(font: Font): Font {
  const internals = font as unknown as FontInternals;
  if (internals.directory.tables['fvar'] !== undefined) return font;
  const getGlyph = internals.getGlyph.bind(font);
  const advanceOf = (id: number): number => {
    const { metrics } = internals.hmtx;
    const metric = id < metrics.length ? metrics.get(id) : metrics.get(metrics.length - 1);
    return metric ? metric.advance : 0;
  };
  internals.getGlyph = (id, characters) => {
    const glyph = getGlyph(id, characters);
    if (glyph && !Object.prototype.hasOwnProperty.call(glyph, 'advanceWidth'))
      Object.defineProperty(glyph, 'advanceWidth', { value: advanceOf(glyph.id) });
    return glyph;
  };
  return font;
}

/** Whether fontkit found glyf outlines: CFF fonts break in pdf-lib, so only glyf TrueType is accepted. */
export function hasGlyfOutlines(font: Font): boolean {
  return Boolean((font as unknown as { directory?: { tables?: Record<string, unknown> } }).directory?.tables?.['glyf']);
}

/**
 * fontkit as pdf-lib takes it (`pdf.registerFontkit`), parsing in place (each subset is 0.1–0.5 MB, copied byte
 * by byte otherwise). embedFaces registers subset-face.ts's reader instead, which falls back to this parse.
 * pdf-lib only ever gets harfbuzz subsets embedded whole (`subset: false`), so fontkit's own subsetter — and
 * its short-loca bug, which needed a patch while that path existed — is never used.
 */
export const pdfLibFontkit = {
  create: (data: Uint8Array, postscriptName?: string): Font => withTableAdvances(fontkit.create(inPlace(data), postscriptName)),
};
