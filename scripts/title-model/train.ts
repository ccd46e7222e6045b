/**
 * `npm run train:title`: learns the title decision's weights from the gold pages (../shared/corpus,
 * ../shared/corpus-train) and writes lambdas/pipeline/structure/title-model.json. Each page is a
 * choice among its readings — every candidate the structure stage considers, and "no title" — the
 * right ones being those that print as the gold title (or "no title" on a page without one). A
 * softmax over each page's readings (softmax.ts) fits the weights; its L2 penalty is chosen by
 * cross-validation by site inside the pages it is given, so a fit for one fold of the evaluation
 * never sees that fold, not even through the penalty. Deterministic: same pages, same bytes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean, type LineModel } from '../../lambdas/pipeline/clean';
import { decode } from '../../lambdas/pipeline/decode';
import type { CleanLine } from '../../lambdas/pipeline/clean';
import { titleCandidates, type TitleCandidate } from '../../lambdas/pipeline/structure/title-candidates';
import { titleAsPrinted } from '../../lambdas/pipeline/structure/title-text';
import { noTitleRow, TITLE_MODEL_FEATURES, type TitleModel } from '../../lambdas/pipeline/structure/title-features';
import { GENRE_FEATURE_IDS } from '../../lambdas/pipeline/structure/title-score';
import { splitFolds } from '../clean-model/folds';
import { round } from '../clean-model/logistic';
import { loadOwnPages, loadPages, OWN_FOLDER, OWN_PAGE_WEIGHT, PAGE_FOLDERS, type GoldPage } from '../clean-model/pages';
import { normGold } from '../clean-model/score';
import { syntheticPages } from '../clean-model/synthetic';
import { trainModel } from '../clean-model/train';
import { chosen, fitSoftmax, softmaxLoss, type Choice } from './softmax';
import { trainingHeads } from './training-heads';

/**
 * How much one of the seeded training heads (training-heads.ts: a headline, a portal's copy or a caption near
 * the speech's own title) counts against a real page: as our own pages, they are one team's writing.
 */
const TRAINING_HEAD_WEIGHT = 0.15;

export const TITLE_MODEL_PATH = join(__dirname, '..', '..', 'lambdas', 'pipeline', 'structure', 'title-model.json');

/**
 * What the inner cross-validation chooses among: the L2 penalty, and how much the two augmented
 * copies of each page count (genre dropout, title deletion; see below).
 */
export interface Setting {
  readonly l2: number;
  readonly dropout: number;
  readonly deletion: number;
}

export const SETTINGS: readonly Setting[] = [0.1, 0.3, 1, 3].flatMap((l2) => [0.5, 1].flatMap((dropout) => [0.5, 1].map((deletion) => ({ l2, dropout, deletion }))));
const INNER_FOLDS = 4;
const ITERATIONS = 50;

export interface PageChoice extends Choice {
  readonly site: string;
  /** The same page with the lines of its title taken out ("no title" right), where the title is a line of its own. */
  readonly untitled?: Choice;
}

/** The readings of some cleaned lines, "no title" first, labelled against `want`. */
function choiceOf(lines: readonly CleanLine[], want: string | null): Choice & { readonly candidates: readonly TitleCandidate[] } {
  const candidates = titleCandidates(lines);
  return {
    candidates,
    rows: [noTitleRow(), ...candidates.map((c) => c.features)],
    labels: [want === null ? 1 : 0, ...candidates.map((c) => (titleAsPrinted(c.text).text === want ? 1 : 0))],
  };
}

/** The readings of a page as the structure stage sees it (after cleaning with `lineModel`): "no title" first, then the candidates, labelled against the gold title. */
export function candidateRows(page: GoldPage, lineModel?: LineModel): PageChoice {
  const cleaned = clean(decode(page.bytes, 1 << 30).text, { lineModel });
  const want = page.gold.title === null ? null : normGold(page.gold.title);
  const { candidates, rows, labels } = choiceOf(cleaned.lines, want);
  const right = candidates.filter((_, a) => labels[a + 1] === 1);
  let untitled: Choice | undefined;
  if (right.length > 0 && right.every((c) => c.rest === undefined)) {
    const gone = new Set(right.flatMap((c) => Array.from({ length: c.span }, (_, k) => c.index + k)));
    const { rows: r, labels: l } = choiceOf(cleaned.lines.filter((_, i) => !gone.has(i)), want);
    untitled = { rows: r, labels: l.map((_, a) => (a === 0 ? 1 : 0)) };
  }
  return { site: page.site, rows, labels, ...(untitled && { untitled }) };
}

/**
 * The genre words (讲话, 致辞, 在…上的讲话) decide most training pages alone, so a plain fit learns
 * little about chrome; yet on unseen sites the title often names no genre and a menu or site line
 * competes with it. Each page is therefore also shown with the genre features blanked on every
 * reading (a feature dropout): the fit must tell titles from chrome by the rest too.
 */
const GENRE_FEATURES = GENRE_FEATURE_IDS.map((f) => TITLE_MODEL_FEATURES.indexOf(f));

function withoutGenre(c: PageChoice, weight: number): PageChoice {
  return { ...c, weight: weight * (c.weight ?? 1), rows: c.rows.map((x) => Float64Array.from(x, (v, j) => (GENRE_FEATURES.includes(j) ? 0 : v))) };
}

/**
 * A fifth of real pages show no title, too few to teach that chrome must lose to "no title". Each
 * titled page is also shown as it would be without its title (the title's lines taken out, the
 * readings of the rest computed anew: a menu line now sits right above the salutation), "no title"
 * being right.
 */
