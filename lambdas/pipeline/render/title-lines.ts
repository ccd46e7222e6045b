/**
 * Breaks a long title into balanced lines (GB/T 9704 7.3.1: 词意完整、排列对称).
 *
 * Every position the punctuation rules allow is a candidate, priced by how well a reader's pause
 * falls there: after the title's own punctuation earns a bonus, at a phrase joint (after 和/与/及/暨, before
 * 在/暨) cheap, between two dictionary words dearer, and inside what ICU could not segment
 * (single-character runs such as 党|风廉政) or inside a word dearest. The breaking with the least
 * price plus imbalance wins, on the fewest lines that fit.
 */

import { displayWidth } from '../text/width';

/** Closing marks that may not start a line. */
const NO_LINE_START = new Set([...'，。、：；！？）》」』”’〉】〕…—·,.;:!?)]}%']);
/** Opening marks that may not end a line. */
const NO_LINE_END = new Set([...'（《「『“‘〈【〔([{']);
/** The title's own pauses. */
const CLAUSE_END = new Set([...'，：；！？）》」”—,;:!?)']);
const JOIN_AFTER = new Set(['和', '与', '及', '暨', '並', '并', '、']);
const JOIN_BEFORE = new Set(['在', '暨']);

/** Price of a break, in cells of imbalance: a break at the title's own pause beats a slightly better balance. */
const PRICE = { clause: -8, joint: 6, words: 16, weakWords: 40, insideWord: 150 } as const;
const IMBALANCE_WEIGHT = 1;

let segmenter: Intl.Segmenter | undefined;
const words = (text: string): string[] => {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(text)].map((s) => s.segment);
};

const isAsciiWordChar = (ch: string | undefined): boolean => ch !== undefined && /[0-9A-Za-z]/.test(ch);

/** Price of breaking before each offset 1..length-1; undefined where a break is not allowed. */
function breakPrices(text: string): (number | undefined)[] {
  const prices: (number | undefined)[] = Array.from({ length: text.length }, () => PRICE.insideWord);
  const segments = words(text);
  let at = 0;
  segments.forEach((word, i) => {
    at += word.length;
    const next = segments[i + 1];
    if (next === undefined) return;
    prices[at] =
      JOIN_AFTER.has(word) || JOIN_BEFORE.has(next)
        ? PRICE.joint
        : [...word].length > 1 && [...next].length > 1
          ? PRICE.words
          : PRICE.weakWords;
  });
  for (let i = 1; i < text.length; i++) {
    if (CLAUSE_END.has(text[i - 1]!)) prices[i] = PRICE.clause;
    const forbidden =
      NO_LINE_START.has(text[i]!) ||
      NO_LINE_END.has(text[i - 1]!) ||
      (isAsciiWordChar(text[i - 1]) && isAsciiWordChar(text[i])) ||
      /[\uDC00-\uDFFF]/.test(text[i]!); // never split a surrogate pair
    if (forbidden) prices[i] = undefined;
  }
  prices[0] = undefined;
  return prices;
}

/** Cheapest split into exactly `count` lines, or null when no split fits `maxWidth`. */
function bestSplit(text: string, count: number, maxWidth: number): string[] | null {
  const prices = breakPrices(text);
  const points = [0, ...prices.flatMap((p, i) => (p === undefined ? [] : [i])), text.length];
  const ideal = displayWidth(text) / count;
  const cost = Array.from({ length: count + 1 }, () => points.map(() => Infinity));
  const from = Array.from({ length: count + 1 }, () => points.map(() => -1));
  cost[0]![0] = 0;
  for (let k = 1; k <= count; k++) {
    for (let j = 1; j < points.length; j++) {
      const end = points[j]!;
      const breakPrice = end === text.length ? 0 : prices[end]!;
      for (let i = 0; i < j; i++) {
        const before = cost[k - 1]![i]!;
        if (before === Infinity) continue;
        const width = displayWidth(text.slice(points[i], end));
        if (width > maxWidth) continue;
        const total = before + IMBALANCE_WEIGHT * Math.abs(width - ideal) + breakPrice;
        if (total < cost[k]![j]!) {
          cost[k]![j] = total;
          from[k]![j] = i;
        }
      }
    }
  }
  const last = points.length - 1;
  if (cost[count]![last] === Infinity) return null;
  const lines: string[] = [];
  for (let k = count, j = last; k > 0; k--) {
    const i = from[k]![j]!;
    lines.unshift(text.slice(points[i], points[j]));
    j = i;
  }
  return lines;
}

/**
 * The title's lines, each at most `maxWidth` cells. A title that fits stays on one line; a longer one
 * takes the fewest lines it can. Concatenating the lines always gives back the (trimmed) title.
 */
export function balanceTitleLines(title: string, maxWidth: number): string[] {
  const text = title.trim();
  if (displayWidth(text) <= maxWidth) return [text];
  for (let count = Math.ceil(displayWidth(text) / maxWidth); count <= text.length; count++) {
    const lines = bestSplit(text, count, maxWidth);
    if (lines) return lines;
  }
  return [text];
}
