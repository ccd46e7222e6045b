import { dropXmlForbidden, INVISIBLE_CHARS, repairCharacters } from './characters';
import { removeFragments } from './fragments';
import { splitGluedHead } from './glued-head';
import { splitGluedTailChrome, stripGluedTail } from './glued-tail';
import { defaultLineModel, noiseProbabilities, type LineModel } from './line-classifier';
import { endsWithTitleGenre, headingMarker, isSalutation } from '../text/markers';
import { ENDS_SENTENCE_RE } from '../text/sentences';
import { FEATURE_NAMES, lineFeatures, type FeatureVector } from './line-features';
import { chromeWordCount, hasSeoPhrase } from './lexicons';
import { tidy, type WorkLine } from './lines';
import { hanCount } from '../text/characters';
import { COLLECTION_WORDS } from '../text/page-title-decoration';
import { normalizePunctuation } from './punctuation';
import { endsSentenceWithWords, findBodyStart, isProse, isSentence, removeHeadChrome, removeNoiseLines, type Regions } from './regions';
import { removeSettledChrome } from './settled-chrome';
import { COMPILATION_NUMBER, removeTitleCopiesInText } from './title-copies';
import { rejoinAcrossInvisible, rejoinSentenceFragments, repairProseLine } from './paragraph-repair';
import { emptyReport, type CleaningReport } from './report';
import { rewrap } from './rewrap';
import { splitLines } from './split';
import { removeTruncatedCopies } from './truncated-copies';
import { rejoinSplitTitle } from './split-title';
import { decideSpan } from './span-decision';
import { guardedTitleLines } from './title-guard';

export type { CleaningReport, LineReport } from './report';
export type { LineModel } from './line-classifier';

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

/** A line of nothing a reader sees: zero-width characters, or default-ignorables (text/invisible.ts) such as variation selectors. */
const INVISIBLE_ONLY = new RegExp(`^[\\s${INVISIBLE_CHARS}\\p{Default_Ignorable_Code_Point}]+$`, 'u');
const at = (name: (typeof FEATURE_NAMES)[number]): number => FEATURE_NAMES.indexOf(name);
const [PREV_PROSE, NEXT_PROSE, PROSE, HEAD, AFTER_LAST_PROSE, AFTER_END_MARKER, FUNCTION_WORDS] = [at('prevProse'), at('nextProse'), at('prose'), at('head'), at('afterLastProse'), at('afterEndMarker'), at('functionWords')];
const [THREAD_ABOVE, THREAD_BELOW, REPEATED_SHAPE, REPEATED_OFTEN] = [at('threadAbove'), at('threadBelow'), at('repeatedShape'), at('repeatedOften')];

/** A line of Han words (and numbers: 第10屆第7會期) only, long enough to be a headline: possibly the title, structure's call. */
const HEADLINE_LIKE = /^[\p{Script=Han}\d（）()“”《》〈〉·、，,：:\s]{8,}$/u;
/** A collection's title (…党课汇编, 大全, (19篇)…): the page's, never one speech's (text/page-title-decoration.ts). */
const COLLECTION = new RegExp(`${COLLECTION_WORDS}|(?<!\\d)\\d+\\s*篇`);
const headlineLike = (text: string): boolean => HEADLINE_LIKE.test(text) && hanCount(text) >= 8 && !COLLECTION.test(text);

/**
 * Where a score alone may not remove a line (it is kept as suspected instead): a line between two
 * paragraphs, a head line named like a speech, a full sentence inside the speech (see insideSpeech;
 * ending 。！？ with function words or as running prose — a sentence of figures, 共删除侵权链接…万条，
 * 关闭…个。, has none: 本站全体职工要坚决杜绝侵权行为。 is a station master's, its neighbours may be a
 * heading, a short sentence or the salutation), and a sentence or running prose that does not give
 * itself away — no SEO or notice phrase, fewer than three chrome words. Its neighbours alone never
 * condemn a sentence, nor does its vocabulary alone inside the speech.
 */
