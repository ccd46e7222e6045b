import type { SpeechDocument } from '../model';

/** Longest Title a PDF's document information or a DOCX's core properties get, in user-perceived characters. */
export const MAX_METADATA_TITLE = 200;

const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/**
 * The Title property of both outputs: the speech's title, or none. Never a stand-in such as the first block —
 * a salutation, or a 96,000-character paragraph that made a 288 KB Title field — so with no title a viewer
 * shows the file's name. A title longer than MAX_METADATA_TITLE (a wrongly chosen one, a whole paragraph) is
 * cut at a character boundary with an ellipsis; the page itself still prints it whole.
 */
export function metadataTitle(doc: SpeechDocument): string | undefined {
  const title = doc.title;
  if (!title) return undefined;
  if (title.length <= MAX_METADATA_TITLE) return title; // UTF-16 units ≥ characters: short enough as it is
  // Counted in full first: a title of exactly MAX_METADATA_TITLE characters with an astral one among them
  // (201 UTF-16 units) is short enough and stays whole.
  const segments = Array.from(graphemes.segment(title), ({ segment }) => segment);
  if (segments.length <= MAX_METADATA_TITLE) return title;
  return `${segments.slice(0, MAX_METADATA_TITLE - 1).join('')}…`;
}
