/** Sentence ends of Chinese (and half-width, before normalisation) text. */

/** Marks that end a sentence: 。！？ and their half-width forms. */
export const SENTENCE_END = '。！？!?';
export const SENTENCE_END_RE = /[。！？!?]/;
/** A sentence end at the end of a line, possibly inside closing quotes or brackets. */
export const ENDS_SENTENCE_RE = /[。！？!?…][”’」』）)]*$/;
/**
 * Sentence and clause breaks, without 、 (which lists names or items inside a title, a speaker line or a
 * label): a line with none is a title, heading, label or name, not prose.
 */
export const PHRASE_BREAK = '。！？!?；;，,';
export const PHRASE_BREAK_RE = new RegExp(`[${PHRASE_BREAK}]`);
/** The same or a colon: a line that introduces what follows (来源：…, 主持人：…) is no title, name or speaker either. */
export const PHRASE_BREAK_OR_COLON_RE = new RegExp(`[${PHRASE_BREAK}：:]`);
/** Clause punctuation: what running prose has and a menu or title rarely does. */
export const CLAUSE_PUNCT_RE = new RegExp(`[${PHRASE_BREAK}、]`);
/** How a paragraph's last line ends (a sentence end, a colon, a closing quote); any other ending is a break inside a sentence. */
export const STOPS_PARAGRAPH = /[。！？!?；;：:”」』…）)]$/;
