/**
 * Fonts for the PDF renderer: which face draws which character, how wide it is, and embedding the
 * faces a document used as tagged subsets.
 *
 * How the layout uses it:
 *   const book = fontBookFor(doc.script);               // cached; loads nothing yet
 *   const face = book.faceFor('body', ch);              // null → collect ch for missingGlyphWarning
 *   const w = book.advance(face, 'GB/T', 16);           // Latin/digit runs; Han use the grid cell
 *   if (book.syntheticBold('bodyBold', face)) …          // draw fill + stroke
 *   used.get(face).add(ch)                               // every character drawn, per face
 *   const fonts = await embedFaces(pdf, used);           // Map<FontFace, PDFFont>; then page.drawText(…, { font: fonts.get(face) })
 *   const warning = missingGlyphWarning(missingChars);   // PipelineWarning | null
 *
 * Fonts load lazily, once per process: the font directory is resolved and each file read on the
 * first call that needs it (SPEECH_PRESS_FONT_DIR, else <code dir>/fonts, else assets/fonts).
 */
import type { Script } from '../../../model';
import { defaultFaceStore } from './face-store';
import { type FontBook, createFontBook } from './font-book';
import { PROFILES } from './profiles';

export type { FaceMetrics, FontBook } from './font-book';
export type { CutSet, FaceStyle, FontFace } from './faces';
export type { FontProfile, FontRole } from './profiles';
export type { EmbedOptions } from './embed';
export type { FontFileReader, LoadedFace } from './face-store';
export { ALL_FACES, COVERAGE_FILE, CUT_DIR, FACES } from './faces';
export { FONT_ROLES, PROFILES, roleWantsBold } from './profiles';
export { canonicalCharacters, embedFaces } from './embed';
export { createFontBook } from './font-book';
export { FaceStore, defaultFaceStore } from './face-store';
export { missingGlyphWarning } from './missing-glyphs';
export { subsetFontName, subsetTag } from './subset-tag';
export { FontDirectoryNotFoundError, FontFileError } from './errors';
export { resolveFontDir } from './font-dir';

const books = new Map<Script, FontBook>();

/** The process-wide font book for a script (same object on every call). */
export function fontBookFor(script: Script): FontBook {
  let book = books.get(script);
  if (!book) {
    book = createFontBook(script, PROFILES[script], defaultFaceStore());
    books.set(script, book);
  }
  return book;
}
