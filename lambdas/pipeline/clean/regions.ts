import { hanCount } from '../text/characters';
import { HEAD_CHROME } from './head-chrome';
import { matchNoise } from './noise-rules';
import { PAGE_FURNITURE } from './page-furniture';
import { TAIL_CHROME, TAIL_STOPPERS, TRAILING_JUNK } from './tail-chrome';
import { isBlank, type WorkLine } from './lines';
import { startsBlock } from './split';
import { ENDS_SENTENCE_RE, SENTENCE_END_RE, STOPS_PARAGRAPH } from '../text/sentences';
import { removeLine, type CleaningReport } from './report';
import { removeRepeatedPageTitles } from './title-copies';
import { headingMarker, isSalutation } from '../text/markers';

/**
 * 以下是小编整理的… / 下面是小编为大家整理的…: a compilation page announcing its content. Only 小编 (the
 * site's editor) counts, never 本站 alone, which a speech may say of a station.
 */
// Anchored at a sentence start and bounded: 今年以来，宣传部的小编们加班加点整理了… is a speech's sentence.
const SEO_ANNOUNCEMENT = /(?<=^|[。！？!?]\s{0,3})(?:(?:以下是|以下为|以下為|下面是|下面为|这是|這是|本文是|本文为|本篇是)[^。！？]{0,12}?)?(?:小编|小編)[^。！？]{0,30}(?:整理|收集|精心|为大家|為大家)/;

/**
 * A portal that says it edited the text for the reader and asks to be bookmarked, in one sentence (为满足你的
 * 需求，留学群特地编辑了“…”，如果合你所需，不妨马上收藏本页。), which no speaker says. Applied after the learned
 * decision (clean()), not before it: its one page in the gold glues the intro to the whole speech, and as a
 * rule the classifier's refit moved another fold's span thresholds.
 */
export const PORTAL_ANNOUNCEMENT = /(?<=^|[。！？!?]\s{0,3})[^。！？!?]{0,20}(?:特地|特意)[^。！？!?]{0,12}(?:编辑|整理|收集)了[^。！？!?]{0,40}(?:收藏本页|收藏本頁|合你所需|合您所需|供你参考|供您参考)/;

/** How much portal introduction may stand before an announcement for the whole line to go with it. */
const PORTAL_INTRO_MAX = 200;

/**
 * An SEO announcement is one sentence; a page export may have glued the salutation and the speech
 * after it on the same line. Only that sentence goes then. When it ends a line instead, the sentences
 * before it are the portal's own introduction (X是…。以下是小编整理的…): the line goes whole — but
 * only a short one: a whole speech exported as one line keeps everything but the announcement.
 */
export function removeSeoSentence(w: WorkLine, raw: readonly string[], report: CleaningReport, announcement: RegExp = SEO_ANNOUNCEMENT): void {
  const at = announcement.exec(w.text)!.index;
  const start = Math.max(...['。', '！', '？', '!', '?'].map((mark) => w.text.lastIndexOf(mark, at) + 1));
  const endMark = /[。！!]/.exec(w.text.slice(at));
  const end = endMark ? at + endMark.index + 1 : w.text.length;
  const rest = (w.text.slice(0, start) + w.text.slice(end)).trim();
  if (hanCount(rest) < 10 || (start <= PORTAL_INTRO_MAX && hanCount(w.text.slice(end)) < 10)) {
    removeLine(w, 'SEO intro', raw, report);
    return;
  }
  // Glued before the speech, the sentences above a portal's announcement are its introduction too
  // (语言可以帮助我们交流思想…你了解过吗？为满足你的需求…): they go with it, when short.
  const from = announcement === PORTAL_ANNOUNCEMENT && start <= PORTAL_INTRO_MAX ? 0 : start;
  report.removedFragments.push({ line: w.line, text: w.text.slice(from, end), reason: 'SEO intro' });
  w.text = (w.text.slice(0, from) + w.text.slice(end)).trim();
}

/** A line of running prose: enough Han characters and some sentence punctuation. */
export function isProse(text: string): boolean {
  return hanCount(text) >= 12 && /[，,。！？!?；;]/.test(text);
}

/**
 * A line that ends a sentence and has words (下面是我讲的三点意见。, 谢谢大家！): with prose, what a reader
 * takes for a sentence of the speech. The last such line of a page is never taken by a score, and a
 * page that keeps one is no empty page. (clean() has each line's prose flag from its features already.)
 */
export function endsSentenceWithWords(text: string): boolean {
  return ENDS_SENTENCE_RE.test(text.trim()) && hanCount(text) >= 2;
}

/** A line a reader takes for a sentence of the speech: prose, or a short line that ends a sentence and has words. */
export function isSentence(text: string): boolean {
  return isProse(text) || endsSentenceWithWords(text);
}

/** How many prose lines may follow an end-of-article chrome line for what follows to be another text. */
const PROSE_AFTER_END_MARKER = 3;

/**
 * The first end-of-article chrome line (责任编辑：, 相关链接>>, 上一篇, 打印本页…) after the text — more
 * prose above it than below, and at most a few prose lines below — or -1: what follows it is the
 * page's (a related teaser, the text's summary again). A WeChat header (关注我们) above a short text is
 * not one. Blank lines and lines already removed count as they are.
 */
export function endOfArticleMarker(work: readonly WorkLine[], prose: readonly boolean[] = work.map((w) => w.text !== '' && isProse(w.text))): number {
  const proseTotal = prose.filter(Boolean).length;
  let proseBelow = 0;
  let marker = -1;
  for (let i = work.length - 1; i >= 0 && proseBelow <= PROSE_AFTER_END_MARKER; i--) {
    if (work[i]!.text === '') continue;
    if (prose[i]) proseBelow++;
    else if (proseTotal - proseBelow > proseBelow && matchNoise(work[i]!.text, TAIL_CHROME) !== null) marker = i;
  }
  return marker;
}

