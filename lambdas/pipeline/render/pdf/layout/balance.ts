import { MAX_BALANCED_LINES } from '../../title-lines';
import { breakAllowed, breakLines, type LineSpan } from './lineBreaker';
import { metricsOf } from './styles';
import type { Unit } from './units';

/**
 * Breaks for a centred block by width alone: as few lines as fit, of lengths as equal as possible (GB/T 9704
 * 7.3.1 排列对称), never breaking a clreq rule. The fallback for when the breaks by meaning
 * (render/title-lines.ts) would fall inside a unit (a —— pair, a Latin word) or not fit as the fonts set them.
 */
export function balanceLines(units: readonly Unit[], width: number): LineSpan[] {
  const widths = units.map((u) => u.width);
  const total = widths.reduce((a, b) => a + b, 0);
  const cell = units.length > 0 ? metricsOf(units[0]!.style).cell : 1;
  const fewest = Math.max(1, Math.ceil(total / width - 1e-9));
  // Balancing is cubic in the units; a block this long is no title (see MAX_BALANCED_LINES): set it as a paragraph.
  if (fewest > MAX_BALANCED_LINES) return breakLines(units, () => width);
  for (let lines = fewest; lines <= units.length; lines += 1) {
    const ends = bestBreaks(units, widths, width, lines, total / lines, cell);
    if (ends) return ends.map((end, i) => ({ start: i === 0 ? 0 : ends[i - 1]!, end, compression: 0, last: i === ends.length - 1 }));
  }
  return [{ start: 0, end: units.length, compression: 0, last: true }];
}

/** Dynamic programme over legal break positions minimising squared deviation from the mean line length. */
function bestBreaks(
  units: readonly Unit[],
  widths: readonly number[],
  width: number,
  lines: number,
  target: number,
  cell: number,
): number[] | null {
  const n = units.length;
  const prefix = [0];
  for (const w of widths) prefix.push(prefix[prefix.length - 1]! + w);
  // cost[j][i]: best cost of setting units [0, i) in j lines; from[j][i]: where line j starts.
  const cost = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(Infinity));
  const from = Array.from({ length: lines + 1 }, () => new Array<number>(n + 1).fill(-1));
  cost[0]![0] = 0;
  for (let j = 1; j <= lines; j += 1) {
    for (let i = 1; i <= n; i += 1) {
      if (i < n && !breakAllowed(units, i)) continue;
      for (let s = i - 1; s >= 0; s -= 1) {
        const lineWidth = prefix[i]! - prefix[s]!;
        if (lineWidth > width + 1e-6) break;
        const previous = cost[j - 1]![s]!;
        if (previous === Infinity) continue;
        const deviation = (lineWidth - target) / cell;
        const total = previous + deviation * deviation;
        if (total < cost[j]![i]!) {
          cost[j]![i] = total;
          from[j]![i] = s;
        }
      }
    }
  }
  if (cost[lines]![n] === Infinity) return null;
  const ends: number[] = [];
  for (let j = lines, i = n; j > 0; i = from[j]![i]!, j -= 1) ends.unshift(i);
  return ends;
}
