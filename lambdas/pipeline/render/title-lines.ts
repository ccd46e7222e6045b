/**
 * Breaks a long title (or heading) into lines by meaning and in balance (GB/T 9704 7.3.1: 词意完整、排列对称).
 *
 * Every position the punctuation rules allow is a candidate, priced by how well a reader's pause falls there,
 * judged from jieba's words and parts of speech (words.ts): at the title's own punctuation or a space best;
 * after 的 and before a preposition (在/关于/对/同…) or 暨 cheap; around 和/与/及 cheap; between a subject or
 * adverbial and its verb fair; between a verb and its object dearer; inside a noun compound (党组织|书记,
 * 安全|生产, 政治局|常委) or before 的/上 dear; inside a word dearest. The breaking with the least price plus
 * imbalance wins, on the fewest lines that fit: imbalance is squared (a 4/19 split costs far more than any
 * pause saves) and a line longer than the ones below it costs a little more (no inverted trapezoid).
 *
 * Both editions get the same breaks: Traditional text is segmented through its Simplified form.
 */

import { displayWidth, isFullWidth } from '../text/width';
import { taggedWords, type TaggedWord } from './words';

/** Closing marks that may not start a line (and a space, which belongs to the end of the line before). */
const NO_LINE_START = new Set([...'，。、：；！？）》」』”’〉】〕…—·,.;:!?)]}% \u3000']);
/** Opening marks that may not end a line. */
const NO_LINE_END = new Set([...'（《「『“‘〈【〔([{']);
const CLOSING_BRACKETS = new Set([...'）》」』”’〉】〕)]}']);
/** The title's own pauses. */
const CLAUSE_END = new Set([...'，：；！？）》」”—,;:!?) \u3000']);
const JOINS = new Set(['和', '与', '與', '及', '並', '并', '、', '同']);

/** Price of a break, in squared cells of imbalance. */
const PRICE = {
  clause: -8,
  afterDe: 3,
  beforePreposition: 3,
  joint: 5,
  shortJoint: 16,
  beforeVerb: 10,
  words: 16,
  verbObject: 16,
  compound: 36,
  beforeParticle: 60,
  insideWord: 150,
  /** Added per level of brackets or quotes around the break: （2016-2017|年度） reads as one thing. */
  insideBrackets: 30,
} as const;
/** Extra price per cell a line is longer than the balanced length while a line below it is shorter. */
const TOP_HEAVY = 0.5;

const NOMINAL = /^(?:n|vn|an|j|l|i|ng|nr|ns|nt|nz|r|m|q|eng)/u;
const isNominal = (w: TaggedWord): boolean => NOMINAL.test(w.tag);
const isVerb = (w: TaggedWord): boolean => /^v(?!n)/u.test(w.tag);

/** Price of breaking between two words; `before` is how many characters of noun phrase end with `a`. */
function priceBetween(a: TaggedWord, b: TaggedWord, before: number): number {
  if (b.tag === 'uj' || b.tag === 'f' || b.tag.startsWith('u')) return PRICE.beforeParticle; // 会议|上, 会议|的
  if (a.tag === 'uj') return PRICE.afterDe; // 的|
  if (b.tag === 'p' || b.word === '暨') return PRICE.beforePreposition; // |在, |关于, |暨
  // A joint after a long conjunct (从严治党和|党风廉政建设, 安全生产和|森林防灭火) is a phrase boundary; between
  // two short words (智慧和力量) it is inside one.
  if (JOINS.has(a.word) || JOINS.has(b.word) || a.tag === 'c' || b.tag === 'c')
    return before >= 3 || a.word.length >= 3 ? PRICE.joint : PRICE.shortJoint;
  if (a.tag === 'f') return PRICE.afterDe; // 会议上|
  if (isVerb(b) && !isVerb(a)) return PRICE.beforeVerb; // 党组织书记|抓…, 以优异成绩|迎接
  if (isVerb(a) && isNominal(b)) return PRICE.verbObject; // 汲取|智慧
  if (isNominal(a) && isNominal(b)) {
    // A noun before a verbal noun is its object or field (党风廉政|建设, 作风|建设): tighter than two verbal
    // nouns in a row, where the second often starts the predicate (…建设|服务教育事业).
    if (b.tag === 'vn') return a.tag === 'vn' ? PRICE.compound - 6 : PRICE.compound + 4;
    return PRICE.compound; // 党组织|书记
  }
  return PRICE.words;
}

const isAsciiWordChar = (ch: string | undefined): boolean => ch !== undefined && /[0-9A-Za-z]/.test(ch);

