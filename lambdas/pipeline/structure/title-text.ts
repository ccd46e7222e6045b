import type { RemovalReason } from '../clean/report';
import { HAN } from '../text/characters';
import { endsWithTitleGenre } from '../text/markers';
import { CHROME_WORDS } from '../text/chrome-words';
import { COLUMN_NAMES, PIECE_INDEX, PIECE_NUMBER } from '../text/page-title-decoration';
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

/** Longer than any decorated title (a title is at most 60 characters): such a line is read as it stands. */
const DECORATED_TITLE_MAX = 100;

export function stripTitleDecoration(line: string): TitleText {
  // The suffix patterns try a run of spaces at each of its places: bounded by a title's length, the work stays
  // linear in the page (a line of 4,000 spaces took 13 s).
  if (line.length > DECORATED_TITLE_MAX) return { text: line, removed: [] };
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

/** 微党课｜做群众的贴心人: a name and a bar in front of the title — a column's name, or the title's own first words (奋斗｜青春的答卷). */
const BAR_PREFIX = /^([^｜|\s]{2,6})\s*[｜|]\s*/;

/** A name that is chrome by itself: a column name (微党课) or a word of site chrome (首页, 来源, 新闻). */
const CHROME_NAME = new RegExp(`^(?:${COLUMN_NAMES}|${CHROME_WORDS.map((w) => w.word).join('|')})$`, 'i');

/**
 * The name and bar in front of a title, when they are shown to be the page's: a column or chrome name, or the
 * same name and bar standing on another line of the page (a column's other pieces, its menu). Else the bar is
 * the title's own (奋斗｜青春的答卷, 2024｜奋斗正当时, AI｜人工智能时代的教育) and stays.
 */
function columnPrefix(text: string, otherLines: readonly string[]): string | null {
  const m = BAR_PREFIX.exec(text);
  if (!m || text.length - m[0].length < 4 || /[｜|]/.test(text.slice(m[0].length))) return null;
  const name = m[1]!;
  if (CHROME_NAME.test(name)) return m[0];
  // Each line as words, a bar closing the word before it: `来源｜某某 编辑 | 某某` → 来源｜, 某某, 编辑｜, 某某.
  const words = (line: string): string[] => line.replace(/\s*[｜|]\s*/g, '｜ ').split(/\s+/);
  return otherLines.some((l) => l.includes(name) && words(l).includes(`${name}｜`)) ? m[0] : null;
}

/**
 * The chosen title as printed, and what was taken off it (each removal goes to the manifest). `otherLines`: the
 * page's other lines, where a column name in front of the title may stand again.
 *
 * A piece label opening the title with words after it (第一篇：我的入党初心, 篇一：坚定理想信念) stays: it is the piece's
 * own heading (piece-label.ts), and only a bare label is the compilation's numbering.
 */
export function titleAsPrinted(title: string, otherLines: readonly string[] = []): { text: string; removed: { text: string; reason: RemovalReason }[] } {
  const removed: { text: string; reason: RemovalReason }[] = [];
  // 办公室…动员会讲话办公室…动员会讲话: a page title and the document's copy run together.
  const half = title.length / 2;
  let text = title;
  if (title.length >= 8 && Number.isInteger(half) && title.slice(0, half) === title.slice(half)) {
    removed.push({ text: title.slice(half), reason: 'title repeated' });
    text = title.slice(0, half);
  }
  // 微党课｜…: a column name and a bar, as 【栏目】 is on a portal, taken off only when printing.
  const column = columnPrefix(text, otherLines);
  if (column !== null) {
    removed.push({ text: column, reason: 'decoration of a page title' });
    text = text.slice(column.length);
  }
  const stripped = stripTitleDecoration(text);
  for (const t of stripped.removed) removed.push({ text: t, reason: 'decoration of a page title' });
  return { text: stripped.text, removed };
}
