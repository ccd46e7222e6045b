/**
 * What a portal adds to a speech's title to make a page title of it (…致辞范文, …讲话稿精选, 致辞大全7篇,
 * …演讲稿 篇1): the cleaning drops the title's decorated copies, the structure stage tells a decorated page
 * title from the speech title and takes the decorations off the one it prints. Word lists as regex
 * alternations (no member holds a metacharacter).
 */

/**
 * What kind of text the page offers: 范文 (a model text to copy), 模板 (a template), 全文 (the full
 * text). Glued to a title's end (…致辞范文) it still ends like a speech title.
 */
export const TEXT_KIND_TAGS = '范文|範文|模板|全文';

/** Praise a portal puts on an article: 精选 (selected), 实用 (practical), 最新 (latest). No speech calls itself so. */
export const PRAISE_TAGS = '精选|精選|实用|實用|最新';

/**
 * Words of a page offering a collection of pieces (汇编, 大全, 合集): the collection's title, never one
 * speech's (a count, 7篇, says the same; see COLLECTION_COUNT).
 */
export const COLLECTION_WORDS = '汇编|匯編|大全|合集';

/** A piece's number in a compilation: 一…十 or one or two digits (篇1, 范文一, （篇2）, 第3篇). */
export const PIECE_NUMBER = '[一二三四五六七八九十\\d]{1,2}';

/** 篇1, 篇 三: a compilation's piece index after the piece's title. */
export const PIECE_INDEX = `篇\\s*${PIECE_NUMBER}`;

/**
 * A WeChat account's or portal's column name, printed with a bar in front of a piece's title (微党课｜…). Only a
 * name that is a column's and no title's own first words: 党课｜… or 青年说｜… may be the title (the bar stays).
 */
export const COLUMN_NAMES = '微党课|微黨課|微课堂|微課堂|微宣讲|微宣講|每日一学|每日一學|学习园地|學習園地|理论学习|理論學習';
