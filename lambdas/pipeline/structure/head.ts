import type { CleanLine } from '../clean';
import type { LineReport } from '../clean/report';
import { readMetaLines, type MetaLines } from './head-meta';
import { pieceLabelsAbove } from './piece-label';
import { headWindow, titleCandidates, type Candidate } from './title-candidates';
import { candidateScore, noTitleRow, type TitleModel } from './title-features';
import { defaultTitleModel } from './title-model';
import { titleAsPrinted } from './title-text';

/** The best reading of the head as the title, or null when "no title" scores higher than every candidate. */
function bestCandidate(lines: readonly CleanLine[], model: TitleModel): Candidate | null {
  let best: Candidate | null = null;
  let bestScore = candidateScore(model, noTitleRow());
  for (const c of titleCandidates(lines)) {
    const score = candidateScore(model, c.features);
    if (score > bestScore) [best, bestScore] = [{ ...c, score }, score];
  }
  return best;
}

export interface Head {
  readonly title: string | null;
  readonly titleLine: number;
  readonly subtitle?: CleanLine;
  readonly speaker?: CleanLine;
  readonly coSpeakers?: readonly CleanLine[];
  readonly date?: CleanLine;
  /** Lines that became the title, a meta line or a piece label: not repeated in the body. */
  readonly consumed: ReadonlySet<CleanLine>;
  /** A body line whose start was the title glued on: the text that stays in the body. */
  readonly rest?: { readonly line: CleanLine; readonly text: string };
  /** A compilation's bare piece labels above the chosen title (第1篇, …篇一; 第N篇：words only when the words repeat a heading above): the page's numbering, removed and listed. */
  readonly pieceLabels: readonly CleanLine[];
}

/**
 * Reads the head of the speech: the title chosen among the lines above the running text by its score
 * (not simply the first line), possibly split over two lines or glued to the first paragraph, then the
 * subtitle, speaker and date lines that follow it (head-meta.ts; `removedLines`, the lines the cleaning
 * removed, tell a label's value from a meta line). Decorations the page added to the title are removed
 * and reported in `removedFragments`.
 */
export function readHead(lines: readonly CleanLine[], removedFragments: LineReport[], model: TitleModel = defaultTitleModel, removedLines: readonly LineReport[] = []): Head {
  const window = headWindow(lines);
  const best = bestCandidate(lines, model);
  const consumed = new Set<CleanLine>();
  let title: string | null = null;
  let titleLine = 0;
  let after = 0;
  let rest: Head['rest'];
  let pieceLabels: CleanLine[] = [];
  if (best) {
    pieceLabels = pieceLabelsAbove(lines, best.index, removedLines);
    for (const label of pieceLabels) consumed.add(label);
    for (let k = 0; k < best.span; k++) consumed.add(lines[best.index + k]!);
    titleLine = lines[best.index]!.line;
    after = best.index + best.span;
    title = best.text;
    if (best.rest !== undefined) rest = { line: lines[best.index]!, text: best.rest };
    for (const d of best.dropped ?? []) removedFragments.push({ line: lines[best.index]!.line, ...d });
  }
  if (title !== null && best) {
    // The page's other lines: a column name in front of the title is the page's only where it shows so.
    const others = lines.filter((_, i) => i < best.index || i >= best.index + best.span).map((l) => l.text);
    const printed = titleAsPrinted(title, others);
    for (const r of printed.removed) removedFragments.push({ line: titleLine, ...r });
    title = printed.text;
  }

  const meta: MetaLines = {};
  const headline = best?.headline;
  if (headline?.kind === 'subtitle') meta.subtitle = { line: titleLine, text: headline.dash + headline.tail };
  if (headline?.kind === 'speaker') {
    meta.speaker = { line: titleLine, text: headline.tail };
    removedFragments.push({ line: titleLine, text: headline.dash, reason: 'dash before the speaker in a headline' });
  }
  // Meta lines follow the title, before the running text starts (none under a title glued to a paragraph).
  if (!rest) for (const line of readMetaLines(lines, title === null ? 0 : after, window, removedLines, meta, title !== null)) consumed.add(line);
  return { title, titleLine, ...meta, consumed, pieceLabels, ...(rest && { rest }) };
}
