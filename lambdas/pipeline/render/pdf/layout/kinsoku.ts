import type { Script } from '../../../model';
import { isFullWidth } from '../../../text/width';

export { isFullWidth };

/**
 * clreq line-start / line-end prohibitions (GB-style level, plus the strict rule that —— and …… do not
 * start a line), merged from clreq §3.1 and the ECMA-376 zh-CN / zh-TW kinsoku defaults. ASCII forms are
 * included because scraped transcripts often keep half-width punctuation inside Chinese text.
 */
const NO_LINE_START = new Set(
  [...'，。、；：？！）」』》〉】〕〗］｝”’…‥—―–～·‧・％‰′″℃〃〞︶﹀﹄﹚﹜﹞．／', ...'!%),.:;?]}>/'],
);
const NO_LINE_END = new Set([...'（「『《〈【〔〖［｛“‘〝﹙﹛﹝＄￡￥', ...'([{$£¥']);

export function cannotStartLine(text: string): boolean {
  return NO_LINE_START.has(text.charAt(0));
}

export function cannotEndLine(text: string): boolean {
  return NO_LINE_END.has(text.charAt(text.length - 1));
}

/**
 * Where a full-width mark's ink sits in its em, which decides which half compression may remove:
 * closing marks keep their left half, opening marks their right half. Mainland practice (GB/T 15834,
 * Source Han SC) sets every 点号 ，。、：；！？ in the left half, so in Simplified text ！？ are closing marks
 * too (a face that centres them, as FandolFang does its ？, is moved left when drawn). Taiwan practice
 * centres ，。、：；！？; those and · are 'centred'.
 */
export type PunctuationSide = 'closing' | 'opening' | 'centred';

const OPENING = new Set([...'（「『《〈【〔〖［｛“‘']);
const CLOSING_HANS = new Set([...'，。、；：！？）」』》〉】〕〗］｝”’．']);
const CLOSING_HANT = new Set([...'）」』》〉】〕〗］｝”’']);

export function punctuationSide(ch: string, script: Script): PunctuationSide | null {
  if (OPENING.has(ch)) return 'opening';
  if ((script === 'Hant' ? CLOSING_HANT : CLOSING_HANS).has(ch)) return 'closing';
  if (/[\p{P}\p{S}]/u.test(ch) && isFullWidth(ch)) return 'centred';
  return null;
}

/** 点号 (pause and stop marks) as opposed to brackets and quotes: squeezing takes less from them mid-line. */
const PAUSE_MARKS = new Set([...'，。、；：！？．']);

export function isPauseMark(ch: string): boolean {
  return PAUSE_MARKS.has(ch);
}
