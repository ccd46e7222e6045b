import { TITLE_FEATURES } from './title-score';

/**
 * What the title decision knows of a candidate: the line's own TITLE_FEATURES and where it sits on
 * the page (PLACE_FEATURES, computed in title-candidates.ts), in this order after `no-title`; and the weights that
 * score it. A page's readings compete with each other and with "no title" (a row with only `no-title`
 * set): the highest score wins, so no threshold is needed and a page's candidates are judged against
 * each other, not each on its own.
 */
export interface TitleModel {
  readonly features: readonly string[];
  readonly weights: readonly number[];
}

/** Where a candidate sits on the page (computed in title-candidates.ts), in this order after the line features. */
export const PLACE_FEATURES = [
  'next-meta', // followed by a subtitle, date, salutation, speaker line or the first heading (chrome skipped)
  'next-prose', // followed by speech prose
  'first-line',
  'repeated-once', // the page repeats it once in a short line (page title, breadcrumb, document copy)
  'repeated-twice', // the same whole line two more times: a compilation's banner
  'after-prose', // a paragraph of speech prose comes before it
  'headline', // 标题——讲话人: a dash names the speaker or occasion
  'glued-salutation', // a title glued to the salutation
  'joined', // two lines joined where a title was split
  'last-in-head', // the last line before the salutation or first heading
  'short', // fewer than 6 characters, naming no genre
  'glued-body', // a title glued to the first paragraph, read off a page title that carries it
  'body-recurrence', // the share of its Han character pairs that the speech's prose uses (0–1; set in title-candidates.ts)
  'contains-candidate', // another candidate of the page is inside it: a page title or news headline around the speech's own title
  'title-under', // the next line is another title-shaped line the speech attaches to (its genre, a dash subtitle, the salutation): this one is a headline over it
] as const;

export type PlaceFeature = (typeof PLACE_FEATURES)[number];

export const TITLE_MODEL_FEATURES: readonly string[] = ['no-title', ...TITLE_FEATURES.map((f) => f.id), ...PLACE_FEATURES];

/** The row of the page's "no title" reading: it scores the `no-title` weight alone. */
export function noTitleRow(): Float64Array {
  const x = new Float64Array(TITLE_MODEL_FEATURES.length);
  x[0] = 1;
  return x;
}

/** The candidate's score; refuses weights trained on other features rather than misreading them. */
export function candidateScore(model: TitleModel, x: ArrayLike<number>): number {
  if (model.features.length !== TITLE_MODEL_FEATURES.length || model.features.some((f, j) => f !== TITLE_MODEL_FEATURES[j])) {
    throw new Error('title-model.json was trained on other features: run npm run train:title');
  }
  let z = 0;
  for (let j = 0; j < x.length; j++) z += model.weights[j]! * x[j]!;
  return z;
}
