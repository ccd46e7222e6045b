import { headingMarker, isSalutation } from '../text/markers';
import { ENDS_SENTENCE_RE, STOPS_PARAGRAPH } from '../text/sentences';
import { isBlank, type WorkLine } from './lines';
import { isProse } from './regions';
import type { SpanModel } from './span-model';
import { chooseEnd, END_FEATURE_NAMES, endCandidates } from './speech-end';
import { chooseTop, TOP_FEATURE_NAMES, topCandidates } from './speech-first-line';
import { headlineAbove, keepsAsTitle } from './speech-headline';
import { speechStart, START_FEATURE_NAMES } from './speech-start';
import { guardedTitleLines } from './title-guard';


/** A paragraph written in Latin letters: 20 or more of them, and more of them than of anything else. */
function otherLanguageParagraph(text: string): boolean {
  const latin = text.match(/[A-Za-z]/g)?.length ?? 0;
  return latin >= 20 && latin * 2 > text.length;
}

/** What the page-level span decision does to the line-level one. */
export interface SpanOutcome {
  /** Lines the decision puts above the speech (removed when confident, suspected when not). */
  readonly above: ReadonlySet<number>;
  /** Lines it puts below the speech's last paragraph (likewise). */
  readonly below: ReadonlySet<number>;
  /** Lines it removes whatever the per-line guards say (above the speech, decision confident). */
  readonly remove: ReadonlySet<number>;
  /**
   * The headlines it takes for the speech's title (the first line it chose, and the nearest headline
   * above the start): never removed by a score alone.
   */
  readonly keep: ReadonlySet<number>;
  /** Head lines the title guard keeps whatever removed them (title-guard.ts), read once per page. */
  readonly titleLines: ReadonlySet<number>;
}

/**
 * Where the speech starts and what its first line is, and what that means for each line above it:
 * prose the start skips (a portal's intro, a history note) and every kept line above the first line
 * are the page's. A line that is not a sentence (党课：喜迎二十大，奋进新征程) never goes as a skipped
 * intro, and a line above the first line goes only when its own score is at least `floor`.
 */
export function decideSpan(work: readonly WorkLine[], noise: readonly (number | null)[], model: SpanModel, titleLines: ReadonlySet<number> = guardedTitleLines(work)): SpanOutcome {
  const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((name, i) => name === b[i]);
  if (!same(model.features, START_FEATURE_NAMES) || !same(model.topFeatures, TOP_FEATURE_NAMES) || !same(model.endFeatures, END_FEATURE_NAMES)) {
    throw new Error('the span model in line-model.json was trained on other features: run npm run train:clean');
  }
  const { remove: sure, suspect, floor } = model.thresholds;
  const above = new Set<number>();
  const remove = new Set<number>();
  const start = speechStart(work, noise, model);
  for (const i of start.skipped) {
    const text = work[i]!.text;
    if (!isProse(text) || !(ENDS_SENTENCE_RE.test(text) || text.length > 40) || headingMarker(text) !== null || isSalutation(text)) continue;
    if (start.confidence >= suspect) above.add(i);
    if (start.confidence >= sure) remove.add(i);
  }
  // The nearest headline above the start is a title candidate whatever the first-line decision says
  // (choosing the start itself must not take a title with it); so is the chosen first line when it
  // reads as a headline (a decorated page title does not).
  const keep = new Set<number>();
  const headline = headlineAbove(work, start.index, noise, sure);
  if (headline >= 0) keep.add(headline);
  const top = chooseTop(topCandidates(work, noise, start.index), model);
  if (top.index >= 0 && top.confidence >= suspect) {
    if (keepsAsTitle(work[top.index]!.text, noise[top.index] ?? 0, sure)) keep.add(top.index);
    for (let i = 0; i < top.index; i++) {
      const w = work[i]!;
      if (w.removed || w.text === '' || keep.has(i) || headingMarker(w.text) !== null || isSalutation(w.text)) continue;
      // A head line named like a speech stays whatever the decision (clean's title guard) and is not
      // even listed: it is a title candidate, structure's call (listing them made most of the lines
      // suspected above the speech real content). Leaving it out of the removals lets the threshold
      // selection see what the decision really removes.
      if (titleLines.has(i)) continue;
      above.add(i);
      if (top.confidence >= sure && (noise[i] ?? 0) >= floor) remove.add(i);
    }
  }
  // Below the last paragraph: the prose the end skips goes when the decision is sure, as do the other
  // lines there scoring at least the floor; at the suspect confidence they are listed.
  const below = new Set<number>();
  const end = chooseEnd(endCandidates(work, noise), model);
  if (end.index >= 0 && end.confidence >= suspect) {
    const skipped = new Set(end.skipped);
    // A hard-wrapped last paragraph goes on after its last prose line (…努力 / 办好人民满意的教育！).
    let last = end.index;
    // (Across lines the rules removed, such as page numbers; a blank line ends the paragraph.)
    for (let i = last + 1; i < work.length && !STOPS_PARAGRAPH.test(work[last]!.text) && (work[i]!.removed || work[i]!.text !== ''); i++) if (!isBlank(work[i]!)) last = i;
    for (let i = last + 1; i < work.length; i++) {
      const w = work[i]!;
      // A closing (谢谢大家！), a signature or a date below the last paragraph is the speech's: only
      // the prose the end cuts and lines scoring at least the floor are put below it.
      if (w.removed || w.text === '' || keep.has(i) || headingMarker(w.text) !== null) continue;
      if (!skipped.has(i) && (noise[i] ?? 0) < model.thresholds.endFloor) continue;
      // A paragraph in another language after the Chinese one is a bilingual speech's other half
      // (Dear graduates, …), not a page's tail.
      if (otherLanguageParagraph(w.text)) continue;
      below.add(i);
      if (end.confidence >= model.thresholds.endRemove) remove.add(i);
    }
  }
  return { above, below, remove, keep, titleLines };
}
