/**
 * A scraped page prints its title more than once: as the <title> with decorations (…讲话稿, 4篇,
 * (精选文档)), as a breadcrumb's last item, with a tag in front (习近平：…, 党课：…), and again inside the
 * text. One copy is the speech's title (structure chooses it); the others are the page's and go, each
 * listed. Nothing is lost: every character of a removed copy is in the copy that stays.
 */
import { hanCount, LIST_BULLETS } from '../text/characters';
import { headingMarker, isSalutation, TITLE_ENDING } from '../text/markers';
import { ENDS_SENTENCE_RE } from '../text/sentences';
import { isBlank, type WorkLine } from './lines';
import { removeLine, type CleaningReport } from './report';

/** A compilation page numbers its speeches (第1篇: …); the number is the page's, not the speech's. */
export const COMPILATION_NUMBER = /^第\s*\d+\s*篇\s*[:：]\s*/;

/** What a page title adds around the real title: …讲话稿, (精选文档), …汇编4篇, 范文, word版, 2022年度… */
const PAGE_DECORATION = /稿|精选|精選|范文|範文|汇编|匯編|\d+篇|文档|文檔|word|下载|下載|大全|合集|模板|全文|[(（【_|]|^\d{4}年度?/i;

/** How many head lines below a page title its repeat may stand. */
const PAGE_TITLE_WINDOW = 40;

/** Normal form for comparing title candidates: no 第N篇 prefix, no spaces, half-width punctuation. */
function titleKey(text: string): string {
  return text.replace(COMPILATION_NUMBER, '').normalize('NFKC').replace(/\s+/g, '');
}

/** In front of a copy (after titleKey): a bullet or list number, a piece index (第一篇:), a short tag and its colon (习近平:, 党课:). */
const COPY_PREFIX = /^(?:[•·●○◆■▪>›»*\-–]+|\d{1,2}[.、．](?!\d)|第[一二三四五六七八九十\d]{1,3}篇:?|[^:，,。!?]{1,6}:)+/;
/** After a copy: a piece index or count (篇一, (篇1), 4篇, 【4篇】, (共6篇)) or a portal's word for it (实用, 模板, 范文, 精选, 大全, 汇编, 合集). */
const COPY_SUFFIX = /(?:【(?:共)?\d+篇】|\((?:共)?\d+篇\)|\(篇?[一二三四五六七八九十\d]{1,2}\)|篇[一二三四五六七八九十\d]{1,2}|\d+篇|实用|實用|模板|范文|範文|精选|精選|大全|汇编|匯編|合集)+$/;

/** How far from a line's end a copy suffix may start (see copyCore). */
const SUFFIX_REACH = 48;

// A list bullet, or a menu's arrow.
const BULLET = new RegExp(`^[${LIST_BULLETS}>›»]`);

/** The words a copy of a title shares with the title, decorations and tags taken off. */
function copyCore(key: string): string {
  const core = key.replace(COPY_PREFIX, '');
  // The suffix is looked for in the last SUFFIX_REACH characters only: a repeated group anchored at the end is
  // tried from every position, and on a long line of such units ((1)(1)…, 实用实用…) that was quadratic.
  // Real suffixes (篇一, (共6篇)精选) are a few characters long.
  const reach = Math.max(0, core.length - SUFFIX_REACH);
  return core.slice(0, reach) + core.slice(reach).replace(COPY_SUFFIX, '');
}

/**
 * Among the head lines (above the speech), of two that say the same title the earlier is the page's:
 * the line that contains a later one and adds decorations (…讲话稿, (精选文档), …汇编4篇, 2022年度…) or a
 * suffix after a title (… - 校园新闻网), and a line whose title is a later one's once each has lost its
 * decorations and tags (中秋致辞员工实用 above 中秋致辞员工篇一, 习近平：在…的讲话 above 在…的讲话,
 * 喜迎二十大，奋进新征程 above 党课：喜迎二十大，奋进新征程). A later line that only drops words in
 * front of an earlier title (X省…的讲话 under 在X省…的讲话) is the copy instead.
 */
/** What a title loses in front when a copy drops only its opening word (在X省…的讲话 → X省…的讲话). */
const LOST_PREPOSITION = /^(?:在|于|關於|关于)$/;

export function removeRepeatedPageTitles(head: readonly WorkLine[], firstBody: WorkLine | undefined, raw: readonly string[], report: CleaningReport): void {
  // The first line of the body may be the later copy (党课：… reads as a label line and opens it), never the earlier.
  const lines = firstBody ? [...head, firstBody] : head;
  const keys = lines.map((w) => titleKey(w.text));
  const cores = keys.map(copyCore);
  for (let a = 0; a < head.length; a++) {
    const outer = head[a]!;
    if (outer.removed || /^[—-]/.test(outer.text)) continue;
    const outerKey = keys[a]!;
    // The repeat sits a few lines below the page title; a bounded window keeps a head of thousands of
    // short lines (a page with no prose at all) linear.
    for (let b = a + 1; b < Math.min(lines.length, a + 1 + PAGE_TITLE_WINDOW); b++) {
      const inner = lines[b]!;
      if (inner.removed || /^[—-]/.test(inner.text)) continue;
      const innerKey = keys[b]!;
      const front = outerKey.length > innerKey.length && outerKey.endsWith(innerKey) ? outerKey.slice(0, -innerKey.length) : null;
      if (front !== null && hanCount(innerKey) >= 6 && TITLE_ENDING.test(innerKey) && !/[:|_\-]/.test(front) && !PAGE_DECORATION.test(front)) {
        // 在X省…的讲话 above X省…的讲话: the later line lost only the title's opening preposition; it is the copy.
        if (LOST_PREPOSITION.test(front)) {
          removeLine(inner, 'title repeated', raw, report);
          continue;
        }
        // 某某某在…的讲话 above 在…的讲话, 某市2025年政府工作报告 or …县长某某作政府工作报告 above 政府工作报告:
        // the later line is the speech's own title, the earlier a news headline that puts the speaker, the
        // place or the year in front. Neither goes here: removing the headline would lose its words (张明,
        // 某市2025年) from every output, and removing the title printed the headline as the title. Both
        // stay for the title model, which takes the lower line (title-under); the headline is printed.
        break;
      }
      if (innerKey.length >= 4 && outerKey.includes(innerKey) && (outerKey === innerKey || (TITLE_ENDING.test(innerKey) && outerKey.startsWith(innerKey)) || PAGE_DECORATION.test(outerKey.replace(innerKey, '')))) {
        removeLine(outer, outerKey === innerKey ? 'title repeated' : 'page title repeating the title', raw, report);
        break;
      }
      if (outerKey !== innerKey && hanCount(cores[a]!) >= 4 && cores[a] === cores[b]) {
        // A bulleted copy is a menu's or a list's item (• 2023…模板 above 2023…模板（篇1）; • 立法院… under 立法院…).
        if (BULLET.test(inner.text) && !BULLET.test(outer.text)) {
          removeLine(inner, 'title repeated', raw, report);
          continue;
        }
        removeLine(outer, 'page title repeating the title', raw, report);
        break;
      }
    }
  }
}

/** How many of the page's first non-blank lines a copy further down may repeat. */
const FIRST_LINES = 12;

/**
 * A title printed again inside the text (after the salutation, between paragraphs): a line past the
 * head that says exactly what one of the head's lines (the page's first, if it has no head) said, title-sized (6+ Han characters,
 * at most 40 characters) and no sentence, heading or salutation. The first copy stays.
 */
export function removeTitleCopiesInText(work: readonly WorkLine[], bodyStart: number, raw: readonly string[], report: CleaningReport): void {
  // Copies of head lines only (or of the page's first line when the speech starts at the top): a speech
  // that opens and closes on the same slogan repeats its own line, not the page's title.
  const first = new Map<string, number>();
  for (let i = 0; i < work.length && first.size < FIRST_LINES; i++) {
    const w = work[i]!;
    if (isBlank(w)) continue;
    if (i >= bodyStart && first.size > 0) break;
    const key = titleKey(w.text);
    if (!first.has(key)) first.set(key, i);
    if (i >= bodyStart) break;
  }
  for (let i = bodyStart; i < work.length; i++) {
    const w = work[i]!;
    if (isBlank(w) || w.text.length > 40 || hanCount(w.text) < 6) continue;
    const source = first.get(titleKey(w.text));
    if (source === undefined || source >= i || work[source]!.removed) continue;
    if (ENDS_SENTENCE_RE.test(w.text) || headingMarker(w.text) !== null || isSalutation(w.text)) continue;
    removeLine(w, 'title repeated', raw, report);
  }
}
