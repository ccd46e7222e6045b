import { deflateSync } from 'node:zlib';
import type { PDFContext, PDFDocument } from 'pdf-lib';

/**
 * zlib level for every stream. Nearly all the bytes are the two body-font subsets (~0.9 of the 1.16 MB a
 * seed's two editions compress); measured warm on them (scripts/bench-pdf.ts figures in docs/pdf.md):
 * level 6 (zlib's default) 46–49 ms and 711 KB, level 2 24–25 ms and 733 KB (+3 %), level 1 no faster
 * than 2 and +4 %, levels ≥ 3 slower by 5 ms or more. A print PDF's size barely matters; the Lambda's
 * time does.
 */
export const FLATE_LEVEL = 2;

/** A string of byte values (PDF content syntax) or bytes, as pdf-lib's flateStream accepts. */
const bytesOf = (contents: string | Uint8Array): Uint8Array =>
  typeof contents === 'string' ? Buffer.from(contents, 'latin1') : contents;

/**
 * Makes this document compress its streams (font files, ToUnicode maps, page contents) with Node's zlib
 * instead of pdf-lib's bundled pure-JS pako: profiling the seed showed pako's deflate taking about 40% of a
 * warm render. Applied to one document's context only; the output is still plain FlateDecode, and zlib is
 * deterministic for the same input, level and Node build.
 */
export function useNativeDeflate(pdf: PDFDocument): void {
  const context: PDFContext = pdf.context;
  context.flateStream = (contents, dict = {}) =>
    context.stream(deflateSync(bytesOf(contents), { level: FLATE_LEVEL }), { ...dict, Filter: 'FlateDecode' });
}
