import { metricsOf } from './styles';
import type { Unit } from './units';

/**
 * What a unit's neighbours change about it, before any line is broken:
 *
 * - Adjacent marks (clreq §3.1.6, GB/T 15834 practice): two full-width marks side by side would leave a
 *   whole blank cell between their inks (`”，`, `。（`, `】【`), so the pair is set in 1.5 em — the first mark
 *   loses its blank right half when it is a closing mark, else the second its blank left half when it is an
 *   opening mark. Centred marks (Taiwan ，。) keep their cell; the bracket beside them gives.
 * - Han beside Latin letters or digits (clreq §3.2.2): a quarter em between them, carried by the Latin unit
 *   (`lead`/`trail`) so that it moves with the word and can be dropped at a line's edge.
 *
 * Units are shared objects (one per character and style), so the changed ones are cached variants.
 */
export function adjustForNeighbours(units: Unit[]): void {
  for (let i = 0; i + 1 < units.length; i += 1) {
    const a = units[i]!;
    const b = units[i + 1]!;
    if (!isMark(a) || !isMark(b)) continue;
    if (a.side === 'closing' && a.shrink > 0) units[i] = trimmed(a);
    else if (b.side === 'opening' && b.shrink > 0) units[i + 1] = trimmed(b);
  }
  for (let i = 0; i < units.length; i += 1) {
    const unit = units[i]!;
    if (!isLatinWord(unit)) continue;
    const lead = isHan(units[i - 1]) ? metricsOf(unit.style).cell / 4 : 0;
    const trail = isHan(units[i + 1]) ? metricsOf(unit.style).cell / 4 : 0;
    if (lead > 0 || trail > 0) units[i] = padded(unit, lead, trail);
  }
}

const isMark = (unit: Unit): boolean => unit.side !== null && unit.grid;
const isLatinWord = (unit: Unit): boolean => !unit.grid && /^[A-Za-z0-9]/u.test(unit.text);
const isHan = (unit: Unit | undefined): boolean => unit !== undefined && unit.grid && /^\p{Script=Han}$/u.test(unit.text);

const variants = new WeakMap<Unit, Map<string, Unit>>();

function variant(unit: Unit, key: string, make: () => Unit): Unit {
  let known = variants.get(unit);
  if (!known) variants.set(unit, (known = new Map()));
  let made = known.get(key);
  if (!made) known.set(key, (made = make()));
  return made;
}

/** The mark set in its ink half: its blank half is gone for good, so nothing is left to squeeze. */
const trimmed = (unit: Unit): Unit => variant(unit, 'trim', () => ({ ...unit, width: unit.width - unit.shrink, shrink: 0 }));

const padded = (unit: Unit, lead: number, trail: number): Unit =>
  variant(unit, `pad ${lead} ${trail}`, () => ({ ...unit, width: unit.width + lead + trail, lead, trail }));
