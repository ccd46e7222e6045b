import { dot, sigmoid } from './linear-score';
import { FEATURE_NAMES, type FeatureVector } from './line-features';
import committed from './line-model.json';
import type { SpanModel } from './span-model';

/**
 * The learned noise/content decision: logistic regression over the shallow line features, then a
 * second logistic regression that adds the first one's scores of the neighbouring lines (context
 * smoothing: a line between menu items is likelier a menu item, one between paragraphs content).
 * Weights come from `npm run train:clean` and are committed as line-model.json.
 */
export interface LineModel {
  readonly features: readonly string[];
  readonly context: readonly string[];
  readonly stage1: readonly number[];
  readonly stage2: readonly number[];
  /**
   * p(noise) at or above `remove` removes a line; at or above `suspect` keeps it as suspected; at or
   * above `block`, a head or tail line next to a removed line goes with it (clean/index.ts).
   */
  readonly thresholds: { readonly remove: number; readonly suspect: number; readonly block: number };
  /** Where the speech starts, decided once per page (span-decision.ts). */
  readonly span: SpanModel;
}

export const CONTEXT_NAMES = ['prevScore', 'nextScore', 'prev2Score', 'next2Score', 'neighbourMax'] as const;

export const defaultLineModel: LineModel = committed as LineModel;


/** The context features of each line from the stage-1 scores of its non-blank neighbours. */
export function contextFeatures(scores: readonly (number | null)[]): (Float64Array | null)[] {
  const present = scores.map((s, i) => (s === null ? -1 : i)).filter((i) => i >= 0);
  const out: (Float64Array | null)[] = scores.map(() => null);
  present.forEach((i, k) => {
    const at = (d: number): number => {
      const j = present[k + d];
      return j === undefined ? 0.5 : scores[j]!;
    };
    out[i] = Float64Array.of(at(-1), at(1), at(-2), at(2), Math.max(at(-1), at(1)));
  });
  return out;
}

const FURNITURE = FEATURE_NAMES.indexOf('furnitureRule');

/**
 * The context features of every line from the stage-1 weights. Page furniture (page numbers) is left
 * out of the neighbourhood: it sits inside the text, so it says nothing about the lines around it.
 */
export function contextOf(features: readonly (FeatureVector | null)[], stage1: readonly number[]): (Float64Array | null)[] {
  const scores = features.map((f) => (f === null || f[FURNITURE] === 1 ? null : sigmoid(dot(stage1, f))));
  const context = contextFeatures(scores);
  return features.map((f, i) => (f === null ? null : (context[i] ?? Float64Array.of(0.5, 0.5, 0.5, 0.5, 0.5))));
}

/** Stage-1 then stage-2 probability of noise for every line with features (null for blank lines). */
export function noiseProbabilities(features: readonly (FeatureVector | null)[], model: LineModel): (number | null)[] {
  if (model.features.length !== FEATURE_NAMES.length || model.features.some((name, i) => name !== FEATURE_NAMES[i])) {
    throw new Error('line-model.json was trained on other features: run npm run train:clean');
  }
  const context = contextOf(features, model.stage1);
  return features.map((f, i) => (f === null ? null : sigmoid(dot(model.stage2, f) + dot(model.stage2, context[i]!, f.length))));
}
