import { blockText, type SpeechDocument } from '../../model';
import { codePointCount } from '../../text/characters';
import { FontResolver } from '../pdf/draw/fontResolver';
import { fontBookFor } from '../pdf/fonts';
import { metricsOf } from '../pdf/layout/styles';
import { paginateSlots, type Page } from '../pdf/layout/paginate';
import { typesetSlots, type TypesetLine } from '../pdf/layout/typeset';
import type { PlacedUnit } from '../pdf/layout/justify';
import { CHARACTER_SPACING, SIZE_BODY, TEXT_WIDTH, oneCharacter } from './geometry';
import { timesWidth } from './latin-widths';
import { sharedPunctuation } from './shared-punctuation';

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
   * Breaks the PDF made inside a word too wide for any line (a 100-digit number, a long URL: pdf/layout/overlong.ts).
   * Word and LibreOffice would break such a word only where it overflows, after first wrapping it whole to a
   * line of its own, so a manual line break goes here; the line stays justified.
   */
  readonly wordBreaks: ReadonlySet<number>;
  /**
   * Lines whose characters the DOCX tracks apart from Normal's tracking, in order: points added to each
   * character's advance, negative on a line where the PDF squeezed a character in, positive where it left one
   * out on purpose (a mark it would not let start the next line, a lone last character it would not leave).
   * Ranges, not a value per character: a long speech's DOCX holds one entry per line.
   */
  readonly tracking: readonly LineTracking[];
  /**
   * The block's last line is alone at the top of a page (a widow the PDF allows): Word's widow/orphan
   * control, which a run-in heading needs for its first line, would move a second line over with it.
   */
  readonly lastLineOpensPage?: boolean;
}

export interface LineTracking {
  /** Offsets in `blockText(block)`: the line's characters are [start, end). */
  readonly start: number;
  readonly end: number;
  readonly points: number;
}

/** The extra tracking (points) of the character at `offset`, if its line has any. */
export function trackingAt(tracking: readonly LineTracking[], offset: number): number | undefined {
  let low = 0;
  let high = tracking.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const line = tracking[middle]!;
    if (offset < line.start) high = middle - 1;
    else if (offset >= line.end) low = middle + 1;
    else return line.points;
  }
  return undefined;
}

/**
 * The PDF's lines of every block (undefined for a block whose units do not add up to its text, which the
 * DOCX then leaves to the reader's own line breaking). Typesets the document itself, for a DOCX rendered
 * without its PDF; convert() collects the PDF renderer's own pages instead (PrintedLines), so one edition
 * is typeset once.
 */
export function printedBlocks(doc: SpeechDocument): (PrintedBlock | undefined)[] {
  const resolver = new FontResolver(fontBookFor(doc.script));
  const printed = new PrintedLines(doc);
  for (const page of paginateSlots(typesetSlots(doc, resolver.measure))) printed.add(page);
  return printed.blocks();
}

/**
 * Folds the PDF's pages, as they come, into each block's PrintedBlock, line by line: a line is read and
 * dropped, so not even a block's lines are held (one paragraph can be a whole page copied without its line
 * breaks, tens of thousands of lines). The DOCX reads units, breaks and page slots only, which the ink
 * measure (the PDF's glyph placement) does not change.
 */
export class PrintedLines {
  private readonly result: (PrintedBlock | undefined)[];
  private current: BlockFold | undefined;

  constructor(private readonly doc: SpeechDocument) {
    this.result = new Array(doc.blocks.length);
  }

  add(page: Page): void {
    for (const { slot, line } of page.lines) {
      if (this.current?.index !== line.blockIndex) {
        this.finish();
        this.current = new BlockFold(line.blockIndex, blockText(this.doc.blocks[line.blockIndex]!));
      }
      this.current.add(line, slot === 0);
    }
  }

  /** Every block's lines, once the last page has been added. */
  blocks(): (PrintedBlock | undefined)[] {
    this.finish();
    return this.result;
  }

  private finish(): void {
    if (!this.current) return;
    this.result[this.current.index] = this.current.finish();
    this.current = undefined;
  }
}

/** One block's PrintedBlock, made from its lines in order. */
class BlockFold {
  private readonly breaks: number[] = [];
  private readonly raggedBreaks = new Set<number>();
  private readonly wordBreaks = new Set<number>();
  /** The last line so far ends inside a word cut into characters. */
  private endsInWord = false;
  private readonly tracking: LineTracking[] = [];
  /** Offset in the text after the lines so far; -1 once a line's units did not match the text. */
  private offset = 0;
  private lines = 0;
  /** The last line so far ends ragged, unless it is the block's last. */
  private raggedEnd = false;
  private lastOpensPage = false;

  constructor(
    readonly index: number,
    private readonly text: string,
  ) {}

  add(line: TypesetLine, opensPage: boolean): void {
    this.lines += 1;
    this.lastOpensPage = opensPage;
    if (this.offset < 0) return;
    if (this.raggedEnd) this.raggedBreaks.add(this.offset);
    if (this.lines > 1) this.breaks.push(this.offset);
    if (this.endsInWord && line.units[0]?.unit.piece) this.wordBreaks.add(this.offset);
    this.endsInWord = line.units[line.units.length - 1]?.unit.piece === true;
    const lineStart = this.offset;
    let offset = lineStart;
    for (const { unit } of line.units) {
      if (!this.text.startsWith(unit.text, offset)) {
        this.offset = -1;
        return;
      }
      offset += unit.text.length;
    }
    this.offset = offset;
    this.raggedEnd = !line.full;
    const total = trackingFor(line);
    if (total === undefined) return;
    const extra = total - CHARACTER_SPACING / 20;
    if (Math.floor(extra * 20) === 0) return;
    this.tracking.push({ start: lineStart, end: offset, points: extra });
  }

