import type { LineSpan } from './lineBreaker';
import { shareSqueeze, squeezeCaps } from './squeeze';
import { metricsOf, type BlockAlignment, type TextStyle } from './styles';
import type { InkExtent, Measure, Unit } from './units';

/** One glyph to draw: x is the glyph origin relative to the start of the line's measure. */
export interface PlacedGlyph {
  readonly text: string;
  readonly style: TextStyle;
  readonly x: number;
  /** Horizontal scaling of the glyph (1 = as designed); only dashes are stretched. */
  readonly scale?: number;
}

/** A unit with its final position and width on the line (used by layout tests to check the rules). */
export interface PlacedUnit {
  readonly unit: Unit;
  readonly x: number;
  readonly width: number;
  /** Space before the ink inside the width (the quarter em before a Latin word that follows Han). */
  readonly lead?: number;
}

/**
 * Final unit positions of one line. Justified lines are set flush to both edges: compression, when the
 * breaker squeezed marks in, is shared by the compressible marks; left-over space is spread evenly over the
 * gaps between units (never inside a Latin word). A paragraph's last line stays ragged; centred lines keep
 * natural spacing.
 */
export function placeUnits(
  units: readonly Unit[],
  span: LineSpan,
  width: number,
  alignment: BlockAlignment,
): PlacedUnit[] {
  // Indexes into `units` rather than a slice, and widths in a typed array (numbers unboxed): this runs for
  // every line of both editions, and its intermediate arrays were a good part of a document's garbage.
  const { start, end } = span;
  const count = end - start;
  const widths = new Float64Array(count);
  for (let i = 0; i < count; i += 1) widths[i] = units[start + i]!.width;
  // Squeezing is shared evenly by the marks that can give (squeeze.ts), never taken from one mark alone.
  if (span.compression > 1e-9) {
    const takes = shareSqueeze(squeezeCaps(units.slice(start, end)), span.compression);
    for (let i = 0; i < takes.length; i += 1) widths[i] = widths[i]! - takes[i]!;
  }
  // A wrapped line that starts with an opening bracket or quote drops the blank half before it (clreq),
  // so the text does not look indented; justification takes up the half cell.
  const first = count > 0 ? units[start] : undefined;
  if (alignment === 'justified' && start > 0 && first?.side === 'opening' && widths[0] === first.width) {
    widths[0] = first.width - first.shrink;
  }
  // The quarter em between Han and Latin is space between two things: at a line's edge there is only one
  // (so the first unit never keeps its lead).
  if (first?.lead) widths[0] = widths[0]! - first.lead;
  const last = count > 0 ? units[end - 1] : undefined;
  if (last?.trail) widths[count - 1] = widths[count - 1]! - last.trail;
  let natural = 0;
  for (let i = 0; i < count; i += 1) natural += widths[i]!;
  const spare = width - natural;
  // A unit of no width (a variation selector no font draws) stays against the unit before it: no gap before it.
  let gaps = count - 1;
  for (let i = 1; i < count; i += 1) if (widths[i] === 0) gaps -= 1;
  const spread = alignment === 'justified' && !span.last && gaps > 0 && spare > 0 ? spare / gaps : 0;
  let x = alignment === 'centred' ? Math.max(0, spare / 2) : 0;
  const placed: PlacedUnit[] = new Array(count);
  for (let i = 0; i < count; i += 1) {
    const unit = units[start + i]!;
    const lead = i === 0 ? 0 : (unit.lead ?? 0);
    placed[i] = lead ? { unit, x, width: widths[i]!, lead } : { unit, x, width: widths[i]! };
    x += widths[i]! + (widths[i + 1] === 0 ? 0 : spread);
  }
  return placed;
}

/**
 * Sees one glyph to draw: its character, style, origin relative to the start of the line's measure and its
 * horizontal scaling (undefined = as designed; only dashes are stretched).
 */
export type GlyphVisitor = (text: string, style: TextStyle, x: number, scale: number | undefined) => void;

/**
 * Glyph origins inside each placed unit, handed to `visit` one by one: grid characters are aligned in their cell
 * by where their ink sits. The drawing reads each glyph once and keeps none, so no object is made per glyph
 * (they were a tenth of a document's garbage).
 */
export function eachGlyph(placed: readonly PlacedUnit[], measure: Measure, ink: InkExtent | undefined, visit: GlyphVisitor): void {
  for (const { unit, x, width, lead } of placed) {
    if (unit.grid && unit.text.length === 1) {
      // The common case (one BMP Han character or mark): no splitting into code points.
      visit(unit.text, unit.style, origin(unit, x, width, measure(unit.style, unit.text), ink), undefined);
      continue;
    }
    const chars = [...unit.text];
    if (!unit.grid) {
      let at = x + (lead ?? 0);
      for (const ch of chars) {
        visit(ch, unit.style, at, undefined);
        at += measure(unit.style, ch);
      }
      continue;
    }
    const cell = width / chars.length;
    if (/^[—―]{2}$/u.test(unit.text)) {
      dashPair(unit, x, width, measure, visit);
      continue;
    }
    chars.forEach((ch, k) => visit(ch, unit.style, origin(unit, x + k * cell, cell, measure(unit.style, ch), ink), undefined));
  }
}

/** The glyphs of `eachGlyph` as objects (for checks of the layout). */
export function glyphsOf(placed: readonly PlacedUnit[], measure: Measure, ink?: InkExtent): PlacedGlyph[] {
  const glyphs: PlacedGlyph[] = [];
  eachGlyph(placed, measure, ink, (text, style, x, scale) => glyphs.push(scale === undefined ? { text, style, x } : { text, style, x, scale }));
  return glyphs;
}

/**
 * Origin of a glyph of `advance` in a grid cell at `cellX`: closing marks sit left, opening marks right, the
 * rest centred. A closing mark whose face draws it across the middle of its em (FandolFang's centred ？) is
 * moved left so its ink starts a little way into the cell like the face's other 点号, instead of leaving a
 * gap after the character before it (`什么 ？在`).
 */
function origin(unit: Unit, cellX: number, cell: number, advance: number, ink: InkExtent | undefined): number {
  if (unit.side === 'opening') return cellX + cell - advance;
  if (unit.side !== 'closing') return cellX + (cell - advance) / 2;
  if (!ink) return cellX;
  const { size } = metricsOf(unit.style);
  const { left, right } = ink(unit.style, unit.text);
  return right > size / 2 && left > CLOSING_INK_START * size ? cellX - (left - CLOSING_INK_START * size) : cellX;
}

/** Where a closing mark moved left starts its ink, in em (FandolFang's ，； start at 0.19, its 。at 0.14). */
const CLOSING_INK_START = 0.12;

/**
 * —— must read as one unbroken 2-em line. Some faces (Noto) have a proportional em dash narrower than the
 * cell, so each dash is widened horizontally to half the unit plus a tenth of an em, and the two overlap
 * by that tenth in the middle.
 */
function dashPair(unit: Unit, x: number, width: number, measure: Measure, visit: GlyphVisitor): void {
  const [first, second] = [...unit.text] as [string, string];
  const overlap = 0.1 * metricsOf(unit.style).size;
  const drawn = width / 2 + overlap;
  visit(first, unit.style, x - overlap / 2, drawn / measure(unit.style, first));
  visit(second, unit.style, x + width / 2 - overlap / 2, drawn / measure(unit.style, second));
}
