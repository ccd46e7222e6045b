/**
 * The title weights set by hand after reading all the training pages (TITLE_FEATURES' `weight` and
 * the place weights below), as a TitleModel. They stay the pipeline's title decision: the model fitted
 * by `npm run train:title` scores lower when cross-validated by site (docs/structure.md), with the
 * caveat that these weights saw every page, so their own cross-validated figure is optimistic.
 */
import { TITLE_FEATURES } from './title-score';
import { PLACE_FEATURES, TITLE_MODEL_FEATURES, type PlaceFeature, type TitleModel } from './title-features';

const HAND_PLACE: Record<PlaceFeature, number> = {
  'next-meta': 1.5,
  'next-heading': 1.5,
  'next-prose': 1,
  'first-line': 0.5,
  'repeated-once': 1,
  'repeated-twice': -2,
  'after-prose': -2,
  headline: 1.5,
  'glued-salutation': 1.5,
  joined: 0,
  'last-in-head': 0,
  short: 0,
};

export const handTitleModel: TitleModel = {
  features: TITLE_MODEL_FEATURES,
  weights: [0, ...TITLE_FEATURES.map((f) => f.weight), ...PLACE_FEATURES.map((f) => HAND_PLACE[f])],
  threshold: 1.5,
};
