import { endsWithTitleGenre } from '../text/markers';
import { COMPILATION_WORDS } from './lexicons';
import { DATE_ONLY } from './line-shapes';
import { isBlank, type WorkLine } from './lines';
import { isHeadline } from './speech-headline';
import { chooseCandidate, type SpanModel, type SpeechStart, type StartCandidate } from './span-model';

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
  for (let i = start; i >= 0 && lines.length <= MAX_TOP; i--) if (!isBlank(work[i]!)) lines.push(i);
  lines.reverse();
  const p = (i: number): number => noise[i] ?? 0.5;
  // Above the window: the running maximum of content-likeness and the last few scores.
  let contentAbove = 0;
  const recent: number[] = [];
  for (let i = 0; i < lines[0]!; i++) {
    if (isBlank(work[i]!)) continue;
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
  const keys = lines.map((i) => work[i]!.text.replace(/\s+/g, ''));
  lines.forEach((i, k) => {
    const text = work[i]!.text;
    const key = keys[k]!;
    let repeats = false;
    for (let j = k + 1; j < lines.length && !repeats && key.length >= 6; j++) {
      const other = keys[j]!;
      repeats = other.length >= 6 && (other.includes(key) || key.includes(other.slice(0, Math.min(other.length, 40))));
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
  return chooseCandidate(candidates, model.top);
}
