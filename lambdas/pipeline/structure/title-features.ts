import { TITLE_FEATURES } from './title-score';

/**
 * What the title decision knows of a candidate: a bias, the line's own TITLE_FEATURES, and where it
 * sits on the page (PLACE_FEATURES, computed in head.ts), in this order; and the weights that score it.
 */
export interface TitleModel {
  readonly features: readonly string[];
  readonly weights: readonly number[];
  /** The least score a candidate needs to be the title. */
  readonly threshold: number;
}

/** Where a candidate sits on the page (computed in head.ts), in this order after the line features. */
export const PLACE_FEATURES = [
  'next-meta', // followed by a subtitle, date, salutation or speaker line (chrome skipped)
  'next-heading', // followed by the first heading
  'next-prose', // followed by speech prose
  'first-line',
  'repeated-once', // the page repeats it once in a short line (page title, breadcrumb, document copy)
  'repeated-twice', // the same whole line two more times: a compilation's banner
  'after-prose', // a paragraph of speech prose comes before it
  'headline', // 标题——讲话人: a dash names the speaker or occasion
  'glued-salutation', // a title glued to the salutation
  'joined', // two lines joined where a title was split
  'last-in-head', // the last line before the salutation or first heading
  'short', // fewer than 6 characters
] as const;

export type PlaceFeature = (typeof PLACE_FEATURES)[number];

export const TITLE_MODEL_FEATURES: readonly string[] = ['bias', ...TITLE_FEATURES.map((f) => f.id), ...PLACE_FEATURES];

/** The candidate's score; refuses weights trained on other features rather than misreading them. */
export function candidateScore(model: TitleModel, x: ArrayLike<number>): number {
  if (model.features.length !== TITLE_MODEL_FEATURES.length || model.features.some((f, j) => f !== TITLE_MODEL_FEATURES[j])) {
    throw new Error('title-model.json was trained on other features: run npm run train:title');
  }
  let z = 0;
  for (let j = 0; j < x.length; j++) z += model.weights[j]! * x[j]!;
  return z;
}