  finish(): PrintedBlock | undefined {
    if (this.offset !== this.text.length) return undefined;
    const { breaks, raggedBreaks, wordBreaks, tracking } = this;
    return { breaks, raggedBreaks, wordBreaks, tracking, lastLineOpensPage: this.lines > 1 && this.lastOpensPage };
  }
}

/**
 * LibreOffice's space between Asian and Western text (its "Asian/Western spacing", on by default; its DOCX
 * import ignores w:autoSpaceDE/DN): a fifth of the font size on each side of a Latin run, measured in
 * LibreOffice 7.4, between Latin and Han only. Word's own spacing is a similar fraction of an em; the PDF's is
 * a quarter em.
 */
const WESTERN_SPACE = 0.2;
const BOLD_STYLES = new Set(['lead-in', 'heading3']);

/**
 * The unit's width as Word and LibreOffice set it before tracking: a whole em for every full-width character
 * (they have no half-width marks, where the PDF sets adjacent marks in 1.5 em); Latin letters and digits in
 * Times New Roman, with the Asian/Western space where they touch Han. `western` says which units of the line
 * are Western (isWestern), worked out once per line.
 */
function naturalWidth(units: readonly PlacedUnit[], i: number, western: readonly boolean[]): number {
  const { unit } = units[i]!;
  const { size } = metricsOf(unit.style);
  const own = unit.grid
    ? codePointCount(unit.text) * size
    : (timesWidth(unit.text, size, BOLD_STYLES.has(unit.style)) ?? unit.width - (unit.lead ?? 0) - (unit.trail ?? 0));
  if (!western[i]) return own;
  const sides = (isHan(units, i - 1, western) ? 1 : 0) + (isHan(units, i + 1, western) ? 1 : 0);
  return own + sides * WESTERN_SPACE * size;
}

/**
 * Text LibreOffice sets as Western: Latin letters and digits, and a shared mark beside them (shared-punctuation.ts).
 * Its Asian/Western space goes between such text and Han only, not beside full-width punctuation.
 */
function isWestern(units: readonly PlacedUnit[], i: number): boolean {
  const unit = units[i]?.unit;
  if (!unit) return false;
  if (!unit.grid) return true;
  return sharedPunctuation(unit.text, units[i - 1]?.unit.text, units[i + 1]?.unit.text) === 'face';
}

const isHan = (units: readonly PlacedUnit[], i: number, western: readonly boolean[]): boolean =>
  units[i] !== undefined && units[i]!.unit.grid && /^\p{Script=Han}/u.test(units[i]!.unit.text) && !western[i];

/**
 * Characters of the line that get no negative tracking: LibreOffice narrows the characters of a text portion
 * (a stretch in one face, weight and script) but not the portion's last one, so each change of face (a heading
 * sentence in 黑体/楷体, a bold lead-in), of script (Han beside Latin) and the line's end leaves one character
 * at its own width (measured in LibreOffice 7.4).
 */
function portionEnds(units: readonly PlacedUnit[], western: readonly boolean[]): number {
  let ends = 1;
  for (let i = 0; i + 1 < units.length; i += 1) {
    if (western[i] !== western[i + 1] || units[i]!.unit.style !== units[i + 1]!.unit.style) ends += 1;
  }
  return ends;
}

/** The DOCX's text width and first-line indent (640 twips) as Word and LibreOffice lay them out, in pt. */
const MEASURE = TEXT_WIDTH / 20;
const FIRST_LINE_INDENT = (2 * oneCharacter(SIZE_BODY)) / 20;
/** Left free on every line, so rounding the tracking to whole twips never pushes a character over. */
const SAFETY = 0.3;

/**
 * The tracking (pt) that makes Word and LibreOffice fill the line with exactly the PDF's characters: a full
 * line reaches the measure (squeezed evenly where the PDF pulled a character in, spread where it left one
 * out); a ragged line (a paragraph's last, a centred title line) only when it would not fit as it is.
 * Evenly over the line, because Word and LibreOffice cannot narrow one mark by half a cell (LibreOffice
 * limits negative tracking to about a sixth of an em), and an even squeeze is what clreq asks for anyway.
 * LibreOffice gives negative tracking to every character of a text portion but its last, positive to all.
 */
function trackingFor(line: TypesetLine): number | undefined {
  const { units } = line;
  const width = MEASURE - (line.indent > 0 ? FIRST_LINE_INDENT : 0) - SAFETY;
  const western = units.map((_, i) => isWestern(units, i));
  let natural = 0;
  let characters = 0;
  for (let i = 0; i < units.length; i += 1) {
    natural += naturalWidth(units, i, western);
    characters += units[i]!.unit.text.length;
  }
  const ends = portionEnds(units, western);
  const narrowed = Math.max(1, characters - ends);
  if (!line.full && natural + (CHARACTER_SPACING / 20) * narrowed <= width) return undefined;
  const squeeze = (width - natural) / narrowed;
  return squeeze < 0 ? squeeze : (width - natural) / characters;
}