/** Price of breaking before each offset 1..length-1; undefined where a break is not allowed. */
function breakPrices(text: string): (number | undefined)[] {
  const prices: (number | undefined)[] = Array.from({ length: text.length }, () => PRICE.insideWord);
  const words = taggedWords(text);
  let at = 0;
  let nounPhrase = 0; // characters of nominal words up to here (a joint neither adds nor ends the run)
  words.forEach((word, i) => {
    at += word.word.length;
    if (isNominal(word)) nounPhrase += word.word.length;
    else if (!JOINS.has(word.word) && word.tag !== 'c') nounPhrase = 0;
    const next = words[i + 1];
    if (next !== undefined) prices[at] = priceBetween(word, next, nounPhrase);
  });
  let depth = 0;
  for (let i = 1; i < text.length; i++) {
    if (NO_LINE_END.has(text[i - 1]!)) depth += 1;
    if (depth > 0 && CLOSING_BRACKETS.has(text[i - 1]!)) depth -= 1;
    if (CLAUSE_END.has(text[i - 1]!)) prices[i] = PRICE.clause;
    if (depth > 0) prices[i] = prices[i]! + depth * PRICE.insideBrackets;
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

/** displayWidth of text.slice(0, i) for every offset i (a surrogate pair counts at its first unit; no break falls inside one). */
export function widthsBefore(text: string): number[] {
  const before = [0];
  for (let i = 0; i < text.length; i++) {
    const codePoint = text.codePointAt(i)!;
    const unit = codePoint >= 0xdc00 && codePoint <= 0xdfff && i > 0 && (text.codePointAt(i - 1) ?? 0) > 0xffff;
    before.push(before[i]! + (unit ? 0 : isFullWidth(String.fromCodePoint(codePoint)) ? 1 : 0.5));
  }
  return before;
}

/** Cheapest split into exactly `count` lines, or null when no split fits `maxWidth`. */
function bestSplit(text: string, before: readonly number[], prices: readonly (number | undefined)[], count: number, maxWidth: number): string[] | null {
  const points = [0, ...prices.flatMap((p, i) => (p === undefined ? [] : [i])), text.length];
  const ideal = before[text.length]! / count;
  // Widths are sums of 1 and 0.5, exact in floating point, so a difference of prefix sums is displayWidth's value.
  const widthOf = (i: number, j: number): number => before[points[j]!]! - before[points[i]!]!;
  const last = points.length - 1;
  // Every line considered fits (the loops below stop at the first end that does not), so a line from point i
  // ends at most `span` points later: the memo is indexed by (k, i, j − i) in flat arrays, no object per state.
  let span = 1;
  for (let i = 0, j = 0; i < last; i++) {
    j = Math.max(j, i);
    while (j < last && widthOf(i, j + 1) <= maxWidth) j++;
    span = Math.max(span, j - i);
  }
  // cost[id]: cheapest way to set lines k..count-1 when line k spans points i..j (NaN: not yet known); next[id]: line k+1's end.
  const costs = new Float64Array(count * points.length * span).fill(NaN);
  const nexts = new Int32Array(costs.length).fill(-1);
  const key = (k: number, i: number, j: number): number => (k * points.length + i) * span + (j - i - 1);
  const solve = (k: number, i: number, j: number): number => {
    const id = key(k, i, j);
    const known = costs[id]!;
    if (!Number.isNaN(known)) return known;
    const width = widthOf(i, j);
    let cost = Infinity;
    let next = -1;
    if (width <= maxWidth) {
      const own = (width - ideal) ** 2 / 2;
      if (k === count - 1) {
        if (j === last) cost = own;
      } else if (j < last) {
        // Widths grow with l: past the first line that does not fit, none does (and such a line costs Infinity).
        for (let l = j + 1; l <= last && widthOf(j, l) <= maxWidth; l++) {
          const below = solve(k + 1, j, l);
          if (below === Infinity) continue;
          const topHeavy = Math.max(0, width - widthOf(j, l) - 1) * TOP_HEAVY;
          const total = own + prices[points[j]!]! + topHeavy + below;
          if (total < cost) {
            cost = total;
            next = l;
          }
        }
      }
    }
    costs[id] = cost;
    nexts[id] = next;
    return cost;
  };
  let best = { cost: Infinity, end: -1 };
  for (let j = 1; j <= last && widthOf(0, j) <= maxWidth; j++) {
    const cost = solve(0, 0, j);
    if (cost < best.cost) best = { cost, end: j };
  }
  if (best.cost === Infinity) return null;
  const lines: string[] = [];
  for (let k = 0, i = 0, j = best.end; j !== -1; k++) {
    lines.push(text.slice(points[i], points[j]));
    [i, j] = [j, nexts[key(k, i, j)]!];
  }
  return lines;
}

/**
 * Balancing weighs every split, which grows with the square of the text's length; a title, subtitle or heading
 * is a few lines. Past this many, a block is no title to balance (a paragraph taken for a subtitle, a hostile
 * upload: 20,000 characters took two minutes) and is filled line by line instead.
 */
export const MAX_BALANCED_LINES = 6;

/** Lines filled as far as `maxWidth` allows, each ending at the last allowed break (or, with none, at the width): linear. */
function filledLines(text: string, before: readonly number[], prices: readonly (number | undefined)[], maxWidth: number): string[] {
  const lines: string[] = [];
  let start = 0;
  while (start < text.length) {
    let allowed = -1;
    let end = start + 1;
    for (let i = start + 1; i <= text.length && before[i]! - before[start]! <= maxWidth; i++) {
      end = i;
      if (i === text.length || prices[i] !== undefined) allowed = i;
    }
    if (allowed > start) end = allowed;
    else if (end < text.length && /[\uDC00-\uDFFF]/.test(text[end]!)) end += 1; // never split a surrogate pair
    lines.push(text.slice(start, end));
    start = end;
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
  const prices = breakPrices(text);
  // One prefix-width table for every line count tried; its last entry is displayWidth(text), exactly.
  const before = widthsBefore(text);
  const fewest = Math.ceil(before[text.length]! / maxWidth);
  if (fewest > MAX_BALANCED_LINES) return filledLines(text, before, prices, maxWidth);
  for (let count = fewest; count <= text.length; count++) {
    const lines = bestSplit(text, before, prices, count, maxWidth);
    if (lines) return lines;
  }
  return [text];
}
