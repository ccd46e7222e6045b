/**
 * The span decision's training (part of `npm run train:clean`): the speech-start, first-line and
 * last-paragraph regressions, and their thresholds selected on held-out pages inside the training pages (nested: the
 * test fold of `npm run eval:clean` is never seen).
 */
import { decideSpan } from '../../lambdas/pipeline/clean/span-decision';
import { END_FEATURE_NAMES, endCandidates } from '../../lambdas/pipeline/clean/speech-end';
import type { WorkLine } from '../../lambdas/pipeline/clean/lines';
import type { SpanModel, StartCandidate } from '../../lambdas/pipeline/clean/span-model';
import { TOP_FEATURE_NAMES, topCandidates } from '../../lambdas/pipeline/clean/speech-first-line';
import { START_FEATURE_NAMES, startCandidates } from '../../lambdas/pipeline/clean/speech-start';
import { CONTENT_WEIGHT, fitLogistic, L2, round } from './logistic';
import type { PageRows } from './train';

/** Inner folds (by site) for the out-of-fold line scores and the threshold selection: 5, so each inner line model sees 80 % of the pages. */
export const SPAN_FOLDS = 5;

type Thresholds = SpanModel['thresholds'];
/** The suspect threshold only lists lines (never loses any); the grid is for what removes. */
const SUSPECT = 0.6;
const REMOVE_GRID = [0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.98] as const;
const FLOOR_GRID = [0.3, 0.5, 0.7] as const;
const DEFAULT_THRESHOLDS: Thresholds = { remove: 0.9, suspect: SUSPECT, floor: 0.5, endRemove: 0.9, endFloor: 0.5 };

export const EMPTY_SPAN: SpanModel = { features: [...START_FEATURE_NAMES], start: [], topFeatures: [...TOP_FEATURE_NAMES], top: [], endFeatures: [...END_FEATURE_NAMES], end: [], thresholds: DEFAULT_THRESHOLDS };

interface Rows {
  readonly rows: Float64Array[];
  readonly labels: number[];
  readonly weights: number[];
}

/**
 * Every candidate of a decision is a row, labelled 1 for the gold choice (the first candidate that is
 * not gold noise). Choosing a later candidate loses content, so those weigh more than the noise above.
 */
function addRows(to: Rows, page: PageRows, candidates: readonly StartCandidate[]): number {
  const gold = candidates.findIndex((c) => page.labels[c.index] === 0);
  if (gold < 0) return -1;
  candidates.forEach((c, k) => {
    to.rows.push(c.features);
    to.labels.push(k === gold ? 1 : 0);
    to.weights.push(page.weight * (k > gold ? CONTENT_WEIGHT : 1));
  });
  return candidates[gold]!.index;
}

interface PageCandidates {
  readonly start: readonly StartCandidate[];
  readonly end: readonly StartCandidate[];
  /** By the start index they sit above (the gold start's, in trainSpan). */
  readonly top: Map<number, readonly StartCandidate[]>;
}

/**
 * A page's candidates depend on its lines and their scores alone, not on the thresholds or the other
 * pages: within one train:clean fit the same scores (out of fold) train six span models (five inner
 * folds of the threshold selection and the final one), so each page's candidates are worked out once,
 * kept while those score arrays live.
 */
const candidatesByScores = new WeakMap<readonly (number | null)[], WeakMap<readonly WorkLine[], PageCandidates>>();

function candidatesOf(work: readonly WorkLine[], noise: readonly (number | null)[]): PageCandidates {
  let byWork = candidatesByScores.get(noise);
  if (byWork === undefined) candidatesByScores.set(noise, (byWork = new WeakMap()));
  let candidates = byWork.get(work);
  if (candidates === undefined) byWork.set(work, (candidates = { start: startCandidates(work, noise), end: endCandidates(work, noise), top: new Map() }));
  return candidates;
}

