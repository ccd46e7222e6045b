import { isPauseMark } from './kinsoku';
import type { Unit } from './units';

const EPSILON = 1e-9;

/**
 * How much each unit of a line may give when the line must be shortened to take in a mark that may not
 * start the next line (clreq "先挤进"). The line's last mark may lose its blank half (GB/T 15834: a mark at
 * line end may be half width); brackets and quotes may lose theirs anywhere; a 点号 in mid-line ，。、 gives at
 * most a quarter, so it never ends up a half-width mark that reads like a Western comma (`以往,更加`).
 */
export function squeezeCaps(line: readonly Unit[]): number[] {
  return line.map((unit, i) => (i === line.length - 1 || !isPauseMark(unit.text) ? unit.shrink : unit.shrink / 2));
}

/** The most a line of these units may be shortened by squeezing. */
export function squeezeLimit(line: readonly Unit[]): number {
  return squeezeCaps(line).reduce((a, b) => a + b, 0);
}

/**
 * What each unit gives to shorten the line by `amount`: equal shares over every mark that can give (adjacent
 * pairs were already set tight by neighbours.ts), a mark that reaches its cap handing the rest of its share
 * to the others. Never more than the caps allow in total.
 */
export function shareSqueeze(caps: readonly number[], amount: number): number[] {
  const takes = caps.map(() => 0);
  let left = amount;
  let open = caps.flatMap((cap, i) => (cap > EPSILON ? [i] : []));
  while (left > EPSILON && open.length > 0) {
    const share = left / open.length;
    const still: number[] = [];
    for (const i of open) {
      const take = Math.min(share, caps[i]! - takes[i]!);
      takes[i] = takes[i]! + take;
      left -= take;
      if (caps[i]! - takes[i]! > EPSILON) still.push(i);
    }
    open = still;
  }
  return takes;
}