function protectedLine(f: FeatureVector, text: string, insideProse: boolean, titleLine: boolean): boolean {
  // A short line with a comment thread's own lines (floors, reply buttons, post stamps) both above and
  // below it is a post in the thread, however much it reads like a sentence (写得真好，谢谢老师！).
  if (f[THREAD_ABOVE] === 1 && f[THREAD_BELOW] === 1 && text.length <= 80) return false;
  // A line the page prints three times or more (a decorated page title, a running head) is the page's,
  // not a sentence of the speech — unless the title guard holds it.
  if (f[REPEATED_OFTEN] === 1 && !titleLine) return false;
  // A running head repeated with its page number between two paragraphs is the page's, not the text's.
  if (f[PREV_PROSE] === 1 && f[NEXT_PROSE] === 1 && f[REPEATED_SHAPE] !== 1) return true;
  if (insideProse && f[AFTER_END_MARKER] !== 1 && (f[FUNCTION_WORDS]! > 0 || f[PROSE] === 1) && ENDS_SENTENCE_RE.test(text)) return true;
  // A head line the title guard holds (…的讲话, 新春献词, 2026年政府工作报告; title-guard.ts) may be its title: structure decides.
  if (f[HEAD] === 1 && titleLine) return true;
  if (f[PROSE] !== 1 && !ENDS_SENTENCE_RE.test(text)) return false;
  // After an end-of-article marker (责任编辑：, 相关链接>>) a line with commas but no sentence end is a
  // related article's headline, not the speech's prose.
  if (f[AFTER_END_MARKER] === 1 && !ENDS_SENTENCE_RE.test(text)) return false;
  return !hasSeoPhrase(text) && chromeWordCount(text) < 3;
}

/**
 * Context smoothing over blocks: in the head above the speech and the tail after its last paragraph,
 * a doubtful line (p ≥ `threshold`, under the removal threshold) whose nearest non-blank neighbour is
 * removed goes with it, and so on down a run — menus and related-headline lists come in blocks. The
 * guards still hold, and a line of Han words long enough to be a headline stays (it may be the title).
 */
function removeBlockNeighbours(
  work: readonly WorkLine[],
  features: readonly (FeatureVector | null)[],
  probabilities: readonly (number | null)[],
  removable: boolean[],
  threshold: number,
  inside: readonly boolean[],
  titles: ReadonlySet<number>,
): void {
  const gone = (j: number): boolean => work[j]!.removed || removable[j]!;
  work.forEach((w, i) => {
    const p = probabilities[i];
    const f = features[i];
    if (p === null || p === undefined || !f || w.removed || removable[i]) return;
    if (f[HEAD] !== 1 && f[AFTER_LAST_PROSE] !== 1) return;
    if (p < threshold || protectedLine(f, w.text, inside[i]!, titles.has(i)) || headlineLike(w.text.trim())) return;
    let above = i - 1;
    while (above >= 0 && work[above]!.text === '' && !work[above]!.removed) above--;
    let below = i + 1;
    while (below < work.length && work[below]!.text === '' && !work[below]!.removed) below++;
    if ((above >= 0 && gone(above)) || (below < work.length && gone(below))) removable[i] = true;
  });
}

/**
 * Lines with a sentence of the speech's kind (or its salutation) kept somewhere above and somewhere
 * below: inside the running text. Such a sentence ends 。！？ with words (今天开会，讲三点。 counts, a
 * menu's 下载文档到电脑，查找使用更方便 does not) and gives no sign of being the site's (no SEO or notice
 * phrase, fewer than three chrome words), so a run of notices after the speech (…如有侵权请联系删除。)
 * has no anchor below it.
 */
function insideSpeech(work: readonly WorkLine[], features: readonly (FeatureVector | null)[]): boolean[] {
  const anchor = (i: number): boolean => {
    const { text, removed } = work[i]!;
    if (removed || features[i] == null) return false;
    return isSalutation(text) || (endsSentenceWithWords(text) && !hasSeoPhrase(text) && chromeWordCount(text) < 3);
  };
  let first = -1;
  let last = -1;
  work.forEach((_, i) => {
    if (!anchor(i)) return;
    if (first < 0) first = i;
    last = i;
  });
  return work.map((_, i) => first < i && i < last);
}