function topCandidatesOf(work: readonly WorkLine[], noise: readonly (number | null)[], start: number): readonly StartCandidate[] {
  const { top } = candidatesOf(work, noise);
  let candidates = top.get(start);
  if (candidates === undefined) top.set(start, (candidates = topCandidates(work, noise, start)));
  return candidates;
}

/** Both regressions from the pages' line scores (`noise[p]`: out of fold) with the given thresholds. */
export function trainSpan(data: readonly PageRows[], noise: readonly (readonly (number | null)[])[], thresholds: Thresholds = DEFAULT_THRESHOLDS): SpanModel {
  const start: Rows = { rows: [], labels: [], weights: [] };
  const top: Rows = { rows: [], labels: [], weights: [] };
  const end: Rows = { rows: [], labels: [], weights: [] };
  data.forEach((page, p) => {
    const candidates = candidatesOf(page.work, noise[p]!);
    const goldStart = addRows(start, page, candidates.start);
    if (goldStart >= 0) addRows(top, page, topCandidatesOf(page.work, noise[p]!, goldStart));
    addRows(end, page, candidates.end);
  });
  const fit = (d: Rows): number[] => round(fitLogistic(d.rows, d.labels, { l2: L2, iterations: 30, rowWeights: d.weights }));
  return { features: [...START_FEATURE_NAMES], start: fit(start), topFeatures: [...TOP_FEATURE_NAMES], top: fit(top), endFeatures: [...END_FEATURE_NAMES], end: fit(end), thresholds: { ...thresholds } };
}

/**
 * What a content character lost costs in the threshold selection, in noise characters removed. With
 * only ~60 training pages "no content line lost at all" picked the boldest thresholds; with our own
 * pages (own-pages/) some pair always loses a line somewhere, and the rule fell back to the most
 * cautious pair in every fold (the start at 0.95–0.98), which cost corpus-train 0.018 of noise lines.
 * A price keeps the choice a trade: a pair must remove ten noise characters for each content one.
 */
export const CONTENT_CHAR_PRICE = 10;

/**
 * The removal thresholds, selected inside the training pages: for each inner fold, the span model is
 * trained on the other inner folds and decides the fold's real pages; the (remove, floor) pair with the
 * most noise characters removed less CONTENT_CHAR_PRICE per content character removed there wins (ties:
 * the more cautious pair). Above and below the speech are chosen apart: the end decision risks other
 * lines than the start.
 */
export function selectSpanThresholds(data: readonly PageRows[], noise: readonly (readonly (number | null)[])[], parts: readonly (readonly number[])[]): Thresholds {
  const grid = REMOVE_GRID.flatMap((remove) => FLOOR_GRID.map((floor) => ({ remove, suspect: SUSPECT, floor, endRemove: remove, endFloor: floor })));
  const tally = () => ({ lost: grid.map(() => 0), gained: grid.map(() => 0) });
  const above = tally();
  const below = tally();
  parts.forEach((held, fold) => {
    const others = parts.filter((_, i) => i !== fold).flat();
    const model = trainSpan(others.map((k) => data[k]!), others.map((k) => noise[k]!));
    for (const k of held) {
      const page = data[k]!;
      if (!page.real) continue;
      grid.forEach((thresholds, g) => {
        const outcome = decideSpan(page.work, noise[k]!, { ...model, thresholds });
        for (const i of outcome.remove) {
          const side = outcome.below.has(i) ? below : above;
          if (page.labels[i] === 0) side.lost[g]! += page.work[i]!.text.length;
          else side.gained[g]! += page.work[i]!.text.length;
        }
      });
    }
  });
  const best = (side: ReturnType<typeof tally>): (typeof grid)[number] => {
    const value = (g: number): number => side.gained[g]! - CONTENT_CHAR_PRICE * side.lost[g]!;
    let chosen = 0;
    grid.forEach((_, g) => {
      if (value(g) >= value(chosen)) chosen = g;
    });
    return grid[chosen]!;
  };
  const start = best(above);
  const end = best(below);
  return { remove: start.remove, suspect: SUSPECT, floor: start.floor, endRemove: end.remove, endFloor: end.floor };
}
