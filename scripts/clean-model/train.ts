/**
 * `npm run train:clean`: learns the line classifier's weights from the gold pages (../shared/corpus,
 * ../shared/corpus-train, the own-pages/ listed in own-pages-trained.txt) and the seeded synthetic pages, and writes
 * lambdas/pipeline/clean/line-model.json. Deterministic: same pages, same bytes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { removableByScore, ruleLines } from '../../lambdas/pipeline/clean';
import { CONTEXT_NAMES, contextOf, noiseProbabilities, type LineModel } from '../../lambdas/pipeline/clean/line-classifier';
import type { WorkLine } from '../../lambdas/pipeline/clean/lines';
import { FEATURE_NAMES } from '../../lambdas/pipeline/clean/line-features';
import { decode } from '../../lambdas/pipeline/decode';
import { splitFolds } from './folds';
import { CONTENT_CHAR_PRICE, EMPTY_SPAN, selectSpanThresholds, SPAN_FOLDS, trainSpan } from './train-span';
import { CONTENT_WEIGHT, fitLogistic, L2, round } from './logistic';
import { loadOwnPages, loadPages, OWN_FOLDER, OWN_PAGE_WEIGHT, PAGE_FOLDERS, type GoldPage } from './pages';
import { syntheticPages } from './synthetic';

export const MODEL_PATH = join(__dirname, '..', '..', 'lambdas', 'pipeline', 'clean', 'line-model.json');

/**
 * `block` was chosen on the cross-validated folds: 0.75 removes more head/tail menu lines with no
 * title lost; 0.7 loses more content lines, 0.6 loses titles. `remove` is selected inside the training
 * pages (selectRemoveThreshold); 0.85 was its fixed value before.
 */
const THRESHOLDS = { remove: 0.85, suspect: 0.7, block: 0.75 } as const;
/** What a score alone may remove at: the grid the selection tries (never under the suspect threshold). */
const LINE_REMOVE_GRID = [0.8, 0.85, 0.9] as const;

/**
 * The line classifier's removal threshold, selected like the span's (train-span.ts): on the real
 * training pages, with each page scored by an inner model that never saw its site (`outOfFold`), the
 * threshold whose removals by score take the most noise characters less CONTENT_CHAR_PRICE per content
 * character wins (ties: the more cautious). The guards that protect a sentence apply as in clean().
 */
export function selectRemoveThreshold(data: readonly PageRows[], outOfFold: readonly (readonly (number | null)[])[]): number {
  const value = LINE_REMOVE_GRID.map(() => 0);
  data.forEach((page, k) => {
    if (!page.real) return;
    LINE_REMOVE_GRID.forEach((threshold, g) => {
      removableByScore(page.work, page.features, outOfFold[k]!, threshold).forEach((gone, i) => {
        if (!gone) return;
        const chars = page.work[i]!.text.length;
        value[g]! += page.labels[i] === 1 ? chars * page.weight : -CONTENT_CHAR_PRICE * chars * page.weight;
      });
    });
  });
  let chosen = LINE_REMOVE_GRID.length - 1;
  for (let g = LINE_REMOVE_GRID.length - 1; g >= 0; g--) if (value[g]! > value[chosen]!) chosen = g;
  return LINE_REMOVE_GRID[chosen]!;
}

export interface PageRows {
  /** A real page (not synthetic): thresholds are selected on real pages only. */
  readonly real: boolean;
  /** How much the page's rows count (our own pages less than a real site's). */
  readonly weight: number;
  readonly work: readonly WorkLine[];
  readonly features: (Float64Array | null)[];
  readonly labels: (number | null)[];
  /**
   * What the line classifier learns from: synthetic prose outside the speech is the span decision's
   * to learn, so the line classifier sees such a page as if those lines were blank (features and
   * labels), its neighbours and regions unchanged by them.
   */
  readonly lineFeatures: (Float64Array | null)[];
  readonly lineLabels: (number | null)[];
}

/**
 * Rows already worked out in this process, by what they depend on: the page's folder, bytes and gold
 * noise and outside-prose lines — never a model. A cross-validation (eval:clean, the corpus test) trains
 * ~20 line models on overlapping pages; each page's rows are now worked out once instead of in each.
 * Keyed by contents rather than by the page object, because syntheticPages() makes its pages anew at
 * every call. Nothing that reads rows modifies them.
 */
