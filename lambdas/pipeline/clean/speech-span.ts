import { endsWithTitleGenre, headingMarker, isSalutation } from '../text/markers';
import { ENDS_SENTENCE_RE, SENTENCE_END_RE } from '../text/sentences';
import { dot } from './line-classifier';
import { COMPILATION_WORDS, DATE_ONLY, hasSeoPhrase, lexicon } from './line-features';
import type { WorkLine } from './lines';
import { END_FEATURE_NAMES } from './speech-end';
import { isProse, opensBody } from './regions';

/**
 * Where the speech starts: a document-level decision over the lines that could open it (a prose line,
 * a heading, a salutation), learned from the gold pages. A portal's prose intro (演讲稿是…, a news lead,
 * a definition of the genre) looks like the speech line by line, and the per-line guards rightly keep
 * prose; what gives it away is the page around it: a salutation right below it, chrome above it, prose
 * that talks about the text rather than in it. So the decision is made once per page among its first
 * few candidates, each scored by a logistic regression over features of the candidate and of what it
 * would skip; the best one's softmax share is the confidence.
 */
export const START_FEATURE_NAMES = [
  'bias',
  'salutation',
  'heading',
  'prose',
  'firstCandidate',
  'rank',
  'noiseScore',
  'skippedContent',
  'skippedSalutation',
  'salutationBelow',
  'proseBelow',
  'chromeAbove',
  'talksAboutText',
  'reported',
  'titleAbove',
  'length',
] as const;

export interface SpanModel {
  readonly features: readonly string[];
  readonly start: readonly number[];
  readonly topFeatures: readonly string[];
  /** Weights of the decision of the speech's first line (its title, or the start when it has none). */
  readonly top: readonly number[];
  readonly endFeatures: readonly string[];
  /** Weights of the decision of the speech's last paragraph (speech-end.ts). */
  readonly end: readonly number[];
  /**
   * A decision's confidence at or above `remove` lets what it puts above the speech go (a line above
   * the first line only when its own score is at least `floor`); at or above `suspect` lists it.
   * `endRemove` and `endFloor` are the same for what the end decision puts below the speech.
   */
  readonly thresholds: { readonly remove: number; readonly suspect: number; readonly floor: number; readonly endRemove: number; readonly endFloor: number };
}

/** How many candidate openings are weighed: the speech starts near the top, and a bound keeps this linear. */
export const MAX_CANDIDATES = 12;

/** Words that describe a text (演讲稿是…, 本文, 小编, 词语, 拼音) rather than speak it. */
const TEXT_TALK = lexicon('演讲稿 演講稿 讲话稿 講話稿 发言稿 發言稿 讲稿 講稿 范文 範文 本文 文章 小编 小編 词语 詞語 拼音 是指 写作 寫作 文稿 文档 文檔 网友 網友 上传 上傳 导语 導語 摘要');
/** Words of a news report about a speech (记者, 日电, 表示, 指出): a third person telling it. */
const REPORTED = lexicon('记者 記者 报道 報導 报导 日电 日電 据悉 據悉 表示 指出 强调 強調 发表 發表 新华社 新華社 中央社');

export interface StartCandidate {
  /** Index into the work lines. */
  readonly index: number;
  readonly features: Float64Array;
}

export const kept = (w: WorkLine): boolean => !w.removed && w.text !== '';

/** How much a line talks about a text (演讲稿是…, 本文, 小编, 仅供参考) rather than in it, in [0, 1]. */
export function talksAboutText(sample: string): number {
  return Math.min(1, (TEXT_TALK.count(sample) + (hasSeoPhrase(sample) ? 1 : 0)) / 2);
}

/**
 * The first MAX_CANDIDATES lines that could open the speech, with their features. `noise` is the line
 * classifier's p(noise) per line (null for blank lines).
 */
