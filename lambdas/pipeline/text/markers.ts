import type { HeadingLevel } from '../model';
import { genreAlternation } from './genre-words';

/**
 * Heading and lead-in markers of Chinese official writing. They accept half- and full-width forms
 * so that they work both before and after punctuation normalisation.
 */

const CN_DIGITS = '一二三四五六七八九十';

export interface HeadingMarker {
  readonly level: HeadingLevel;
  /** 1-based ordinal of the marker (一 → 1, （三） → 3, 12. → 12). */
  readonly ordinal: number;
  /** Length of the marker itself. */
  readonly length: number;
}

const LEVEL_PATTERNS: ReadonlyArray<readonly [HeadingLevel, RegExp]> = [
  [1, new RegExp(`^([${CN_DIGITS}]{1,3})、`)],
  [2, new RegExp(`^[（(]([${CN_DIGITS}]{1,3})[)）]`)],
  // "1." but not "1.5万": the dot must not start a decimal part.
  [3, /^(\d{1,2})(?:[.．](?!\d)|、)/],
  [4, /^[（(](\d{1,2})[)）]/],
];

export function chineseNumeral(text: string): number {
  const digit = (ch: string | undefined): number => (ch ? CN_DIGITS.indexOf(ch) + 1 : 0);
  if (text.length === 1) return digit(text);
  if (text.length === 2) return text[0] === '十' ? 10 + digit(text[1]) : digit(text[0]) * 10; // 十一 / 二十
  return digit(text[0]) * 10 + digit(text[2]); // 二十一
}

/** The heading marker a line starts with, if any. */
export function headingMarker(text: string): HeadingMarker | null {
  for (const [level, pattern] of LEVEL_PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const ordinal = level === 1 || level === 2 ? chineseNumeral(m[1]!) : Number(m[1]);
    // A marker must introduce words, not stand alone or precede more numbering ("1.2.3").
    const rest = text.slice(m[0].length);
    const words = level <= 2 ? /^\s*[^\s.．、]/ : /^\s*[^\s\d.．、]/;
    if (!words.test(rest)) continue;
    // 一、二季度 / 二、三年级: the next numeral right after the marker is an enumeration of numbers.
    if (level <= 2 && CN_DIGITS[ordinal] !== undefined && rest.startsWith(CN_DIGITS[ordinal]!) && ordinal < 10) continue;
    return { level, ordinal, length: m[0].length };
  }
  return null;
}

/**
 * Lead-in sentences: 一是… 二要… 第一，… 首先，… (not idioms such as 一以贯之 or 一手抓, which merely
 * start with a numeral).
 */
const LEAD_IN = new RegExp(`^(?:[${CN_DIGITS}]{1,2}(?:是|要)(?![${CN_DIGITS}])|第[${CN_DIGITS}]{1,2}[，,、]|(?:首先|其次|再次|最后)[，,])`);

export function startsWithLeadIn(text: string): boolean {
  return LEAD_IN.test(text);
}

/** Salutation lines: 同志们： 各位领导、同志们： 尊敬的各位代表： 女士们，先生们： */
const SALUTATION = /^(?:尊敬的)?[^。！？!?]{0,30}(?:同志们|同志們|代表|领导|領導|来宾|來賓|嘉宾|嘉賓|同学们|同學們|老师们|老師們|朋友们|朋友們|女士们|先生们|女士們|先生們|委员|委員|专家|專家|学者|校友|家长|家長|大家|各位)[^。！？!?]{0,10}[:：]$/;

export function isSalutation(text: string): boolean {
  // 在这里，我想对大家说： addresses the audience but is a sentence, not a salutation line.
  return text.length <= 40 && SALUTATION.test(text) && !/[我你他]|说|講|讲|谈|談|告诉/.test(text);
}

/** Words a speech title ends with; used to rejoin a title split over two lines (text/genre-words.ts). */
export const TITLE_ENDING = new RegExp(`(?:${genreAlternation('rejoin')})$`);

/**
 * What a speech calls itself at the end of its title, more widely than TITLE_ENDING (献词, 贺词, 就职,
 * 开幕词…; text/genre-words.ts). A file extension a download page left on it (.docx) does not count.
 */
const TITLE_GENRE_END = new RegExp(`(?:${genreAlternation('genre-end')})(?:稿|全文)?$`);

export function endsWithTitleGenre(text: string): boolean {
  return TITLE_GENRE_END.test(text.replace(/\.(?:docx?|pdf|wps|txt)$/i, ''));
}

/** ——, —, --, －－ and ―― (U+2015, which PDF copies and Taiwan/Qinghai portals use for the subtitle dash). */
const SUBTITLE_DASH = /^(?:——|—|――|―|--|－－)/;

/** ——在全市经济工作会议上的讲话: a line under a speech title opening with a dash. */
export function isSubtitleLine(text: string): boolean {
  return SUBTITLE_DASH.test(text);
}

/** A subtitle's words without its dash (——在…上的讲话 → 在…上的讲话). */
export function subtitleWords(text: string): string {
  return text.replace(/^[—―\-－]+/, '');
}
