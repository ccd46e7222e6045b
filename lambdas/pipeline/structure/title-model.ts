import type { TitleModel } from './title-features';
import learned from './title-model.json';

/**
 * The title decision's weights: the softmax over each page's readings that `npm run train:title` fits
 * on the gold pages (scripts/title-model/train.ts), committed as title-model.json. Cross-validated by
 * site with every choice (penalty, augmentation) made inside the training folds, it is the figure
 * `npm run eval:clean` reports (docs/structure.md).
 */
export const learnedTitleModel: TitleModel = learned as TitleModel;

export const defaultTitleModel: TitleModel = learnedTitleModel;
