import { CJK_CONTEXT_RE, HAN_RE } from '../text/characters';

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' };

const HALF_WIDTH_MARKS = new Set(['"', "'", '(', ')', ',', ':', ';', '!', '?']);

function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK_CONTEXT_RE.test(ch);
}

/** Nearest non-space neighbours of position i. */
function neighbours(chars: readonly string[], i: number): [string | undefined, string | undefined] {
  let before = i - 1;
  while (before >= 0 && chars[before] === ' ') before--;
  let after = i + 1;
  while (after < chars.length && chars[after] === ' ') after++;
  return [chars[before], chars[after]];
}

/** Matching bracket pairs, so both halves of (一) change together even when only one touches Han. */
function bracketPairs(chars: readonly string[]): Map<number, number> {
  const pairs = new Map<number, number>();
  const open: number[] = [];
  chars.forEach((ch, i) => {
    if (ch === '(' || ch === '（') open.push(i);
    else if ((ch === ')' || ch === '）') && open.length > 0) {
      const start = open.pop()!;
      pairs.set(start, i).set(i, start);
    }
  });
  return pairs;
}

interface QuotePair {
  readonly open: number;
  readonly close?: number;
}

/**
 * Straight quotes paired in order of appearance, each kind on its own; an apostrophe between two
 * Latin letters (don't) is not a quote. Every index of a pair maps to the pair.
 */
function pairQuotes(chars: readonly string[]): Map<number, QuotePair> {
  const pairs = new Map<number, QuotePair>();
  for (const mark of ['"', "'"]) {
    let open: number | undefined;
    chars.forEach((ch, i) => {
      if (ch !== mark) return;
      if (mark === "'" && /[A-Za-z]/.test(chars[i - 1] ?? '') && /[A-Za-z]/.test(chars[i + 1] ?? '')) return;
      if (open === undefined) open = i;
      else {
        const pair = { open, close: i };
        pairs.set(open, pair).set(i, pair);
        open = undefined;
      }
    });
    if (open !== undefined) pairs.set(open, { open });
  }
  return pairs;
}

/**
 * Whether Han text lies strictly between two positions, in constant time from running counts (nested
 * brackets `((((…))))` would otherwise rescan their inside once per level).
 */
function hanBetween(chars: readonly string[]): (a: number, b: number) => boolean {
  const before = new Int32Array(chars.length + 1);
  chars.forEach((ch, i) => (before[i + 1] = before[i]! + (HAN_RE.test(ch) ? 1 : 0)));
  return (a, b) => before[Math.max(a, b)]! - before[Math.min(a, b) + 1]! > 0;
}

/**
 * `...` and `--` next to non-ASCII text. A space is never the "non-ASCII" neighbour (U+2003 is not
 * Chinese), and a leading `\s*` only starts where a run of spaces starts: otherwise the engine would
 * rescan a long run of spaces from every position inside it (quadratic on `我` + 80,000 × U+2003).
 */
const ELLIPSIS_DOTS = /(?<=[^\x00-\x7f\s]|^)\s*\.{3,6}|\.{3,6}(?=\s*[^\x00-\x7f\s])/g;
const DASH_PAIR = /(?<=[^\x00-\x7f\s])\s*-{2,3}\s*|(?<!\s)\s*-{2,3}\s*(?=[^\x00-\x7f\s])/g;

/**
 * Normalises half-width punctuation in Chinese context to full width (GB/T 15834): , : ; ! ? ( )
 * straight quotes → “” ‘’, ... → ……, -- → ——. Numbers, times, URLs and Latin text are left alone,
 * because a mark is only changed when a CJK character stands next to it.
 */
export function normalizePunctuation(line: string): string {
  let text = line
    .replace(ELLIPSIS_DOTS, '……')
    .replace(/。{3,6}/g, '……')
    .replace(DASH_PAIR, '——');
  if (!/["'(),:;!?]/.test(text)) return tidyAround(text);
  const chars = Array.from(text);
  const pairs = bracketPairs(chars);
  const quotePairs = pairQuotes(chars);
  const hasHanBetween = hanBetween(chars);
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    if (!HALF_WIDTH_MARKS.has(ch)) continue;
    const [before, after] = neighbours(chars, i);
    if (ch === '"' || ch === "'") {
      const pair = quotePairs.get(i);
      if (pair === undefined || pair.open !== i) continue;
      // Both halves change together, or neither: Chinese text inside or right around the pair decides.
      const chinese =
        pair.close === undefined
          ? isCjk(before) || isCjk(after)
          : hasHanBetween(pair.open, pair.close) || isCjk(before) || isCjk(neighbours(chars, pair.close)[1]);
      if (!chinese) continue;
      chars[pair.open] = ch === '"' ? '“' : '‘';
      if (pair.close !== undefined) chars[pair.close] = ch === '"' ? '”' : '’';
    } else if (ch === '(' || ch === ')') {
      const partner = pairs.get(i);
      const chinese =
        isCjk(before) || isCjk(after) ||
        (partner !== undefined && (hasHanBetween(i, partner) || isCjk(neighbours(chars, partner)[ch === '(' ? 1 : 0])));
      if (chinese) {
        chars[i] = FULL[ch]!;
        if (partner !== undefined && (chars[partner] === '(' || chars[partner] === ')')) chars[partner] = FULL[chars[partner]!]!;
      }
    } else if (ch in FULL) {
      // 09:00 and 3,000 stay: a digit on both sides is a number, not Chinese prose.
      const numeric = /\d/.test(chars[i - 1] ?? '') && /\d/.test(chars[i + 1] ?? '');
      // "How are you? 你好": a mark right after a Latin word and followed by a space ends Latin text.
      const endsLatin = /[A-Za-z]/.test(chars[i - 1] ?? '') && chars[i + 1] === ' ';
      if (!numeric && !endsLatin && (isCjk(before) || isCjk(after))) chars[i] = FULL[ch]!;
    }
  }
  return tidyAround(chars.join(''));
}

/** A full-width mark never wants the spaces a half-width one carried. */
function tidyAround(text: string): string {
  return text.replace(/(?<!\s)\s*([，：；！？）】」』])\s*/g, '$1').replace(/([（【「『])\s+/g, '$1');
}
