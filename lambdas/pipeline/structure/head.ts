import type { CleanLine } from '../clean';
import type { LineReport } from '../clean/report';
import { isDateLine, isSubtitleLine } from './meta-lines';
import { headWindow, isSpeechProse, titleCandidates, TITLE_WORD_END, type Candidate } from './title-candidates';
import { candidateScore, noTitleRow, type TitleModel } from './title-features';
import { defaultTitleModel } from './title-model';
import { hasChromeMarks, isChromeLike } from './title-score';
import { titleAsPrinted } from './title-text';

/** 县委书记 王建国 / 習近平: a short line naming who speaks. */
function isSpeakerLine(text: string): boolean {
  return text.length <= 24 && !/[。！？!?，,：:；;]/.test(text) && !isChromeLike(text) && !TITLE_WORD_END.test(text);
}

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
  readonly date?: CleanLine;
  /** Lines that became the title or a meta line: not repeated in the body. */
  readonly consumed: ReadonlySet<CleanLine>;
  /** A body line whose start was the title glued on: the text that stays in the body. */
  readonly rest?: { readonly line: CleanLine; readonly text: string };
}

/**
 * Reads the head of the speech: the title chosen among the lines above the running text by its score
 * (not simply the first line), possibly split over two lines or glued to the first paragraph, then the
 * subtitle, speaker and date lines that follow it. Decorations the page added to the title are removed
 * and reported in `removedFragments`.
 */
export function readHead(lines: readonly CleanLine[], removedFragments: LineReport[], model: TitleModel = defaultTitleModel): Head {
  const window = headWindow(lines);
  const best = bestCandidate(lines, model);
  const consumed = new Set<CleanLine>();
  let title: string | null = null;
  let titleLine = 0;
  let after = 0;
  let rest: Head['rest'];
  if (best) {
    for (let k = 0; k < best.span; k++) consumed.add(lines[best.index + k]!);
    titleLine = lines[best.index]!.line;
    after = best.index + best.span;
    title = best.text;
    if (best.rest !== undefined) rest = { line: lines[best.index]!, text: best.rest };
    for (const d of best.dropped ?? []) removedFragments.push({ line: lines[best.index]!.line, ...d });
  }
  if (title !== null) {
    const printed = titleAsPrinted(title);
    for (const r of printed.removed) removedFragments.push({ line: titleLine, ...r });
    title = printed.text;
  }

  let subtitle: CleanLine | undefined;
  let speaker: CleanLine | undefined;
  let date: CleanLine | undefined;
  const headline = best?.headline;
  if (headline?.kind === 'subtitle') subtitle = { line: titleLine, text: headline.dash + headline.tail };
  if (headline?.kind === 'speaker') {
    speaker = { line: titleLine, text: headline.tail };
    removedFragments.push({ line: titleLine, text: headline.dash, reason: 'dash before the speaker in a headline' });
  }
  // Meta lines follow the title, before the running text starts; chrome between them is skipped.
  for (let i = title === null ? 0 : after; i < window && !rest; i++) {
    const line = lines[i]!;
    if (isSpeechProse(line.text)) break;
    if (hasChromeMarks(line.text)) continue; // 2024年5月19日 星期日, 打印, 字号: the page's, not the speech's
    if (!subtitle && isSubtitleLine(line.text)) subtitle = line;
    else if (!date && isDateLine(line.text)) date = line;
    else if (!speaker && title !== null && isSpeakerLine(line.text)) speaker = line;
    else continue;
    consumed.add(line);
  }
  return { title, titleLine, subtitle, speaker, date, consumed, ...(rest && { rest }) };
}
