/**
 * The lines under a speech title that are not the title: a subtitle opening with a dash, a date line.
 * One definition for the head reader and the title screen.
 */

// The subtitle dash is a text fact clean/ reads too (a slogan title above a subtitle is guarded there).
export { isSubtitleLine } from '../text/markers';

/**
 * 2024年5月19日, （二〇二四年五月十九日）, and a Republic-of-China year in digits or in words (中華民國84年12月31日,
 * 民國113年1月1日, 中華民國一百一十四年一月一日, as a Taiwan office prints it), optionally bracketed, with a
 * short tail (上午, 星期日…). A month and a day, not just a year: 1949年以后的日子 and 民国三十八年以后的日子
 * are titles.
 */
const DATE_LINE = /^[（(]?\s*(?:(?:\d{4}|[〇○零一二三四五六七八九]{4})|(?:中華民國|中华民国|民國|民国)\s*(?:\d{1,3}|[〇○零一二三四五六七八九十百]{1,6}))\s*年\s*(?:\d{1,2}|[元正〇○零一二三四五六七八九十]{1,3})\s*月[^。，年月]{1,8}?日[^。，]{0,30}[)）]?$/;

/**
 * A date in brackets closing a line (…的讲话（2024年1月1日）, 校长 王建国（2023年10月15日）, 縣長　某某（民國113年12月25日）):
 * when the speech was given, not what the line is.
 */
export const CLOSING_BRACKETED_DATE = /\s*[（(][^（）()]{0,8}年[^（）()]{0,8}日[）)]$/;

export function isDateLine(text: string): boolean {
  return DATE_LINE.test(text);
}
