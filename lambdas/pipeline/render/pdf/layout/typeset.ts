import { blockText, type Block, type SpeechDocument } from '../../../model';
import { CELL, TYPE_AREA } from '../geometry';
import { balanceLines } from './balance';
import { eachGlyph, glyphsOf, placeUnits, type GlyphVisitor, type PlacedGlyph, type PlacedUnit } from './justify';
import { balanceTitleLines } from '../../title-lines';
import { splitOverlong } from './overlong';
import { breakLines, sum, type LineSpan, type LineWidths } from './lineBreaker';
import { alignmentOf, firstLineIndentCells, metricsOf, styleOfRun } from './styles';
import { unitsOf, type InkExtent, type Measure, type Unit } from './units';

/** A heading's entry in the PDF outline. */
export interface OutlineEntry {
  readonly level: number;
  readonly title: string;
}

/** One line slot of the 版心, before pagination. */
export interface TypesetLine {
  readonly blockIndex: number;
  /** x of the line's start relative to the 版心's left edge (the first-line indent). */
  readonly indent: number;
  /** Width the line was set to. */
  readonly measureWidth: number;
  /** Largest font size on the line: decides its baseline in the slot. */
  readonly size: number;
  readonly units: readonly PlacedUnit[];
  /** The glyphs to draw, one by one (the drawing's way: nothing made per glyph). */
  eachGlyph(visit: GlyphVisitor): void;
  /** The same glyphs as objects, made on each read (for checks of the layout). */
  readonly glyphs: readonly PlacedGlyph[];
  /** A justified line that is not its paragraph's last: it must reach both edges. */
  readonly full: boolean;
  /** Headings and the title may not end a page. */
  readonly keepWithNext: boolean;
  /** Set on the first line of a heading. */
  readonly outline?: OutlineEntry;
}

/** An empty slot (GB/T 9704: one blank line between the title group and the text). */
export interface BlankLine {
  readonly blank: true;
}

export type Slot = TypesetLine | BlankLine;

export const isBlank = (slot: Slot): slot is BlankLine => 'blank' in slot;

const FRONT_MATTER = new Set<Block['kind']>(['title', 'subtitle', 'speaker', 'date']);

/** Sets every block of the document into lines on the 版心 grid. Pure: fonts come in through `measure`. */
export function typesetDocument(doc: SpeechDocument, measure: Measure, ink?: InkExtent): Slot[] {
  return [...typesetSlots(doc, measure, ink)];
}

/**
 * The same lines, one block at a time: the renderer draws pages as they fill, so a long speech never holds
 * every line's placed units at once (at 1 MB of text, with the glyph objects they had then, they were most of
 * the renderer's heap).
 */
export function* typesetSlots(doc: SpeechDocument, measure: Measure, ink?: InkExtent): Generator<Slot> {
  for (const [blockIndex, block] of doc.blocks.entries()) {
    const previous = doc.blocks[blockIndex - 1];
    if (previous && FRONT_MATTER.has(previous.kind) && !FRONT_MATTER.has(block.kind)) yield { blank: true };
    yield* typesetBlock(block, blockIndex, doc, measure, ink);
  }
}

/**
 * One block's lines, each placed only when it is asked for: a paragraph of a whole page copied without its
 * line breaks can be a million characters, and its lines' placed units (with their glyphs, ~100 bytes a character)
 * must not all be alive at once. The breaks themselves (a few numbers a line) are found first.
 */
function* typesetBlock(
  block: Block,
  blockIndex: number,
  doc: SpeechDocument,
  measure: Measure,
  ink: InkExtent | undefined,
): Generator<TypesetLine> {
  const pieces = block.runs.map((run) => ({ text: run.text, style: styleOfRun(block, run) }));
  const alignment = alignmentOf(block);
  const indent = alignment === 'justified' ? firstLineIndentCells(block) * CELL : 0;
  const widthOf = (index: number): number => TYPE_AREA.width - (index === 0 ? indent : 0);
  // A word wider than the narrowest line is broken inside rather than run past the margin.
  const units = splitOverlong(unitsOf(pieces, doc.script, measure), Math.min(widthOf(0), widthOf(1)), measure);
  if (units.length === 0) return;
  // A standalone heading keeps all its lines with the text after it; a run-in heading (heading sentence
  // followed by body text in the same paragraph) only needs its first line not to end a page.
  const runIn = block.kind === 'heading' && block.runs.some((r) => r.role === 'text');
  const spans =
    alignment === 'centred'
      ? centredSpans(units, blockText(block))
      : runIn || block.kind !== 'heading'
        ? breakLines(units, widthOf)
        : headingSpans(units, blockText(block), widthOf);
  const keeps = (index: number): boolean =>
    block.kind === 'title' || (block.kind === 'heading' && (!runIn || (index === 0 && spans.length > 1)));
  for (let index = 0; index < spans.length; index += 1) {
    const span = spans[index]!;
    const placed = placeUnits(units, span, widthOf(index), alignment);
    const outline = index === 0 && block.kind === 'heading' ? { level: block.level ?? 1, title: headingTitle(block) } : undefined;
    yield new PlacedLine(
      {
        blockIndex,
        indent: index === 0 ? indent : 0,
        measureWidth: widthOf(index),
        size: largestSize(placed),
        units: placed,
        full: alignment === 'justified' && !span.last,
        keepWithNext: keeps(index),
        ...(outline && { outline }),
      },
      measure,
      ink,
    );
  }
}

