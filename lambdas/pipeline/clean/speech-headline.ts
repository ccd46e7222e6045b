import { endsWithTitleGenre, headingMarker, isSalutation } from '../text/markers';
import { ENDS_SENTENCE_RE } from '../text/sentences';
import { chromeWordCount, COMPILATION_WORDS } from './lexicons';
import { DATE_ONLY } from './line-shapes';
import { isBlank, type WorkLine } from './lines';

/** How many kept lines above the start the speech's title block may take (title, subtitle, speaker, date, a stamp). */
const TITLE_BLOCK = 6;
const HAN_CHAR = /\p{Script=Han}/gu;
/** A hyphen or underscore between Han words: a page title's site part (…-澎湖自助旅行論壇, …_某某网). */
const SITE_SEPARATOR = /\p{Script=Han}\s*[-_－]\s*\p{Script=Han}/u;

/** A line that reads as a headline: mostly Han, 6–60 characters, no sentence end, separator, bullet, label colon, marker or portal decoration. */
export function isHeadline(text: string): boolean {
  if (text.length < 6 || text.length > 60) return false;
  if (ENDS_SENTENCE_RE.test(text) || /[|｜>›»＞→]/.test(text) || /^[•·●○◆■▪\-*]/.test(text)) return false;
  // 专题党课：从党史中汲取智慧和力量 is a headline; 发布时间：2022-12-09 and 来源：…时间：… are labels.
  const colon = text.search(/[:：]/);
  if (colon >= 0 && ((text.slice(colon + 1).match(HAN_CHAR)?.length ?? 0) < 6 || /[:：]/.test(text.slice(colon + 1)))) return false;
  // A portal's decorated page title (…范文, …7篇, …模板) is the classifier's to judge.
  if (isSalutation(text) || headingMarker(text) !== null || COMPILATION_WORDS.test(text)) return false;
  // A page's furniture is no headline: a toolbar or menu item (论文部分内容阅读: a chrome word; a title
  // named like a speech may hold one — 在国务院新闻发布会上的讲话), a date alone (114年01月13日), a site
  // name set off by a hyphen (沿著菊島旅行-澎湖自助旅行論壇).
  if (chromeWordCount(text) > 0 && !endsWithTitleGenre(text)) return false;
  if (DATE_ONLY.test(text) || SITE_SEPARATOR.test(text)) return false;
  return (text.match(HAN_CHAR)?.length ?? 0) / text.length >= 0.6;
}

/**
 * A headline the span decision may keep as the title against the scores: unless it is named like a
 * speech, a line the line classifier is sure is chrome (跳轉到指定樓層 at 0.97) is not one — a
 * headline shape alone is cheap (any six Han characters without a full stop).
 */
export function keepsAsTitle(text: string, noise: number, sure: number): boolean {
  return isHeadline(text) && (noise < sure || endsWithTitleGenre(text));
}

/**
 * The nearest headline-like line above the chosen start, within the title block (-1 when none): the
 * page's own headline, which a news or portal page sets between chrome blocks, so that its neighbours
 * alone would take it.
 */
export function headlineAbove(work: readonly WorkLine[], start: number, noise: readonly (number | null)[], sure: number): number {
  let seen = 0;
  for (let i = start - 1; i >= 0 && seen < TITLE_BLOCK; i--) {
    const w = work[i]!;
    if (isBlank(w)) continue;
    if (keepsAsTitle(w.text, noise[i] ?? 0, sure)) return i;
    seen++;
  }
  return -1;
}

