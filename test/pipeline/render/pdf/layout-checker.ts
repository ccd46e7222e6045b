/**
 * The layout checker: every rule of clreq / GB/T 9704 / GB/T 15834 that the PDF layout promises, checked on
 * finished pages and reported as human-readable violations, plus the figures docs/pdf.md quotes. Used on
 * generated paragraphs (property tests), the fixtures, the seed and the corpus.
 */
import { blockText, type SpeechDocument } from '../../../../lambdas/pipeline/model';
import { CELL, CELLS_PER_LINE, LINES_PER_PAGE, TYPE_AREA } from '../../../../lambdas/pipeline/render/pdf/geometry';
import { cannotEndLine, cannotStartLine, isPauseMark } from '../../../../lambdas/pipeline/render/pdf/layout/kinsoku';
import type { PlacedUnit } from '../../../../lambdas/pipeline/render/pdf/layout/justify';
import type { Page } from '../../../../lambdas/pipeline/render/pdf/layout/paginate';
import { metricsOf } from '../../../../lambdas/pipeline/render/pdf/layout/styles';
import type { TypesetLine } from '../../../../lambdas/pipeline/render/pdf/layout/typeset';

export const lineText = (line: TypesetLine): string => line.units.map((p) => p.unit.text).join('');
export const allLines = (pages: readonly Page[]): TypesetLine[] => pages.flatMap((p) => p.lines.map((l) => l.line));

const EPSILON = 1e-6;
const cellOf = (p: PlacedUnit): number => metricsOf(p.unit.style).cell;
const isMark = (p: PlacedUnit): boolean => p.unit.grid && p.unit.side !== null;
const isHan = (p: PlacedUnit | undefined): boolean => p !== undefined && /^\p{Script=Han}$/u.test(p.unit.text);
const isLatin = (p: PlacedUnit | undefined): boolean => p !== undefined && !p.unit.grid && /^[A-Za-z0-9]/u.test(p.unit.text);

/** Two marks side by side that still take two whole cells (`”，` with a blank cell between the inks). */
export function uncompressedPairs(line: TypesetLine): string[] {
  const pairs: string[] = [];
  line.units.forEach((a, i) => {
    const b = line.units[i + 1];
    if (!b || !isMark(a) || !isMark(b)) return;
    const blankBetween = a.unit.side === 'closing' || b.unit.side === 'opening';
    if (blankBetween && a.width + b.width > cellOf(a) + cellOf(b) - 0.25 * cellOf(a)) pairs.push(a.unit.text + b.unit.text);
  });
  return pairs;
}

/** Largest space added between two units of a line by justification, in pt. */
export function largestSpread(line: TypesetLine): number {
  let largest = 0;
  line.units.forEach((a, i) => {
    const b = line.units[i + 1];
    if (b) largest = Math.max(largest, b.x - (a.x + a.width));
  });
  return largest;
}

