import { repairCharacters } from './characters';
import { removeFragments } from './fragments';
import { stripGluedTail } from './glued-tail';
import { tidy, type WorkLine } from './lines';
import { normalizePunctuation } from './punctuation';
import { COMPILATION_NUMBER, isProse, removeNoiseLines } from './regions';
import { emptyReport, type CleaningReport } from './report';
import { rewrap } from './rewrap';
import { splitLines } from './split';

export type { CleaningReport, LineReport } from './report';

/** One logical line of the cleaned text: a paragraph, heading or head line. */
export interface CleanLine {
  readonly text: string;
  /** 1-based line in the decoded text where it starts. */
  readonly line: number;
}

export interface CleanedText {
  readonly lines: readonly CleanLine[];
  /** 1-based line where the running text starts; lines before it are the head (title, meta). */
  readonly bodyStartLine: number;
  readonly report: CleaningReport;
}

/**
 * Removes page noise and rebuilds paragraphs. Conservative by design: a line is dropped only when a
 * noise pattern for its region matches; doubtful lines are kept and reported as suspected.
 */
export function clean(text: string): CleanedText {
  const report = emptyReport();
  const raw = text.split('\n');
  const work: WorkLine[] = raw.map((line, i) => ({
    line: i + 1,
    text: tidy(removeFragments(repairCharacters(line, report), i + 1, report)),
    removed: false,
  }));

  const { bodyStart } = removeNoiseLines(work, raw, report);
  const bodyStartLine = work[bodyStart]?.line ?? raw.length + 1;
  for (const w of work.slice(0, bodyStart)) {
    const prefix = COMPILATION_NUMBER.exec(w.text);
    if (!w.removed && prefix && prefix[0].length < w.text.length) {
      report.removedFragments.push({ line: w.line, text: prefix[0], reason: 'compilation number' });
      w.text = w.text.slice(prefix[0].length);
    }
  }
  // Only the title (the first head line) is what a page repeats at the start of its glued text.
  const headTexts = work.slice(0, bodyStart).filter((w) => !w.removed && w.text !== '').map((w) => w.text).slice(0, 1);

  const kept = work.filter((w) => !w.removed);
  const lastContent = [...kept].reverse().find((w) => w.text !== '' && isProse(w.text));
  if (lastContent) stripGluedTail(lastContent, report);

  const split = splitLines(kept, headTexts, report);
  const joined = rewrap(split, bodyStartLine);
  const lines = joined.map((w) => ({ line: w.line, text: normalizePunctuation(w.text) })).filter((l) => l.text !== '');
  return { lines, bodyStartLine, report };
}
