import { isSalutation } from '../text/markers';
import { ENDS_SENTENCE_RE } from '../text/sentences';
import { isBlank, type WorkLine } from './lines';
import { isProse } from './regions';
import { chooseCandidate, type SpanModel, type SpeechStart, type StartCandidate } from './span-model';
import { talksAboutText } from './speech-start';

/**
 * Where the speech ends: the mirror of its start. A page's tail may hold prose that is not the speech
 * (a chatbot's leftover remark, a portal's upsell, the opening of a related report, a second copy's
 * salutation), which the prose guard keeps line by line. Candidates are the last MAX_END prose lines;
 * each is scored from what it is (a closing formula, a sentence end, talk about the text, its line
 * score) and what choosing it means (the prose below it that it would cut, a salutation there, the
 * chrome below it).
 */
export const END_FEATURE_NAMES = [
  'bias',
  'lastCandidate',
  'rank',
  'noiseScore',
  'skippedContent',
  'skippedSalutation',
  'chromeBelow',
  'closing',
  'endsSentence',
  'talksAboutText',
  'proseAbove',
  'length',
] as const;

export const MAX_END = 12;

/** 谢谢大家！, 此致 敬礼, 祝大家新年快乐！: how speeches end. */
export const CLOSING = /谢谢|謝謝|此致|敬礼|敬禮|祝[^。！？!?]{1,30}[！!。]\s*$|再见|再見/;

/** The last MAX_END prose lines (bottom first) with their features; `noise` as in startCandidates. */
export function endCandidates(work: readonly WorkLine[], noise: readonly (number | null)[]): StartCandidate[] {
  const out: StartCandidate[] = [];
  let skippedContent = 0;
  let skippedSalutation = false;
  const below: number[] = [];
  for (let i = work.length - 1; i >= 0 && out.length < MAX_END; i--) {
    const w = work[i]!;
    if (isBlank(w)) continue;
    const text = w.text;
    if (isProse(text)) {
      const p = noise[i] ?? 0.5;
      const window = below.slice(-6);
      const above: number[] = [];
      for (let j = i - 1; j >= 0 && above.length < 5; j--) if (!isBlank(work[j]!)) above.push(j);
      const sample = text.length > 400 ? text.slice(text.length - 400) : text;
      out.push({
        index: i,
        features: Float64Array.of(
          1,
          out.length === 0 ? 1 : 0,
          out.length / MAX_END,
          p,
          Math.min(1, skippedContent / 3),
          skippedSalutation ? 1 : 0,
          window.length === 0 ? 0 : window.reduce((sum, j) => sum + (noise[j] ?? 0.5), 0) / window.length,
          CLOSING.test(sample) ? 1 : 0,
          ENDS_SENTENCE_RE.test(text) ? 1 : 0,
          talksAboutText(sample),
          above.length === 0 ? 0 : above.filter((j) => isProse(work[j]!.text)).length / above.length,
          Math.min(1, Math.log(1 + text.length) / Math.log(300)),
        ),
      });
      skippedContent += 1 - p;
      if (isSalutation(text) || /^[^，。！？]{2,30}[：:]/.test(text) && isSalutation(text.slice(0, text.search(/[：:]/) + 1))) skippedSalutation = true;
    }
    below.push(i);
  }
  return out;
}

/** The chosen last paragraph; `skipped` holds the prose candidates below it. */
export function chooseEnd(candidates: readonly StartCandidate[], model: SpanModel): SpeechStart {
  return chooseCandidate(candidates, model.end);
}
