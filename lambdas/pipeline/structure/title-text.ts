import type { RemovalReason } from '../clean/report';
import { HAN } from '../text/characters';
import { endsWithTitleGenre } from '../text/markers';
import { PIECE_INDEX, PIECE_NUMBER } from '../text/page-title-decoration';
import { PHRASE_BREAK_OR_COLON_RE } from '../text/sentences';

const HAN_BEFORE_END = new RegExp(`[${HAN}]$`, 'u');
const HAN_AT_START = new RegExp(`^[${HAN}]`, 'u');

/**
 * What a page adds to a title line around the speech's own title: a compilation's piece index
 * (篇1, （一）, 5篇, 【4篇】), a word count (9500字), a file extension (.docx), a 实用 tag, a copy-link
 * button, a publishing date, a note on the languages offered (（只有中文）, a Hong Kong release's); or, in front, a
 * 【栏目】 column label, a news agency's dateline (新华社北京12月31日电), a toolbar word or a run of ids glued on
 * (正文复制, 返回, 1580 1580 112638, Motion Speeches). Removed only from the line chosen as the title, and every removal is reported.
 */
const DECORATION_SUFFIX = new RegExp(
  `\\s*(?:[（(【\\[]\\s*(?:共|精选|精選)?\\s*\\d{1,3}\\s*篇\\s*[）)】\\]]|[（(]\\s*${PIECE_INDEX}\\s*[）)]|\\s(?:发布日期|發布日期|发布时间|發布時間|日期)\\s*[:：]\\s*[\\d\\s:/.-]+|(?:精选|精選)?\\d{1,3}篇|(?:范文|範文)${PIECE_NUMBER}|${PIECE_INDEX}|[（(]${PIECE_NUMBER}[）)]|\\d{3,5}字|实用|實用|\\.(?:docx?|pdf|wps)|[\\[【](?:复制链接|複製鏈接)[\\]】]|[（(](?:只有|只提供|僅有|仅有)(?:中文|英文)(?:版|本)?[）)]|\\s+\\d{1,3})$`,
  'i',
);

const DECORATION_PREFIX = new RegExp(`^(?:【[^】]{1,12}】|[${HAN}]{1,8}?(?:社|网|網|报|報|台)[${HAN}]{0,6}?\\d{1,2}月\\d{1,2}日[电電]|正文复制|正文複製|返回|\\d[\\d\\s]{5,}(?=\\D)|[A-Za-z][A-Za-z .]{5,}(?=[${HAN}]))\\s*`, 'u');

export interface TitleText {
  readonly text: string;
  /** The removed decorations, in the order they were found. */
  readonly removed: readonly string[];
}

/** 【毕业典礼校长致辞一】: a compilation's piece header, the piece's title with its number inside brackets. */
const PIECE_HEADER = /^【(.{4,40}?(?:稿|词|詞|辞|辭|话|話|告|言|课|課))([一二三四五六七八九十]|\d{1,2})】$/;

export function stripTitleDecoration(line: string): TitleText {
  let text = line;
  const removed: string[] = [];
  const piece = PIECE_HEADER.exec(text);
  if (piece) {
    removed.push('【', `${piece[2]}】`);
    text = piece[1]!;
  }
  const prefix = DECORATION_PREFIX.exec(text);
  if (prefix && text.length - prefix[0].length >= 4) {
    removed.push(prefix[0]);
    text = text.slice(prefix[0].length);
  }
  for (let i = 0; i < 3; i++) {
    const suffix = DECORATION_SUFFIX.exec(text);
    if (!suffix || text.length - suffix[0].length < 4) break;
    removed.push(suffix[0]);
    text = text.slice(0, suffix.index);
  }
  // 演讲稿1: a piece number glued straight onto what the speech calls itself.
  const glued = /(?<=(?:稿|词|詞|辞|辭|话|話|告|言|课|課))\d{1,2}$/.exec(text);
  if (glued) {
    removed.push(glued[0]);
    text = text.slice(0, glued.index);
  }
  return { text, removed };
}

/**
 * 【栏目】标题——讲话人 / 标题——在…会议上的讲话: a news headline carrying the speaker or the subtitle
 * after a dash. The tail is a subtitle when it reads as one (在…, …讲话), else a speaker when short.
 */
export interface Headline {
  readonly title: string;
  readonly dash: string;
  readonly tail: string;
  readonly kind: 'subtitle' | 'speaker';
}

export function splitHeadline(text: string): Headline | null {
  const m = /^(.{4,60}?)(——|—|--)\s*([^—]{2,40})$/.exec(text);
  if (!m) return null;
  const [, title, dash, tail] = m as unknown as [string, string, string, string];
  // 在2024中国—东盟博览会开幕式上的致辞: the dash is inside a 在… phrase that has not yet said what it is.
  if (/^\s*在/.test(title) && !endsWithTitleGenre(title.trim())) return null;
  // 中非合作论坛—北京峰会: one dash between two Han characters joins names; as a separator it opens a subtitle.
  if (dash === '—' && HAN_BEFORE_END.test(title) && HAN_AT_START.test(tail) && !tail.startsWith('在')) return null;
  if (/^在|(?:讲话|講話|致辞|致辭|发言|發言|报告|報告)$/.test(tail)) return { title: title.trim(), dash, tail, kind: 'subtitle' };
  if (tail.length <= 16 && !PHRASE_BREAK_OR_COLON_RE.test(tail)) return { title: title.trim(), dash, tail, kind: 'speaker' };
  return null;
}

const PIECE_LABEL_PREFIX = new RegExp(`^(?:${PIECE_INDEX}|第\\s*${PIECE_NUMBER}\\s*篇)\\s*[：:]\\s*`);

/** 微党课｜做群众的贴心人: a WeChat account's column name and a bar in front of the title, as 【栏目】 is on a portal. */
const COLUMN_BAR_PREFIX = /^[^｜|\s]{2,6}\s*[｜|]\s*/;

/** The chosen title as printed, and what was taken off it (each removal goes to the manifest). */
export function titleAsPrinted(title: string): { text: string; removed: { text: string; reason: RemovalReason }[] } {
  const removed: { text: string; reason: RemovalReason }[] = [];
  // 办公室…动员会讲话办公室…动员会讲话: a page title and the document's copy run together.
  const half = title.length / 2;
  let text = title;
  if (title.length >= 8 && Number.isInteger(half) && title.slice(0, half) === title.slice(half)) {
    removed.push({ text: title.slice(half), reason: 'title repeated' });
    text = title.slice(0, half);
  }
  // 篇一：坚定理想信念…, 第1篇：…: a compilation's piece label in front of the chosen title, or a column name and a bar
  // (微党课｜…). Taken off only when printing: as a feature the label still says the line is a piece header, not the
  // speech's own title line (第二篇：在…的讲话, a contents entry above the title, stays a contents entry).
  const label = PIECE_LABEL_PREFIX.exec(text) ?? COLUMN_BAR_PREFIX.exec(text);
  if (label && text.length - label[0].length >= 4 && !/[｜|]/.test(text.slice(label[0].length))) {
    removed.push({ text: label[0], reason: 'decoration of a page title' });
    text = text.slice(label[0].length);
  }
  const stripped = stripTitleDecoration(text);
  for (const t of stripped.removed) removed.push({ text: t, reason: 'decoration of a page title' });
  return { text: stripped.text, removed };
}
