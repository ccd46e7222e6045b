/**
 * Quotes, dashes, ellipses and the middle dot are code points Chinese and Latin text share. Word sets
 * them in the East-Asian face because the styles carry w:hint="eastAsia". LibreOffice needs the hint on
 * the run itself, and even then sets a mark that touches Latin text (“XXXX”) in the Latin face at half
 * width: those runs name the East-Asian face in every slot — and LibreOffice then treats the mark as
 * Western text (its Asian/Western space goes on the mark's Han side). Not all of them, because that space
 * would lengthen every line with quotes.
 */
const SHARED_PUNCTUATION = /^[“”‘’—…·]$/u;
const LATIN = /[A-Za-z0-9]/;

export type SharedPunctuation = 'hint' | 'face' | null;

/** How the DOCX marks the character at `i` (code points of one run or one line). */
export function sharedPunctuationAt(chars: readonly string[], i: number): SharedPunctuation {
  if (!SHARED_PUNCTUATION.test(chars[i]!)) return null;
  return LATIN.test(chars[i - 1] ?? '') || LATIN.test(chars[i + 1] ?? '') ? 'face' : 'hint';
}