/**
 * The lines a score alone removes at `threshold`: kept by the rules, scored at or above it, and not
 * protected (a sentence inside the speech, a head line named like a speech…). The training script
 * selects the threshold on held-out pages with this same decision.
 */
export function removableByScore(
  work: readonly WorkLine[],
  features: readonly (FeatureVector | null)[],
  probabilities: readonly (number | null)[],
  threshold: number,
  inside: readonly boolean[] = insideSpeech(work, features),
  titles: ReadonlySet<number> = guardedTitleLines(work),
): boolean[] {
  return work.map((w, i) => {
    const p = probabilities[i];
    return p !== null && p !== undefined && !w.removed && p >= threshold && !protectedLine(features[i]!, w.text, inside[i]!, titles.has(i));
  });
}

export interface CleanOptions {
  /** The learned noise/content decision; default the committed line-model.json. */
  readonly lineModel?: LineModel;
}

/** The page split into lines after character repair, fragment removal and the pattern rules. */
export interface RuledLines {
  readonly raw: readonly string[];
  readonly work: WorkLine[];
  readonly regions: Regions;
  readonly report: CleaningReport;
  /** Features of each line as the rules left it (null for blank lines): the classifier's input. */
  readonly features: (FeatureVector | null)[];
}

/** Everything before the learned decision; the training script sees exactly what clean() sees. */
export function ruleLines(text: string): RuledLines {
  const report = emptyReport();
  const raw = dropXmlForbidden(text, report).split('\n');
  let sentenceAbove = false;
  const work: WorkLine[] = raw.map((line, i) => {
    const text = tidy(removeFragments(repairCharacters(line, report), i + 1, report, sentenceAbove));
    sentenceAbove ||= isSentence(text);
    return { line: i + 1, text, removed: false };
  });
  work.forEach((w, i) => {
    // A line of zero-width characters only is page noise, not a paragraph break (variation selectors
    // survive the character repair, so the line's text may still hold them).
    if (raw[i]!.trim() !== '' && INVISIBLE_ONLY.test(raw[i]!)) {
      w.text = '';
      w.removed = true;
      report.removed.push({ line: w.line, text: raw[i]!, reason: 'invisible characters only' });
    }
  });
  rejoinSplitTitle(work);
  splitGluedHead(work, report);
  splitGluedTailChrome(work, report);
  removeTruncatedCopies(work, raw, report);
  const regions = removeNoiseLines(work, raw, report);
  const copies = new Set(report.removed.filter((r) => r.reason === 'truncated copy of a longer line').map((r) => r.line));
  // A copy is settled whatever it scores: the classifier neither learns from it nor counts it as a neighbour.
  const features = lineFeatures(work, { ...regions, suspected: new Set(report.suspected.map((s) => s.line)) }).map((f, i) => (copies.has(i + 1) ? null : f));
  return { raw, work, regions, report, features };
}

/**
 * Removes page noise and rebuilds paragraphs. The pattern rules remove what they are sure of; the
 * learned line classifier removes what it is confident is noise and reports doubtful lines as
 * suspected (kept). Every removal is listed with its line and reason.
 */
