import { isAsciiAlnumCode } from '../../text/characters';

/**
 * Quotes, dashes, ellipses and the middle dot are code points Chinese and Latin text share. Word sets
 * them in the East-Asian face because the styles carry w:hint="eastAsia". LibreOffice needs the hint on
 * the run itself, and even then sets a mark that touches Latin text (“XXXX”) in the Latin face at half
 * width: those runs name the East-Asian face in every slot — and LibreOffice then treats the mark as
 * Western text (its Asian/Western space goes on the mark's Han side). Not all of them, because that space
 * would lengthen every line with quotes.
 */
const SHARED_MARKS = '“”‘’—…·';
const SHARED_CODES = new Set([...SHARED_MARKS].map((mark) => mark.charCodeAt(0)));
const LATIN = /[A-Za-z0-9]/;

export type SharedPunctuation = 'hint' | 'face' | null;

/** How the DOCX marks `char` between `before` and `after` (characters, or a line's units; undefined at an edge). */
export function sharedPunctuation(char: string, before: string | undefined, after: string | undefined): SharedPunctuation {
  // The marks are single code units: a code unit's lookup, not a string's (this runs for every unit of every line).
  if (char.length !== 1 || !SHARED_CODES.has(char.charCodeAt(0))) return null;
  return LATIN.test(before ?? '') || LATIN.test(after ?? '') ? 'face' : 'hint';
}

/**
 * The same for the character at UTF-16 index `i` of `text`, making no strings (a run can be a million
 * characters). The marks are single code units, so neighbouring code units are the neighbouring characters'.
 */
export function sharedPunctuationIn(text: string, i: number): SharedPunctuation {
  if (!SHARED_CODES.has(text.charCodeAt(i))) return null;
  return isAsciiAlnumCode(text.charCodeAt(i - 1)) || isAsciiAlnumCode(text.charCodeAt(i + 1)) ? 'face' : 'hint';
}
