/** Character classes shared by the cleaning and structure stages. */

/**
 * Han ideographs — the one definition the cleaning and structure stages share: the unified ideographs
 * (URO, Ext A, Ext B–I) and the compatibility ideographs (FA00 block, and 2F800–2FA1F inside the
 * supplementary range), the characters "nothing lost" is about. Not `\p{Script=Han}`, which also takes
 * the Kangxi and CJK radicals (a PDF's look-alikes of ideographs, which the cleaning maps to them: ⼤ → 大)
 * and the ideographic marks of the CJK symbols block (〇 々 〻): the ideographic zero of 二〇二四年 goes
 * with a date's numerals, and counting these as Han would change the features the committed line
 * classifier was trained on.
 */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{323af}';
export const HAN_RE = new RegExp(`[${HAN}]`, 'u');
export const HAN_GLOBAL_RE = new RegExp(`[${HAN}]`, 'gu');

/** Full-width CJK punctuation. */
export const CJK_PUNCT = '\\u3000-\\u303f\\uff01-\\uff0f\\uff1a-\\uff20\\uff3b-\\uff40\\uff5b-\\uff65\\u2014\\u2026\\u201c\\u201d\\u2018\\u2019\\u00b7';

/** A character that makes its neighbourhood "Chinese context" for punctuation normalisation. */
export const CJK_CONTEXT_RE = new RegExp(`[${HAN}${CJK_PUNCT}]`, 'u');

/** Whether a code point is a Han ideograph (the ranges of HAN; a loop over code points needs no regex). */
export function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x323af);
}

/** Number of Han characters; a plain loop, as it runs on every line of every page. */
export function hanCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    if (c > 0xffff) i++;
    if (isHanCode(c)) n++;
  }
  return n;
}

/** Number of code points (a lone surrogate counts as one, as in `[...text]`), counted without making that array. */
export function codePointCount(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++, count++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
  }
  return count;
}

/** Whether a UTF-16 code unit is an ASCII letter or digit (Latin words and numbers in CJK layout). */
export function isAsciiAlnumCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/**
 * The marks a list or menu item opens with: bullets (• · ● ○ ◆ ■ ▪), and the ASCII and en dashes and the
 * asterisk a plain-text export turns them into. At a line's start they make a menu's, a link list's or a
 * file page's item (• 立法院…, - 2021-05-07 发布 |); inside a title only • is chrome (· joins a
 * transliterated name, 买买提·艾力; ○ is a placeholder, ○○同志).
 */
export const LIST_BULLETS = '•·●○◆■▪*\\-–';
export const STARTS_WITH_BULLET_RE = new RegExp(`^[${LIST_BULLETS}]`);