export function clean(text: string, options: CleanOptions = {}): CleanedText {
  const { raw, work, regions, report, features } = ruleLines(text);
  const model = options.lineModel ?? defaultLineModel;
  const probabilities = noiseProbabilities(features, model);
  const suspected = new Set(report.suspected.map((s) => s.line));
  const inside = insideSpeech(work, features);
  const titles = guardedTitleLines(work);
  const removable = removableByScore(work, features, probabilities, model.thresholds.remove, inside, titles);
  // A line printed three times or more shares one verdict: when the score takes one copy, it takes them all
  // (a running head, a decorated page title) — but not a copy that is a sentence inside the speech: a
  // refrain (不忘初心，牢记使命。) the site's footer prints too stays where the speech says it.
  const goneTexts = new Set(work.filter((w, i) => removable[i] && features[i]?.[REPEATED_OFTEN] === 1).map((w) => w.text));
  const refrain = (i: number): boolean => inside[i]! && ENDS_SENTENCE_RE.test(work[i]!.text);
  if (goneTexts.size > 0) work.forEach((w, i) => goneTexts.has(w.text) && !w.removed && !titles.has(i) && !refrain(i) && (removable[i] = true));
  // The page-level decision of where the speech starts (span-decision.ts): what it puts above the
  // speech loses the per-line guards when the decision is confident, and is suspected when not.
  const span = decideSpan(work, probabilities, model.span, titles);
  for (const i of span.remove) removable[i] = true;
  removeBlockNeighbours(work, features, probabilities, removable, model.thresholds.block, inside, titles);
  // The head as it will be once those lines are gone (a prose-like chrome line may have ended it
  // early): a line named like a speech there may be the title too.
  const headEnd = findBodyStart(work.map((w, i) => (removable[i] ? { ...w, removed: true } : w)));
  work.forEach((_, i) => {
    // Whoever removed it (a score, a block, the span decision): the title is structure's to take. A
    // site's category label (发言稿, 讲话) is no title.
    if (removable[i] && i < headEnd && span.titleLines.has(i)) removable[i] = false;
  });
  // The headlines the span decision takes for the title: structure's call, not the score's.
  for (const i of span.keep) removable[i] = false;
  // The score never takes the last sentence of a page: a page of one paragraph, or of one short
  // sentence (下面是我讲的三点意见。, under the prose length), keeps it (suspected).
  const sentence = (i: number): boolean => features[i]?.[PROSE] === 1 || endsSentenceWithWords(work[i]!.text);
  const sentenceLeft = work.some((w, i) => !w.removed && !removable[i] && features[i] && sentence(i));
  work.forEach((w, i) => {
    const p = probabilities[i];
    if (p === null || p === undefined || w.removed) return;
    if (removable[i] && (sentenceLeft || !sentence(i))) {
      w.removed = true;
      const bySpan = span.remove.has(i) && !(p >= model.thresholds.remove && !protectedLine(features[i]!, w.text, inside[i]!, span.titleLines.has(i)));
      const reason = !bySpan ? 'page chrome (line classifier)' : span.below.has(i) ? 'below the speech (span model)' : 'above the speech (span model)';
      report.removed.push({ line: w.line, text: raw[w.line - 1] ?? w.text, reason });
    } else if (span.above.has(i) && !suspected.has(w.line)) {
      report.suspected.push({ line: w.line, text: w.text, reason: 'looks like page chrome above the speech (span model)' });
    } else if (span.below.has(i) && !suspected.has(w.line)) {
      report.suspected.push({ line: w.line, text: w.text, reason: 'looks like page chrome below the speech (span model)' });
    } else if (p >= model.thresholds.suspect && !suspected.has(w.line)) {
      report.suspected.push({ line: w.line, text: w.text, reason: 'looks like page chrome (line classifier)' });
    }
  });
  report.removed.sort((a, b) => a.line - b.line);
  report.suspected.sort((a, b) => a.line - b.line);

  // A prose-like chrome line the classifier removed may have ended the head too early.
  const bodyStart = findBodyStart(work);
  if (bodyStart > regions.bodyStart) removeHeadChrome(work, regions.bodyStart, bodyStart, raw, report);
  // With the head where it really ends, a title printed again inside the text goes; so does what is never content.
  removeTitleCopiesInText(work, bodyStart, raw, report);
  removeSettledChrome(work, raw, report);
  report.removed.sort((a, b) => a.line - b.line);
  // A line the head rules took just now is removed, no longer a doubt.
  const removedLines = new Set(report.removed.map((r) => r.line));
  const stillDoubtful = report.suspected.filter((s) => !removedLines.has(s.line));
  report.suspected.length = 0;
  for (const s of stillDoubtful) report.suspected.push(s); // not splice(...spread): 120k arguments overflow the stack
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

  const invisible = new Set(report.removed.filter((r) => r.reason === 'invisible characters only').map((r) => r.line));
  const split = splitLines(rejoinAcrossInvisible(kept, invisible), headTexts, report);
  const joined = rewrap(rejoinSentenceFragments(split, bodyStartLine), bodyStartLine);
  const lines = joined
    .map((w) => ({ line: w.line, text: normalizePunctuation(w.line >= bodyStartLine ? repairProseLine(w.text) : w.text) }))
    .filter((l) => l.text !== '');
  return { lines, bodyStartLine, report };
}