/** Every rule the layout promises, as a list of human-readable violations. */
export function layoutViolations(doc: SpeechDocument, pages: readonly Page[]): string[] {
  const problems: string[] = [];
  const lines = allLines(pages);
  lines.forEach((line, i) => {
    const text = lineText(line);
    const sameBlockNext = lines[i + 1]?.blockIndex === line.blockIndex;
    if (sameBlockNext && cannotEndLine(text)) problems.push(`line ends with an opening mark: ${text}`);
    if (i > 0 && lines[i - 1]!.blockIndex === line.blockIndex && cannotStartLine(text))
      problems.push(`line starts with a closing mark: ${text}`);
    if (doc.script === 'Hans') for (const pair of uncompressedPairs(line)) problems.push(`adjacent marks ${pair} not compressed: ${text}`);
    line.units.forEach((p, k) => {
      const next = line.units[k + 1];
      // A 点号 squeezed in mid-line keeps at least three quarters of its cell (a half-width ， reads as a Western comma).
      if (next && !isMark(next) && isPauseMark(p.unit.text) && p.width < 0.75 * cellOf(p) - EPSILON)
        problems.push(`mid-line ${p.unit.text} squeezed to ${(p.width / cellOf(p)).toFixed(2)} em: ${text}`);
      // clreq §3.2.2: a quarter em between Han and Latin letters or digits.
      if (next && ((isHan(p) && isLatin(next)) || (isLatin(p) && isHan(next)))) {
        const gap = isHan(p) ? next.x + (next.lead ?? 0) - (p.x + cellOf(p)) : next.x - (p.x + p.width - (p.unit.trail ?? 0));
        if (gap < cellOf(p) / 4 - 0.01) problems.push(`no quarter em between ${p.unit.text} and ${next.unit.text}: ${text}`);
      }
    });
    if (line.full) {
      const first = line.units[0]!;
      const last = line.units[line.units.length - 1]!;
      const right = line.indent + last.x + last.width;
      if (Math.abs(first.x) > 1e-6 || Math.abs(right - TYPE_AREA.width) > 0.01)
        problems.push(`full line not flush to both edges (${right.toFixed(2)} pt): ${text}`);
      // Left short only for a reason: the next unit does not fit, or taking it would break a clreq rule,
      // or it was pulled down to keep the last line from holding a lone character.
      const natural = line.indent + line.units.reduce((w, p) => w + p.width, 0);
      const next = lines[i + 1]!;
      const nextUnit = next.units[0]!.unit;
      const couldTake = natural + nextUnit.width <= TYPE_AREA.width + 1e-6;
      const takingIsIllegal = nextUnit.noEnd || (next.units[1]?.unit.noStart ?? false);
      // The lines before a paragraph's last may each give a unit down the paragraph, so that the last line does
      // not hold a lone character (lineBreaker passes the shortfall back rather than stretch one line by two cells).
      let beforeLast = true;
      for (let k = i + 1; lines[k + 1]?.blockIndex === line.blockIndex; k += 1) {
        const width = lines[k]!.indent + lines[k]!.units.reduce((w, p) => w + p.unit.width, 0);
        if (width > TYPE_AREA.width - CELL / 2) beforeLast = false;
      }
      // A web address cut into characters (overlong.ts) may end its line up to two cells early, after a / . - _ ? & =.
      const addressBreak = (line.units.at(-1)!.unit.piece ?? false) && (nextUnit.piece ?? false) && /[/.\-_?&=]$/u.test(text) && natural >= TYPE_AREA.width - 2 * cellOf(line.units[0]!) - EPSILON;
      if (couldTake && !takingIsIllegal && !beforeLast && !addressBreak) problems.push(`full line left short (${(natural / CELL).toFixed(2)} cells): ${text}`);
      // Consistent adjustment: a line of grid characters is short of the measure by at most one cell (27
      // characters at a 16.4 pt pitch), never two (26 at 17 pt next to squeezed lines) — unless what follows is
      // a unit wider than a cell (——, ……, a Latin word) that could neither fit nor start the next line.
      const slack = TYPE_AREA.width - natural;
      const twoCellNext = next.units[0]!.width > CELL + 0.01; // a ——/…… pair or a Latin word that did not fit
      if (line.units.every((p) => p.unit.grid) && slack > CELL + 0.01 && !twoCellNext)
        problems.push(`line ${(slack / CELL).toFixed(2)} cells short, stretched to ${(CELL + largestSpread(line)).toFixed(1)} pt pitch: ${text}`);
      const plainHan = line.units.every((p) => /^\p{Script=Han}$/u.test(p.unit.text));
      if (plainHan && !takingIsIllegal && !beforeLast && line.indent / CELL + line.units.length !== CELLS_PER_LINE)
        problems.push(`plain Han line does not hold ${CELLS_PER_LINE} characters: ${text}`);
    }
    if (!sameBlockNext && i > 0 && lines[i - 1]!.blockIndex === line.blockIndex) {
      const characters = line.units.filter((p) => !p.unit.noStart).length;
      if (characters < 2) problems.push(`lone character on a paragraph's last line: ${text}`);
    }
  });
  // A heading that wraps leaves at least three characters on its last line.
  doc.blocks.forEach((block, b) => {
    const own = lines.filter((l) => l.blockIndex === b);
    if (block.kind !== 'heading' || block.runs.some((r) => r.role === 'text') || own.length < 2) return;
    const characters = own.at(-1)!.units.filter((p) => !p.unit.noStart).length;
    if (characters < 3) problems.push(`heading leaves ${characters} characters on its last line: ${own.map(lineText).join(' / ')}`);
  });
  pages.forEach((page, p) => {
    const last = page.lines[page.lines.length - 1]!;
    if (p < pages.length - 1 && last.line.keepWithNext) problems.push(`page ${page.number} ends with a heading`);
    const nextStartsWithHeading = pages[p + 1]?.lines[0]?.line.keepWithNext ?? false;
    if (p < pages.length - 1 && last.slot !== LINES_PER_PAGE - 1 && !nextStartsWithHeading)
      problems.push(`page ${page.number} holds ${last.slot + 1} lines`);
  });
  // The text is all there, in order: each block's lines concatenate to the block's text.
  doc.blocks.forEach((block, b) => {
    const set = lines.filter((l) => l.blockIndex === b).map(lineText).join('');
    if (set !== blockText(block)) problems.push(`block ${b} text changed: ${set}`);
  });
  return problems;
}
