/** Sentence ends of Chinese (and half-width, before normalisation) text. */

/** Marks that end a sentence: 。！？ and their half-width forms. */
export const SENTENCE_END = '。！？!?';
export const SENTENCE_END_RE = /[。！？!?]/;
/** A sentence end at the end of a line, possibly inside closing quotes or brackets. */
export const ENDS_SENTENCE_RE = /[。！？!?…][”’」』）)]*$/;
/** Clause punctuation: what running prose has and a menu or title rarely does. */
export const CLAUSE_PUNCT_RE = /[，,。！？!?；;、]/;
/** How a paragraph's last line ends (a sentence end, a colon, a closing quote); any other ending is a break inside a sentence. */
export const STOPS_PARAGRAPH = /[。！？!?；;：:”」』…）)]$/;
