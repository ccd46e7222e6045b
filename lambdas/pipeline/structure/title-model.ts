import type { TitleModel } from './title-features';
import { handTitleModel } from './title-hand';
import learned from './title-model.json';

/**
 * The title decision's weights. `learnedTitleModel` is the logistic regression `npm run train:title`
 * fits on the gold pages (plain, over every candidate, L2-regularised; committed as title-model.json).
 * The pipeline keeps the hand-set weights while the learned ones score lower cross-validated by site
 * (`npm run eval:clean -- --learned-title`, docs/structure.md): switch `defaultTitleModel` when they don't.
 */
export const learnedTitleModel: TitleModel = learned as TitleModel;

export const defaultTitleModel: TitleModel = handTitleModel;
