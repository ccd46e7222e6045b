import type { LineSpan } from './lineBreaker';
import { metricsOf, type BlockAlignment, type TextStyle } from './styles';
import type { Measure, Unit } from './units';

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
  const line = units.slice(span.start, span.end);
  const widths = line.map((u) => u.width);
  // Compression comes off the line's last marks first (GB/T 15834: a mark at line end may be half width),
  // so punctuation in mid-line keeps its full cell whenever it can.
  let toCompress = span.compression;
  for (let i = line.length - 1; i >= 0 && toCompress > 1e-9; i -= 1) {
    const take = Math.min(line[i]!.shrink, toCompress);
    widths[i] = widths[i]! - take;
    toCompress -= take;
  }
  // A wrapped line that starts with an opening bracket or quote drops the blank half before it (clreq),
  // so the text does not look indented; justification takes up the half cell.
  const first = line[0];
  if (alignment === 'justified' && span.start > 0 && first?.side === 'opening' && widths[0] === first.width) {
    widths[0] = first.width - first.shrink;
  }
  const natural = widths.reduce((a, b) => a + b, 0);
  const spare = width - natural;
  const spread = alignment === 'justified' && !span.last && line.length > 1 && spare > 0 ? spare / (line.length - 1) : 0;
  let x = alignment === 'centred' ? Math.max(0, spare / 2) : 0;
  return line.map((unit, i) => {
    const placed = { unit, x, width: widths[i]! };
    x += widths[i]! + spread;
    return placed;
  });
}

/** Glyph origins inside each placed unit: grid characters are aligned in their cell by where their ink sits. */
export function glyphsOf(placed: readonly PlacedUnit[], measure: Measure): PlacedGlyph[] {
  const glyphs: PlacedGlyph[] = [];
  for (const { unit, x, width } of placed) {
    if (unit.grid && unit.text.length === 1) {
      // The common case (one BMP Han character or mark): no splitting into code points.
      glyphs.push({ text: unit.text, style: unit.style, x: inkOrigin(unit, x, width, measure(unit.style, unit.text)) });
      continue;
    }
    const chars = [...unit.text];
    if (!unit.grid) {
      let origin = x;
      for (const ch of chars) {
        glyphs.push({ text: ch, style: unit.style, x: origin });
        origin += measure(unit.style, ch);
      }
      continue;
    }
    const cell = width / chars.length;
    if (/^[—―]{2}$/u.test(unit.text)) {
      glyphs.push(...dashPair(unit, x, width, measure));
      continue;
    }
    chars.forEach((ch, k) => {
      glyphs.push({ text: ch, style: unit.style, x: inkOrigin(unit, x + k * cell, cell, measure(unit.style, ch)) });
    });
  }
  return glyphs;
}

/** Origin of a glyph of `advance` in a grid cell at `cellX`: closing marks sit left, opening marks right, the rest centred. */
const inkOrigin = (unit: Unit, cellX: number, cell: number, advance: number): number =>
  unit.side === 'closing' ? cellX : unit.side === 'opening' ? cellX + cell - advance : cellX + (cell - advance) / 2;

/**
 * —— must read as one unbroken 2-em line. Some faces (Noto) have a proportional em dash narrower than the
 * cell, so each dash is widened horizontally to half the unit plus a tenth of an em, and the two overlap
 * by that tenth in the middle.
 */
function dashPair(unit: Unit, x: number, width: number, measure: Measure): PlacedGlyph[] {
  const [first, second] = [...unit.text] as [string, string];
  const overlap = 0.1 * metricsOf(unit.style).size;
  const drawn = width / 2 + overlap;
  return [
    { text: first, style: unit.style, x: x - overlap / 2, scale: drawn / measure(unit.style, first) },
    { text: second, style: unit.style, x: x + width / 2 - overlap / 2, scale: drawn / measure(unit.style, second) },
  ];
}