type LineFields = Omit<TypesetLine, 'eachGlyph' | 'glyphs'>;

/**
 * A typeset line: its fields, and its glyphs worked out from its placed units when the drawing asks for them
 * (eachGlyph), not kept as an object per glyph. The measure and ink stay private, so two typesettings of the
 * same text compare equal field by field.
 */
class PlacedLine implements TypesetLine {
  readonly blockIndex: number;
  readonly indent: number;
  readonly measureWidth: number;
  readonly size: number;
  readonly units: readonly PlacedUnit[];
  readonly full: boolean;
  readonly keepWithNext: boolean;
  // Declared only: set on a heading's first line alone, as the object literals this class replaced had it.
  declare readonly outline?: OutlineEntry;
  readonly #measure: Measure;
  readonly #ink: InkExtent | undefined;

  constructor(fields: LineFields, measure: Measure, ink: InkExtent | undefined) {
    this.blockIndex = fields.blockIndex;
    this.indent = fields.indent;
    this.measureWidth = fields.measureWidth;
    this.size = fields.size;
    this.units = fields.units;
    this.full = fields.full;
    this.keepWithNext = fields.keepWithNext;
    if (fields.outline) this.outline = fields.outline;
    this.#measure = measure;
    this.#ink = ink;
  }

  eachGlyph(visit: GlyphVisitor): void {
    eachGlyph(this.units, this.#measure, this.#ink, visit);
  }

  get glyphs(): readonly PlacedGlyph[] {
    return glyphsOf(this.units, this.#measure, this.#ink);
  }
}

/** The largest font size on a line (a loop: a spread of a mapped array per line was garbage for nothing). */
function largestSize(placed: readonly PlacedUnit[]): number {
  let size = -Infinity;
  for (const p of placed) size = Math.max(size, metricsOf(p.unit.style).size);
  return size;
}

/** The outline shows the heading sentence itself, not the body text of a run-in heading. */
function headingTitle(block: Block): string {
  const heading = block.runs.filter((r) => r.role === 'heading').map((r) => r.text).join('');
  return (heading || blockText(block)).replace(/[。：:]$/u, '');
}

/**
 * The title, and subtitle, speaker and date lines that wrap: broken where the DOCX edition breaks them
 * (render/title-lines.ts: by meaning and in balance, the same in both scripts), centred. Falls back to
 * balancing by width should a break fall inside a unit (a —— pair, a Latin word) or a line not fit as the
 * fonts set it (the breaks by meaning count a Latin letter as half a cell: wide capitals, a long code).
 */
function centredSpans(units: readonly Unit[], text: string): LineSpan[] {
  const maxCells = Math.floor(TYPE_AREA.width / metricsOf(units[0]!.style).cell + 1e-9);
  const spans = spansOfLines(units, balanceTitleLines(text, maxCells));
  return fitsLines(units, spans, () => TYPE_AREA.width) ? spans : balanceLines(units, TYPE_AREA.width);
}

/** Every span sets within its line's width. */
function fitsLines(units: readonly Unit[], spans: LineSpan[] | null, widthOf: LineWidths): spans is LineSpan[] {
  return spans !== null && spans.every((span, i) => sum(units, span.start, span.end, (u) => u.width) <= widthOf(i) + 1e-6);
}

/**
 * A standalone heading that needs more than one line is broken like a title — where a reader pauses, in
 * balanced lines (`一、坚持加强党对教育工作的全面领导，/推动教育系统党的建设迈出新步伐`, not a full first line
 * ending in `党的` and `建设迈出新步伐`; `（一）进一步增强了党风廉政建设/服务教育事业发展的使命意识`, not `意识`
 * alone) — and set flush left, ragged right, in both scripts alike. The DOCX edition takes these breaks from
 * the PDF's layout. Kept greedy when the balanced lines would not fit the measure as the fonts set them
 * (Latin words) or need more lines.
 */
function headingSpans(units: readonly Unit[], text: string, widthOf: LineWidths): LineSpan[] {
  const greedy = breakLines(units, widthOf);
  if (greedy.length === 1) return greedy;
  const lines = balanceTitleLines(text, Math.floor(widthOf(0) / metricsOf('body').cell + 1e-9));
  const spans = lines.length === greedy.length ? spansOfLines(units, lines) : null;
  // Every line ragged: LineSpan.last is what keeps a line from being spread to the right edge.
  return fitsLines(units, spans, widthOf) ? spans.map((span) => ({ ...span, last: true })) : greedy;
}

/** The unit spans that set exactly `lines`, or null when a line would end inside a unit. */
function spansOfLines(units: readonly Unit[], lines: readonly string[]): LineSpan[] | null {
  const spans: LineSpan[] = [];
  let unit = 0;
  for (const [index, line] of lines.entries()) {
    const start = unit;
    let text = '';
    while (unit < units.length && text.length < line.length) text += units[unit++]!.text;
    if (text !== line) return null;
    spans.push({ start, end: unit, compression: 0, last: index === lines.length - 1 });
  }
  return unit === units.length ? spans : null;
}
