/**
 * Breaks a long title into balanced lines (GB/T 9704 7.3.1: 词意完整、排列对称).
 *
 * Lines break only at word boundaries (ICU's dictionary segmenter via Intl.Segmenter) and never
 * against the line-breaking rules for punctuation; among the feasible breakings the one whose
 * lines are closest to equal width wins, where a break after punctuation counts as a few cells of
 * imbalance better than a break between two words (the title's own pauses read best).
 */

/** Closing marks that may not start a line. */
const NO_LINE_START = new Set([...'，。、：；！？）》」』”’〉】〕…—·,.;:!?)]}%']);
/** Opening marks that may not end a line. */
const NO_LINE_END = new Set([...'（《「『“‘〈【〔([{']);
/** Breaking right after these reads naturally, so it is preferred. */
const GOOD_BREAK_AFTER = new Set([...'，、：；！？）》」”—,;:!?)']);
/** Cost of a break between words rather than after punctuation, in squared cells of imbalance. */
const WORD_BREAK_COST = 8;

let segmenter: Intl.Segmenter | undefined;
const words = (text: string): string[] => {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(text)].map((s) => s.segment);
};

/** Width in full-width character cells: half-width ASCII counts half. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.codePointAt(0)! < 0x2000 && ch.codePointAt(0)! !== 0x00b7 ? 0.5 : 1;
  return width;
}

function breakOffsets(text: string): number[] {
  const offsets: number[] = [];
  let at = 0;
  for (const word of words(text)) {
    at += word.length;
    if (at < text.length) offsets.push(at);
  }
  return offsets.filter((i) => !NO_LINE_START.has(text[i]!) && !NO_LINE_END.has(text[i - 1]!));
}

const charOffsets = (text: string): number[] =>
  Array.from({ length: Math.max(0, text.length - 1) }, (_, i) => i + 1).filter(
    (i) => !NO_LINE_START.has(text[i]!) && !NO_LINE_END.has(text[i - 1]!),
  );

/** Best split into exactly `count` lines at the given offsets, or null when none fits. */
function bestSplit(text: string, offsets: readonly number[], count: number, maxWidth: number): string[] | null {
  const ideal = displayWidth(text) / count;
  const points = [0, ...offsets, text.length];
  // cost[k][j]: best cost of putting text[0, points[j]) into k lines.
  const cost: number[][] = Array.from({ length: count + 1 }, () => points.map(() => Infinity));
  const from: number[][] = Array.from({ length: count + 1 }, () => points.map(() => -1));
  cost[0]![0] = 0;
  for (let k = 1; k <= count; k++) {
    for (let j = 1; j < points.length; j++) {
      for (let i = 0; i < j; i++) {
        const before = cost[k - 1]![i]!;
        if (before === Infinity) continue;
        const line = text.slice(points[i], points[j]);
        const width = displayWidth(line);
        if (width > maxWidth) continue;
        const breakCost = j === points.length - 1 || GOOD_BREAK_AFTER.has(line.at(-1)!) ? 0 : WORD_BREAK_COST;
        const total = before + (width - ideal) ** 2 + breakCost;
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
 * takes the fewest lines it can, balanced. Concatenating the lines always gives back the title.
 */
export function balanceTitleLines(title: string, maxWidth: number): string[] {
  const text = title.trim();
  if (displayWidth(text) <= maxWidth) return [text];
  const wordBreaks = breakOffsets(text);
  for (let count = Math.ceil(displayWidth(text) / maxWidth); count <= text.length; count++) {
    const lines = bestSplit(text, wordBreaks, count, maxWidth) ?? bestSplit(text, charOffsets(text), count, maxWidth);
    if (lines) return lines;
  }
  return [text];
}