/** 。 or ”。 alone on a line inside the text: the end of a wrapped sentence, not junk. */
function isWrapRemainder(text: string): boolean {
  return /^[。，、；：？！”’）」』》…—.,;:?!]{1,4}$/.test(text);
}

/** 坚持稳中求进，推动高质量发展 / ——在…会议上的讲话: a title with a comma is still a title when a subtitle follows. */
function isTitleAboveSubtitle(work: readonly WorkLine[], i: number): boolean {
  const text = work[i]!.text;
  if (text.length > 40 || /[。！？!?；;：:]$/.test(text)) return false;
  let next = i + 1;
  while (next < work.length && isBlank(work[next]!)) next++;
  return next < work.length && /^(?:——|—|--)/.test(work[next]!.text);
}

/** The head ends where the speech proper begins: the first kept prose line, heading or salutation. */
export function findBodyStart(work: readonly WorkLine[]): number {
  const start = work.findIndex((_, i) => opensBody(work, i));
  return start < 0 ? work.length : start;
}

/** Whether the speech proper could begin at line i: a kept prose line (not a title above a subtitle), a heading or a salutation. */
export function opensBody(work: readonly WorkLine[], i: number): boolean {
  const w = work[i]!;
  return !w.removed && ((isProse(w.text) && !isTitleAboveSubtitle(work, i)) || headingMarker(w.text) !== null || isSalutation(w.text));
}

/**
 * Head chrome and repeated page titles among the head lines [from, to). Run again over a longer head
 * when the line classifier removed a prose-like chrome line (a portal's slogan, a disclaimer) that had
 * ended the head too early.
 */
export function removeHeadChrome(work: readonly WorkLine[], from: number, to: number, raw: readonly string[], report: CleaningReport): void {
  const head = work.slice(from, to).filter((w) => !isBlank(w));
  for (const w of head) {
    const chrome = matchNoise(w.text, HEAD_CHROME);
    if (chrome) removeLine(w, chrome, raw, report);
  }
  removeRepeatedPageTitles(work.slice(0, to).filter((w) => !isBlank(w)), work[to] && !isBlank(work[to]!) ? work[to] : undefined, raw, report);
}

/**
 * A bare number right between two lines of one sentence (…广义货币M / 2 / 增长11.3%…): a subscript or
 * linked number a web copy put on its own line, not a page number — those stand apart from the text
 * (blank lines around them, or a page's top or bottom).
 */
function numberInsideSentence(work: readonly WorkLine[], i: number): boolean {
  const above = work[i - 1];
  const below = work[i + 1];
  return /^\d{1,4}(?:\.\d{1,3})?$/.test(work[i]!.text) && !!above && !!below && !isBlank(above) && !isBlank(below) && !STOPS_PARAGRAPH.test(above.text) && !startsBlock(below.text);
}

export interface Regions {
  /** Index of the first prose line: everything before it is the head (title, meta, chrome). */
  readonly bodyStart: number;
  /** Index of the first read-more or paywall line after which the page is chrome, or -1. */
  readonly stopper: number;
}

/**
 * Whole-line noise removal by region. Page furniture and SEO intros go anywhere; site chrome only in
 * the head; share/comment/related chrome only after the text ends. Anything that merely looks like
 * noise inside the body is kept and listed as suspected.
 */
export function removeNoiseLines(work: WorkLine[], raw: readonly string[], report: CleaningReport): Regions {
  work.forEach((w, i) => {
    if (w.text === '') return;
    const furniture = matchNoise(w.text, PAGE_FURNITURE);
    if (furniture && !(furniture === 'page number' && numberInsideSentence(work, i))) removeLine(w, furniture, raw, report);
    else if (SEO_ANNOUNCEMENT.test(w.text)) removeSeoSentence(w, raw, report);
  });

  const bodyStart = findBodyStart(work);
  removeHeadChrome(work, 0, bodyStart, raw, report);

  let stopper = -1;
  for (let i = bodyStart; i < work.length; i++) {
    const w = work[i]!;
    if (!isBlank(w) && w.text.length <= 80 && matchNoise(w.text, TAIL_STOPPERS)) {
      stopper = i;
      break;
    }
  }
  const end = stopper < 0 ? work.length : stopper;
  let lastProse = -1;
  for (let i = bodyStart; i < end; i++) if (!isBlank(work[i]!) && isProse(work[i]!.text)) lastProse = i;

  for (let i = bodyStart; i < work.length; i++) {
    const w = work[i]!;
    if (isBlank(w)) continue;
    const chrome = matchNoise(w.text, TAIL_STOPPERS) ?? matchNoise(w.text, TAIL_CHROME) ?? (TRAILING_JUNK.test(w.text) && !numberInsideSentence(work, i) ? 'trailing page junk' : null);
    if (stopper >= 0 && i >= stopper) {
      if (chrome) removeLine(w, chrome, raw, report);
      else if (hanCount(w.text) <= 12 && !SENTENCE_END_RE.test(w.text) && headingMarker(w.text) === null) removeLine(w, 'page chrome after the end of the text', raw, report);
      else report.suspected.push({ line: w.line, text: w.text, reason: 'text after a read-more or paywall line' });
    } else if (i > lastProse) {
      if (chrome) removeLine(w, chrome, raw, report);
    } else if (chrome && i !== lastProse && !isProse(w.text) && !isWrapRemainder(w.text)) {
      report.suspected.push({ line: w.line, text: w.text, reason: `looks like ${chrome}` });
    }
  }
  return { bodyStart, stopper };
}