export function startCandidates(work: readonly WorkLine[], noise: readonly (number | null)[]): StartCandidate[] {
  const out: StartCandidate[] = [];
  let skippedContent = 0;
  let skippedSalutation = false;
  // The kept lines seen so far, for the window above a candidate.
  const above: number[] = [];
  for (let i = 0; i < work.length && out.length < MAX_CANDIDATES; i++) {
    const w = work[i]!;
    if (!kept(w)) continue;
    if (opensBody(work, i)) {
      const text = w.text;
      const p = noise[i] ?? 0.5;
      const below: number[] = [];
      for (let j = i + 1; j < work.length && below.length < 5; j++) if (kept(work[j]!)) below.push(j);
      const window = above.slice(-6);
      const chromeAbove = window.length === 0 ? 0 : window.reduce((s, j) => s + (noise[j] ?? 0.5), 0) / window.length;
      const previous = above.length > 0 ? work[above[above.length - 1]!]!.text : '';
      const salutation = isSalutation(text);
      const heading = headingMarker(text) !== null;
      const sample = text.length > 400 ? text.slice(0, 400) : text;
      const f = Float64Array.of(
        1,
        salutation ? 1 : 0,
        heading ? 1 : 0,
        isProse(text) ? 1 : 0,
        out.length === 0 ? 1 : 0,
        out.length / MAX_CANDIDATES,
        p,
        Math.min(1, skippedContent / 3),
        skippedSalutation ? 1 : 0,
        below.slice(0, 3).some((j) => isSalutation(work[j]!.text)) ? 1 : 0,
        below.length === 0 ? 0 : below.filter((j) => isProse(work[j]!.text)).length / below.length,
        chromeAbove,
        talksAboutText(sample),
        Math.min(1, REPORTED.count(sample) / 2),
        previous !== '' && previous.length <= 40 && !SENTENCE_END_RE.test(previous) && !ENDS_SENTENCE_RE.test(previous) ? 1 : 0,
        Math.min(1, Math.log(1 + text.length) / Math.log(300)),
      );
      out.push({ index: i, features: f });
      skippedContent += 1 - p;
      if (salutation || heading) skippedSalutation = true;
    }
    above.push(i);
  }
  return out;
}

export interface SpeechStart {
  /** Index into the work lines of the chosen opening, or -1 when the page has no candidate. */
  readonly index: number;
  /** Softmax share of the chosen candidate among the candidates. */
  readonly confidence: number;
  /** The candidates above the chosen one (the lines the decision puts outside the speech). */
  readonly skipped: readonly number[];
}

export function chooseStart(candidates: readonly StartCandidate[], model: SpanModel): SpeechStart {
  if (candidates.length === 0) return { index: -1, confidence: 0, skipped: [] };
  const scores = candidates.map((c) => dot(model.start, c.features));
  let best = 0;
  scores.forEach((s, k) => {
    if (s > scores[best]!) best = k;
  });
  const max = scores[best]!;
  const total = scores.reduce((sum, s) => sum + Math.exp(s - max), 0);
  return { index: candidates[best]!.index, confidence: 1 / total, skipped: candidates.slice(0, best).map((c) => c.index) };
}

export function speechStart(work: readonly WorkLine[], noise: readonly (number | null)[], model: SpanModel): SpeechStart {
  const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((name, i) => name === b[i]);
  if (!same(model.features, START_FEATURE_NAMES) || !same(model.topFeatures, TOP_FEATURE_NAMES) || !same(model.endFeatures, END_FEATURE_NAMES)) {
    throw new Error('the span model in line-model.json was trained on other features: run npm run train:clean');
  }
  return chooseStart(startCandidates(work, noise), model);
}

/** How many kept lines above the start the speech's title block may take (title, subtitle, speaker, date, a stamp). */
const TITLE_BLOCK = 6;
const HAN_CHAR = /\p{Script=Han}/gu;

/** A line that reads as a headline: mostly Han, 6–60 characters, no sentence end, separator, bullet, label colon, marker or portal decoration. */
export function isHeadline(text: string): boolean {
  if (text.length < 6 || text.length > 60) return false;
  if (ENDS_SENTENCE_RE.test(text) || /[|｜>›»＞→]/.test(text) || /^[•·●○◆■▪\-*]/.test(text)) return false;
  // 专题党课：从党史中汲取智慧和力量 is a headline; 发布时间：2022-12-09 and 来源：…时间：… are labels.
  const colon = text.search(/[:：]/);
  if (colon >= 0 && ((text.slice(colon + 1).match(HAN_CHAR)?.length ?? 0) < 6 || /[:：]/.test(text.slice(colon + 1)))) return false;
  // A portal's decorated page title (…范文, …7篇, …模板) is the classifier's to judge.
  if (isSalutation(text) || headingMarker(text) !== null || COMPILATION_WORDS.test(text)) return false;
  return (text.match(HAN_CHAR)?.length ?? 0) / text.length >= 0.6;
}

