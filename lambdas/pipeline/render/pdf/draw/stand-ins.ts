/**
 * U+FFFD, a character the decoder could not read (decode.ts), has no glyph in any bundled font and would print
 * as a blank em. The PDF draws it as □ (U+25A1), the Chinese printing convention for a missing or illegible
 * character, which every face of the body and heading chains has at one em; the DOCX and the clean text keep
 * U+FFFD. Measure and drawing both ask for the stand-in, so the layout is measured with the glyph drawn.
 */
const DAMAGED = '\uFFFD';
const ILLEGIBLE_MARK = '\u25A1';

/** The text as the PDF draws it: each U+FFFD as □. */
export function drawnAs(text: string): string {
  return text.includes(DAMAGED) ? text.replaceAll(DAMAGED, ILLEGIBLE_MARK) : text;
}
