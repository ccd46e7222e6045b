import { blockText, type SpeechDocument } from '../../model';
import { FontResolver } from '../pdf/draw/fontResolver';
import { fontBookFor } from '../pdf/fonts';
import { metricsOf } from '../pdf/layout/styles';
import { isBlank, typesetSlots, type TypesetLine } from '../pdf/layout/typeset';
import type { PlacedUnit } from '../pdf/layout/justify';
import { CHARACTER_SPACING } from './geometry';
import { timesWidth } from './latin-widths';

/**
 * How the PDF set one block, in terms a Word paragraph can carry: where its lines start, and how much
 * wider or narrower than its natural cell each character was set.
 */
export interface PrintedBlock {
  /** Offset in `blockText(block)` (UTF-16) where each line after the first starts. */
  readonly breaks: readonly number[];
  /** A line ends ragged before this break (a heading broken by meaning), not justified to the edge. */
  readonly raggedBreaks: ReadonlySet<number>;
  /**
   * Points to add to a character's advance, by offset: negative on a line where the PDF compressed
   * punctuation to pull a character in, positive where it spread a line it left short on purpose (a mark
   * it would not let start the next line, a lone last character it would not leave).
   */
  readonly adjust: ReadonlyMap<number, number>;
}

/**
 * The PDF's lines of every block (undefined for a block whose units do not add up to its text, which the
 * DOCX then leaves to the reader's own line breaking). Streams the typesetter block by block, as the PDF
 * renderer does, so a long speech never holds all its lines at once.
 */
export function printedBlocks(doc: SpeechDocument): (PrintedBlock | undefined)[] {
  const resolver = new FontResolver(fontBookFor(doc.script));
  const result: (PrintedBlock | undefined)[] = new Array(doc.blocks.length);
  let current: { index: number; lines: TypesetLine[] } | undefined;
  const finish = (): void => {
    if (current) result[current.index] = printedBlock(blockText(doc.blocks[current.index]!), current.lines);
  };
  for (const slot of typesetSlots(doc, resolver.measure)) {
    if (isBlank(slot)) continue;
    if (current?.index !== slot.blockIndex) {
      finish();
      current = { index: slot.blockIndex, lines: [] };
    }
    current.lines.push(slot);
  }
  finish();
  return result;
}

function printedBlock(text: string, lines: readonly TypesetLine[]): PrintedBlock | undefined {
  const breaks: number[] = [];
  const raggedBreaks = new Set<number>();
  const adjust = new Map<number, number>();
  let offset = 0;
  for (const [index, line] of lines.entries()) {
    if (index > 0) breaks.push(offset);
    const last = index === lines.length - 1;
    if (!last && !line.full) raggedBreaks.add(offset + lineLength(line));
    const lineStart = offset;
    for (const { unit } of line.units) {
      if (text.slice(offset, offset + unit.text.length) !== unit.text) return undefined;
      offset += unit.text.length;
    }
    const extra = line.full || line.units.some((p, i) => p.width < naturalWidth(line.units, i)) ? extraPerCharacter(line) : 0;
    if (Math.abs(extra) < 0.01) continue;
    for (let at = lineStart; at < offset; at += 1) adjust.set(at, extra);
  }
  return offset === text.length ? { breaks, raggedBreaks, adjust } : undefined;
}

/**
 * LibreOffice's space between Asian and Western text (its "Asian/Western spacing", on by default; its DOCX
 * import ignores w:autoSpaceDE/DN): a fifth of the font size on each side of a Latin run, measured in
 * LibreOffice 7.4. Word's own spacing is a similar fraction of an em; the PDF's is a quarter em.
 */
const WESTERN_SPACE = 0.2;
const BOLD_STYLES = new Set(['lead-in', 'heading3']);

/**
 * The unit's width as Word and LibreOffice set it before tracking: a whole cell for every full-width
 * character (they have no half-width marks, where the PDF sets adjacent marks in 1.5 em); Latin letters and
 * digits in Times New Roman, with the Asian/Western space where they touch full-width text.
 */
function naturalWidth(units: readonly PlacedUnit[], i: number): number {
  const { unit } = units[i]!;
  const { cell, size } = metricsOf(unit.style);
  if (unit.grid) return [...unit.text].length * cell;
  const times = timesWidth(unit.text, size, BOLD_STYLES.has(unit.style)) ?? unit.width - (unit.lead ?? 0) - (unit.trail ?? 0);
  const sides = (units[i - 1]?.unit.grid ? 1 : 0) + (units[i + 1]?.unit.grid ? 1 : 0);
  return times + sides * WESTERN_SPACE * size;
}

/**
 * Characters of the line that get no tracking: LibreOffice spaces the characters of a text portion (a
 * stretch in one face, weight and script) apart, not after the portion's last one, so each change of face
 * (a heading sentence in 黑体/楷体, a bold lead-in), of script (Han beside Latin) and the line's end leaves
 * one character at its own width (measured in LibreOffice 7.4).
 */
function portionEnds(units: readonly PlacedUnit[]): number {
  let ends = 1;
  for (let i = 0; i + 1 < units.length; i += 1) {
    const [a, b] = [units[i]!.unit, units[i + 1]!.unit];
    if (a.grid !== b.grid || a.style !== b.style) ends += 1;
  }
  return ends;
}

const lineLength = (line: TypesetLine): number => line.units.reduce((n, p) => n + p.unit.text.length, 0);

/**
 * What every character of the line adds to its natural advance so the line is as long as the PDF set it:
 * its compressed punctuation and its justification spread, shared evenly. Evenly, because Word and
 * LibreOffice cannot narrow one mark by half a cell (LibreOffice limits negative tracking to about a
 * sixth of an em), and an even squeeze is what clreq asks for anyway. The line's last unit keeps its
 * width: the line then ends at the measure, not a gap beyond it.
 */
function extraPerCharacter(line: TypesetLine): number {
  const { units } = line;
  const last = units[units.length - 1]!;
  const set = line.full ? last.x + last.width - units[0]!.x : units.reduce((w, p) => w + p.width, 0);
  const ends = portionEnds(units);
  // The base tracking (geometry.ts) narrows every character but the portion ends.
  const natural = units.reduce((w, _, i) => w + naturalWidth(units, i), 0) - (ends * CHARACTER_SPACING) / 20;
  const characters = units.reduce((n, p) => n + p.unit.text.length, 0);
  return (set - natural) / Math.max(1, characters - ends);
}