function withoutTitle(c: PageChoice, weight: number): PageChoice | null {
  return c.untitled ? { site: c.site, ...c.untitled, weight: weight * (c.weight ?? 1) } : null;
}

export function fitWeights(choices: readonly PageChoice[], setting: Setting): number[] {
  const deleted = choices.map((c) => withoutTitle(c, setting.deletion)).filter((c): c is PageChoice => c !== null);
  const dropped = choices.map((c) => withoutGenre(c, setting.dropout));
  return fitSoftmax([...choices, ...dropped, ...deleted], { l2: setting.l2, iterations: ITERATIONS });
}

/**
 * How well weights fitted on other sites predict the right readings of held-out pages (folds by
 * site): the summed log-loss (smoother than the count of pages right, which ties across penalties on
 * so few pages) and the count of pages whose highest reading is right.
 */
export function crossValidated(choices: readonly PageChoice[], setting: Setting, extra: readonly PageChoice[] = [], folds = INNER_FOLDS): { loss: number; right: number } {
  const byPage = choices.map((c, i) => ({ ...c, name: String(i), folder: '', bytes: Buffer.alloc(0), gold: { title: null } }));
  const parts = splitFolds(byPage, folds);
  let loss = 0;
  let right = 0;
  parts.forEach((test, k) => {
    const w = fitWeights([...parts.filter((_, i) => i !== k).flat(), ...extra], setting);
    loss += softmaxLoss(test, w, 0);
    for (const c of test) if (c.labels[chosen(c, w)] === 1) right++;
  });
  return { loss, right };
}

/** The setting with the least log-loss in a cross-validation by site over `choices` (the first on a tie). */
export function chooseSetting(choices: readonly PageChoice[], extra: readonly PageChoice[] = []): Setting {
  let best = SETTINGS[0]!;
  let least = Infinity;
  for (const setting of SETTINGS) {
    const { loss } = crossValidated(choices, setting, extra);
    if (loss < least) [best, least] = [setting, loss];
  }
  return best;
}

export type FittedTitleModel = TitleModel & { readonly setting: Setting };

/** Fits on the real pages' choices plus `extra` (synthetic pages: always trained on, never scored in the setting's cross-validation). */
export function fitTitleModel(choices: readonly PageChoice[], extra: readonly PageChoice[] = []): FittedTitleModel {
  const setting = chooseSetting(choices, extra);
  return { features: [...TITLE_MODEL_FEATURES], weights: round(fitWeights([...choices, ...extra], setting)), setting };
}

/** Folds by site for cleaning the training pages as unseen ones. */
export const CLEANING_FOLDS = 3;

/**
 * The title weights for `pages`. Each real page is cleaned by a line classifier trained without its
 * site (cross-fitting, CLEANING_FOLDS folds, each with the synthetic pages), as the pipeline cleans a
 * page from a site it never saw: cleaned by a classifier trained on them, the training pages come out
 * cleaner than unseen ones (chrome repeats and menus gone), and the title weights never learn what
 * such leftovers look like. The seeded synthetic pages the line classifier trains on are added as
 * `lineModel` cleans them (their chrome above a genre title, seen again with the genre blanked, teaches
 * what a menu or site line looks like).
 */
export function trainTitleModel(pages: readonly GoldPage[], lineModel?: LineModel): FittedTitleModel {
  // Our own pages are dealt into the cleaning folds apart (as in eval:clean), so that adding them
  // leaves every ../shared page cleaned by the same sites' model as before.
  const own = pages.filter((p) => p.folder === OWN_FOLDER);
  const shared = pages.filter((p) => p.folder !== OWN_FOLDER);
  const folds = Math.max(1, Math.min(CLEANING_FOLDS, new Set((shared.length > 0 ? shared : own).map((p) => p.site)).size));
  const parts = splitFolds(shared, folds);
  const ownParts = splitFolds(own, folds);
  const real = new Map<GoldPage, PageChoice>();
  parts.forEach((part, k) => {
    const unseen = folds > 1 ? trainModel([...parts, ...ownParts].filter((_, i) => i % folds !== k).flat().concat(syntheticPages())) : lineModel;
    for (const page of [...part, ...ownParts[k]!]) real.set(page, { ...candidateRows(page, unseen), ...(page.folder === OWN_FOLDER && { weight: OWN_PAGE_WEIGHT }) });
  });
  const synthetic = syntheticPages().map((page) => candidateRows(page, lineModel));
  const heads = trainingHeads().map((page) => ({ ...candidateRows(page, lineModel), weight: TRAINING_HEAD_WEIGHT }));
  // Our own pages train every fit but are never scored in the inner cross-validation that chooses the
  // setting (as the synthetic pages): the setting stays chosen on real sites' pages.
  return fitTitleModel(shared.map((page) => real.get(page)!), [...own.map((page) => real.get(page)!), ...synthetic, ...heads]);
}

export function titleTrainingPages(): GoldPage[] {
  return [...PAGE_FOLDERS.flatMap((folder) => loadPages(folder)), ...loadOwnPages()];
}

export function serializeTitleModel(model: TitleModel): string {
  return JSON.stringify(model, null, 1) + '\n';
}

if (require.main === module) {
  const pages = titleTrainingPages();
  writeFileSync(TITLE_MODEL_PATH, serializeTitleModel(trainTitleModel(pages)));
  console.log(`trained on ${pages.length} pages → ${TITLE_MODEL_PATH}`);
}
