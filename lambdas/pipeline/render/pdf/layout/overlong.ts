import { cannotEndLine, cannotStartLine } from './kinsoku';
import type { Measure, Unit } from './units';
import type { TextStyle } from './styles';

/**
 * A word, number or web address wider than the narrowest line of its paragraph (a 100-digit code, a long
 * URL) cannot be set whole: no line holds it, so it ran past the right margin and was clipped, and the line
 * before it was spread to make room. Such a run — adjacent Latin units with no space or Han between them, so
 * a URL's words and its _ ? & = count as one — is cut into one unit per character, each marked `piece`, and
 * the breaker may end a line anywhere inside it (lineBreaker prefers after / . - _ ? & =).
 * Runs that fit a line are returned as they are: the layout of ordinary text does not change.
 */
export function splitOverlong(units: Unit[], width: number, measure: Measure): Unit[] {
  let out: Unit[] | undefined;
  for (let start = 0; start < units.length; ) {
    if (!inRun(units[start]!)) {
      out?.push(units[start]!);
      start += 1;
      continue;
    }
    let end = start;
    let runWidth = 0;
    while (end < units.length && inRun(units[end]!)) runWidth += units[end++]!.width;
    if (runWidth > width + 1e-6) {
      out ??= units.slice(0, start);
      for (let i = start; i < end; i += 1) pushPieces(out, units[i]!, measure);
    } else if (out) for (let i = start; i < end; i += 1) out.push(units[i]!);
    start = end;
  }
  return out ?? units;
}

/** Part of a run of Latin text: proportional (not on the grid) and not a space. */
const inRun = (unit: Unit): boolean => !unit.grid && unit.text.trim() !== '';

/** The unit's characters as pieces; the first keeps the quarter em before it, the last the one after it. */
function pushPieces(out: Unit[], unit: Unit, measure: Measure): void {
  const from = out.length;
  for (const ch of unit.text) out.push(pieceOf(ch, unit.style, measure));
  const lead = unit.lead ?? 0;
  const trail = unit.trail ?? 0;
  if (lead > 0) out[from] = { ...out[from]!, width: out[from]!.width + lead, lead };
  const last = out.length - 1;
  if (trail > 0) out[last] = { ...out[last]!, width: out[last]!.width + trail, trail };
}

/** One piece per character and style, per measure (one per font book): a 1 MB run makes a few dozen objects, not a million. */
const knownPieces = new WeakMap<Measure, Map<string, Unit>>();

function pieceOf(ch: string, style: TextStyle, measure: Measure): Unit {
  let known = knownPieces.get(measure);
  if (!known) knownPieces.set(measure, (known = new Map()));
  const key = `${style} ${ch}`;
  let piece = known.get(key);
  if (!piece) {
    piece = {
      text: ch,
      style,
      grid: false,
      width: measure(style, ch),
      shrink: 0,
      side: null,
      noStart: cannotStartLine(ch),
      noEnd: cannotEndLine(ch),
      piece: true,
    };
    known.set(key, piece);
  }
  return piece;
}