/**
 * The nearest headline-like line above the chosen start, within the title block (-1 when none): the
 * page's own headline, which a news or portal page sets between chrome blocks, so that its neighbours
 * alone would take it.
 */
export function headlineAbove(work: readonly WorkLine[], start: number): number {
  let seen = 0;
  for (let i = start - 1; i >= 0 && seen < TITLE_BLOCK; i--) {
    const w = work[i]!;
    if (!kept(w)) continue;
    if (isHeadline(w.text)) return i;
    seen++;
  }
  return -1;
}

/**
 * The speech's first line: its title when it has one, else the start. Candidates are the kept lines
 * from the top of the page down to the chosen start (the last MAX_TOP of them); everything above the
 * chosen one is the page's. Scored like the start, from what the line is (a headline, named like a
 * speech, decorated like a portal's page title, a date, a subtitle, its line score) and what choosing
 * it means (the chrome above it, the most content-like line it would put above, how content-like the
 * block down to the start is, a later line it repeats).
 */
export const TOP_FEATURE_NAMES = [
  'bias',
  'isStart',
  'headline',
  'titleGenre',
  'decorated',
  'noiseScore',
  'toStart',
  'chromeAbove',
  'contentAbove',
  'firstLine',
  'blockContent',
  'subtitle',
  'dateOnly',
  'repeatsBelow',
  'separators',
  'length',
] as const;

/** How many kept lines above the start may be the speech's first line. */
export const MAX_TOP = 40;

export function topCandidates(work: readonly WorkLine[], noise: readonly (number | null)[], start: number): StartCandidate[] {
  if (start < 0) return [];
  const lines: number[] = [];
  for (let i = start; i >= 0 && lines.length <= MAX_TOP; i--) if (kept(work[i]!)) lines.push(i);
  lines.reverse();
  const p = (i: number): number => noise[i] ?? 0.5;
  // Above the window: the running maximum of content-likeness and the last few scores.
  let contentAbove = 0;
  const recent: number[] = [];
  for (let i = 0; i < lines[0]!; i++) {
    if (!kept(work[i]!)) continue;
    contentAbove = Math.max(contentAbove, 1 - p(i));
    recent.push(p(i));
    if (recent.length > 8) recent.shift();
  }
  // Mean content-likeness of the lines from each candidate (exclusive) down to the start (exclusive).
  const blockContent = new Array<number>(lines.length).fill(0);
  let sum = 0;
  for (let k = lines.length - 2; k >= 0; k--) {
    const n = lines.length - 2 - k;
    blockContent[k] = n === 0 ? 1 : sum / n;
    sum += 1 - p(lines[k + 1]!);
  }
  const out: StartCandidate[] = [];
  lines.forEach((i, k) => {
    const text = work[i]!.text;
    const key = text.replace(/\s+/g, '');
    let repeats = false;
    for (let j = k + 1; j < lines.length && !repeats; j++) {
      const other = work[lines[j]!]!.text.replace(/\s+/g, '');
      repeats = key.length >= 6 && other.length >= 6 && (other.includes(key) || key.includes(other.slice(0, Math.min(other.length, 40))));
    }
    out.push({
      index: i,
      features: Float64Array.of(
        1,
        i === start ? 1 : 0,
        isHeadline(text) ? 1 : 0,
        endsWithTitleGenre(text) ? 1 : 0,
        COMPILATION_WORDS.test(text) ? 1 : 0,
        p(i),
        Math.min(1, (lines.length - 1 - k) / 6),
        recent.length === 0 ? 0 : recent.reduce((a, b) => a + b, 0) / recent.length,
        contentAbove,
        recent.length === 0 ? 1 : 0,
        blockContent[k]!,
        /^(?:——|—|--)/.test(text) ? 1 : 0,
        DATE_ONLY.test(text) ? 1 : 0,
        repeats ? 1 : 0,
        /[|｜>›»＞→]/.test(text) || /^[^，。！？,.!?]{1,10}[:：]/.test(text) ? 1 : 0,
        Math.min(1, Math.log(1 + text.length) / Math.log(300)),
      ),
    });
    contentAbove = Math.max(contentAbove, 1 - p(i));
    recent.push(p(i));
    if (recent.length > 8) recent.shift();
  });
  return out;
}

export function chooseTop(candidates: readonly StartCandidate[], model: SpanModel): SpeechStart {
  return chooseStart(candidates, { ...model, start: model.top });
}
