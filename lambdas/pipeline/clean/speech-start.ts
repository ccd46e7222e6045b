import { headingMarker, isSalutation } from '../text/markers';
import { ENDS_SENTENCE_RE, SENTENCE_END_RE } from '../text/sentences';
import { hasSeoPhrase, lexicon } from './lexicons';
import { isBlank, type WorkLine } from './lines';
import { isProse, opensBody } from './regions';
import { chooseCandidate, type SpanModel, type SpeechStart, type StartCandidate } from './span-model';

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

/** How many candidate openings are weighed: the speech starts near the top, and a bound keeps this linear. */
export const MAX_CANDIDATES = 12;

/** Words that describe a text (演讲稿是…, 本文, 小编, 词语, 拼音) rather than speak it. */
const TEXT_TALK = lexicon('演讲稿 演講稿 讲话稿 講話稿 发言稿 發言稿 讲稿 講稿 范文 範文 本文 文章 小编 小編 词语 詞語 拼音 是指 写作 寫作 文稿 文档 文檔 网友 網友 上传 上傳 导语 導語 摘要');
/** Words of a news report about a speech (记者, 日电, 表示, 指出): a third person telling it. */
const REPORTED = lexicon('记者 記者 报道 報導 报导 日电 日電 据悉 據悉 表示 指出 强调 強調 发表 發表 新华社 新華社 中央社');

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
    if (isBlank(w)) continue;
    if (opensBody(work, i)) {
      const text = w.text;
      const p = noise[i] ?? 0.5;
      const below: number[] = [];
      for (let j = i + 1; j < work.length && below.length < 5; j++) if (!isBlank(work[j]!)) below.push(j);
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

/** The chosen opening; `skipped` holds the candidates above it. */
export function speechStart(work: readonly WorkLine[], noise: readonly (number | null)[], model: SpanModel): SpeechStart {
  return chooseCandidate(startCandidates(work, noise), model.start);
}
