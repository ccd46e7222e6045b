import { dot } from './linear-score';

/**
 * What the span decision's three regressions share: their committed weights and thresholds, a
 * candidate line with its features, and the softmax choice among candidates (speech-start.ts,
 * speech-first-line.ts and speech-end.ts each build their own candidates).
 */
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

export interface StartCandidate {
  /** Index into the work lines. */
  readonly index: number;
  readonly features: Float64Array;
}

export interface SpeechStart {
  /** Index into the work lines of the chosen opening, or -1 when the page has no candidate. */
  readonly index: number;
  /** Softmax share of the chosen candidate among the candidates. */
  readonly confidence: number;
  /** The candidates above the chosen one (the lines the decision puts outside the speech). */
  readonly skipped: readonly number[];
}

/** The best-scoring candidate; its softmax share among the candidates is the confidence. */
export function chooseCandidate(candidates: readonly StartCandidate[], weights: readonly number[]): SpeechStart {
  if (candidates.length === 0) return { index: -1, confidence: 0, skipped: [] };
  const scores = candidates.map((c) => dot(weights, c.features));
  let best = 0;
  scores.forEach((s, k) => {
    if (s > scores[best]!) best = k;
  });
  const max = scores[best]!;
  const total = scores.reduce((sum, s) => sum + Math.exp(s - max), 0);
  return { index: candidates[best]!.index, confidence: 1 / total, skipped: candidates.slice(0, best).map((c) => c.index) };
}

