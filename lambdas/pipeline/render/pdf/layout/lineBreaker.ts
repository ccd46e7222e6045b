import { squeezeLimit } from './squeeze';
import { metricsOf } from './styles';
import type { Unit } from './units';

const cellOf = (unit: Unit): number => metricsOf(unit.style).cell;

/** One line of a paragraph: units [start, end), and how much punctuation had to be compressed to fit it. */
export interface LineSpan {
  readonly start: number;
  readonly end: number;
  readonly compression: number;
  /** The last line of its paragraph: left ragged, never spread. */
  readonly last: boolean;
}

/** Available width for line `index` of the paragraph (the first line carries the indent). */
export type LineWidths = (index: number) => number;

const EPSILON = 1e-6;
/** How many prohibited marks in a row we try to squeeze into the line ("先挤进"), e.g. 。”） */
const MAX_SQUEEZED = 3;
/**
 * At most one cell's worth of compression per line: squeezing more (say a whole —— into a line of commas)
 * visibly crowds the line, and pushing one character down reads better.
 */
const MAX_COMPRESSION_CELLS = 1;

/** pick(unit) summed over units [from, to), in order. */
export const sum = (units: readonly Unit[], from: number, to: number, pick: (u: Unit) => number): number => {
  let total = 0;
  for (let i = from; i < to; i += 1) total += pick(units[i]!);
  return total;
};

/** A break before `at` is allowed by clreq: the next line does not start with a closing mark, this one does not end with an opening one. */
export function breakAllowed(units: readonly Unit[], at: number): boolean {
  if (at <= 0 || at >= units.length) return true;
  return !units[at]!.noStart && !units[at - 1]!.noEnd;
}

/**
 * Breaks a paragraph's units into lines, per clreq: fill greedily; when the break falls on a prohibition,
 * first try to squeeze the offending marks into this line by compressing its punctuation, and only then push
 * characters down to the next line; finally avoid a lone character on the last line by pulling one down.
 */
export function breakLines(units: readonly Unit[], widthOf: LineWidths): LineSpan[] {
  const ends: number[] = [];
  let start = 0;
  while (start < units.length) {
    ends.push(nextBreak(units, start, widthOf(ends.length)));
    start = ends[ends.length - 1]!;
  }
  avoidOrphan(units, ends, widthOf);
  return ends.map((end, index) => {
    const from = index === 0 ? 0 : ends[index - 1]!;
    const overflow = sum(units, from, end, (u) => u.width) - widthOf(index);
    return { start: from, end, compression: Math.max(0, overflow), last: index === ends.length - 1 };
  });
}

function nextBreak(units: readonly Unit[], start: number, width: number): number {
  let end = start;
  let used = 0;
  while (end < units.length && used + units[end]!.width <= width + EPSILON) used += units[end++]!.width;
  if (end === units.length) return end;
  // A single unit wider than the line: it overflows rather than vanish. Words are never such units any more
  // (overlong.ts cuts them into characters), so this only keeps the loop going.
  if (end === start) return start + 1;
  if (units[end - 1]!.piece && units[end]!.piece) {
    const preferred = addressBreak(units, start, end, width - used);
    if (preferred > start) return preferred;
  }
  if (breakAllowed(units, end)) return end;

  // 先挤进: take in the following marks if compressing punctuation makes room for them.
  for (let squeezed = end + 1; squeezed <= Math.min(units.length, end + MAX_SQUEEZED); squeezed += 1) {
    if (!breakAllowed(units, squeezed)) continue;
    const overflow = sum(units, start, squeezed, (u) => u.width) - width;
    const limit = Math.min(squeezeLimit(units.slice(start, squeezed)), MAX_COMPRESSION_CELLS * cellOf(units[start]!));
    if (overflow <= limit + EPSILON) return squeezed;
    break;
  }
  // 后推出: push characters down until the break is legal.
  for (let pushed = end - 1; pushed > start; pushed -= 1) if (breakAllowed(units, pushed)) return pushed;
  return end; // nothing legal (a line made only of marks): keep the greedy break
}

/** Where a web address or path reads best broken: after one of these. */
const ADDRESS_BREAKS = new Set(['/', '.', '-', '_', '?', '&', '=']);
/** How short of the measure (cells) a line may end to break after one of them: the line is spread by that. */
const MAX_ADDRESS_SHORTFALL_CELLS = 2;

/**
 * The break falls inside a word cut into characters (overlong.ts): move it back to just after a / . - _ ? & =
 * within the last few characters, if there is one (https://example.org/a/ | b, not https://example.org/a/b | c);
 * else `start` (none: break where the line is full).
 */
function addressBreak(units: readonly Unit[], start: number, end: number, spare: number): number {
  const limit = MAX_ADDRESS_SHORTFALL_CELLS * cellOf(units[start]!) + EPSILON;
  let shortfall = spare;
  for (let at = end; at > start + 1 && !units[at - 1]!.grid && shortfall <= limit; at -= 1) {
    if (ADDRESS_BREAKS.has(units[at - 1]!.text) && breakAllowed(units, at)) return at;
    shortfall += units[at - 1]!.width;
  }
  return start;
}

/** Characters that count toward a line's content (a trailing mark does not keep a lone character company). */
const isCharacter = (u: Unit): boolean => !u.noStart;

function avoidOrphan(units: readonly Unit[], ends: number[], widthOf: LineWidths): void {
  if (ends.length < 2) return;
  const previousStart = ends.length === 2 ? 0 : ends[ends.length - 3]!;
  const lastStart = ends[ends.length - 2]!;
  let characters = 0;
  for (let i = lastStart; i < units.length; i += 1) if (isCharacter(units[i]!)) characters += 1;
  if (characters !== 1) return;
  for (let pull = lastStart - 1; pull > previousStart + 1; pull -= 1) {
    if (breakAllowed(units, pull)) {
      ends[ends.length - 2] = pull;
      passShortfallBack(units, ends, ends.length - 2, widthOf);
      return;
    }
  }
}

/**
 * Line `line` gave units to the line after it; if that leaves it more than a cell short (a line already
 * shortened by a push-down, now stretched to a 17 pt pitch), it takes units from the line before instead,
 * and so on up the paragraph: every line stays within one cell of full, as the others are.
 */
function passShortfallBack(units: readonly Unit[], ends: number[], line: number, widthOf: LineWidths): void {
  for (let k = line; k >= 1; k -= 1) {
    const end = ends[k]!;
    const previousStart = k === 1 ? 0 : ends[k - 2]!;
    let moved = false;
    while (widthOf(k) - sum(units, ends[k - 1]!, end, (u) => u.width) > cellOf(units[end - 1]!) + EPSILON) {
      let from = ends[k - 1]! - 1;
      while (from > previousStart + 1 && !breakAllowed(units, from)) from -= 1;
      if (from <= previousStart + 1 || sum(units, from, end, (u) => u.width) > widthOf(k) + EPSILON) return;
      ends[k - 1] = from;
      moved = true;
    }
    if (!moved) return;
  }
}