const rowsByPage = new Map<string, PageRows>();

/** Features and gold labels (1 = noise) of every non-blank line of a page. */
export function pageRows(page: GoldPage): PageRows {
  const key = `${page.folder}\n${JSON.stringify([page.gold.noise_line_numbers ?? [], page.gold.outside_prose_lines ?? []])}\n${page.bytes.toString('latin1')}`;
  let rows = rowsByPage.get(key);
  if (rows === undefined) rowsByPage.set(key, (rows = pageRowsOf(page)));
  return rows;
}

function pageRowsOf(page: GoldPage): PageRows {
  const text = decode(page.bytes, 1 << 30).text;
  const { work, features } = ruleLines(text);
  const noise = new Set(page.gold.noise_line_numbers ?? []);
  const labels = features.map((f, i) => (f === null ? null : noise.has(i + 1) ? 1 : 0));
  const outside = new Set(page.gold.outside_prose_lines ?? []);
  const lineFeatures = outside.size === 0 ? features : ruleLines(text.split('\n').map((line, i) => (outside.has(i + 1) ? '' : line)).join('\n')).features;
  const lineLabels = lineFeatures.map((f, i) => (f === null ? null : labels[i]!));
  return { real: page.folder !== 'synthetic', weight: page.folder === OWN_FOLDER ? OWN_PAGE_WEIGHT : 1, work, features, labels, lineFeatures, lineLabels };
}


export function trainModel(pages: readonly GoldPage[]): LineModel {
  const data = pages.map(pageRows);
  const lines = trainLines(data);
  // The span decision learns from line scores as they are on pages the line model has not seen (scores
  // on its own training pages are overconfident): out-of-fold scores, by site, inside these pages only.
  const parts = splitFolds(pages.map((page, k) => ({ ...page, k })), SPAN_FOLDS).map((part) => part.map((p) => p.k));
  const outOfFold: (number | null)[][] = data.map(() => []);
  parts.forEach((held, fold) => {
    const inner = trainLines(parts.filter((_, i) => i !== fold).flatMap((part) => part.map((k) => data[k]!)));
    for (const k of held) outOfFold[k] = noiseProbabilities(data[k]!.features, { ...inner, span: EMPTY_SPAN });
  });
  const remove = selectRemoveThreshold(data, outOfFold);
  return { ...lines, thresholds: { ...lines.thresholds, remove }, span: trainSpan(data, outOfFold, selectSpanThresholds(data, outOfFold, parts)) };
}

export function trainLines(data: readonly PageRows[]): Omit<LineModel, 'span'> {
  const rows: Float64Array[] = [];
  const labels: number[] = [];
  const weights: number[] = [];
  for (const page of data) page.lineFeatures.forEach((f, i) => f && (rows.push(f), labels.push(page.lineLabels[i]!), weights.push(page.weight * (page.lineLabels[i] === 1 ? 1 : CONTENT_WEIGHT))));
  const stage1 = round(fitLogistic(rows, labels, { l2: L2, iterations: 30, rowWeights: weights }));

  const rows2: Float64Array[] = [];
  for (const page of data) {
    const context = contextOf(page.lineFeatures, stage1);
    page.lineFeatures.forEach((f, i) => {
      if (!f) return;
      const row = new Float64Array(f.length + CONTEXT_NAMES.length);
      row.set(f);
      row.set(context[i]!, f.length);
      rows2.push(row);
    });
  }
  const stage2 = round(fitLogistic(rows2, labels, { l2: L2, iterations: 30, rowWeights: weights }));
  return { features: [...FEATURE_NAMES], context: [...CONTEXT_NAMES], stage1, stage2, thresholds: { ...THRESHOLDS } };
}

/** The pages the committed model learns from: all gold pages (../shared and our own listed ones) plus the synthetic ones. */
export function trainingPages(): GoldPage[] {
  return [...PAGE_FOLDERS.flatMap((folder) => loadPages(folder)), ...loadOwnPages(), ...syntheticPages()];
}

export function serializeModel(model: LineModel): string {
  return JSON.stringify(model, null, 1) + '\n';
}

if (require.main === module) {
  const pages = trainingPages();
  writeFileSync(MODEL_PATH, serializeModel(trainModel(pages)));
  console.log(`trained on ${pages.length} pages → ${MODEL_PATH}`);
}
