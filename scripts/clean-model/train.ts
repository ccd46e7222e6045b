/**
 * `npm run train:clean`: learns the line classifier's weights from the gold pages (../shared/corpus,
 * ../shared/corpus-train) and the seeded synthetic pages, and writes
 * lambdas/pipeline/clean/line-model.json. Deterministic: same pages, same bytes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleLines } from '../../lambdas/pipeline/clean';
import { CONTEXT_NAMES, contextOf, type LineModel } from '../../lambdas/pipeline/clean/line-classifier';
import { FEATURE_NAMES } from '../../lambdas/pipeline/clean/line-features';
import { decode } from '../../lambdas/pipeline/decode';
import { fitLogistic } from './logistic';
import { loadPages, PAGE_FOLDERS, type GoldPage } from './pages';
import { syntheticPages } from './synthetic';

export const MODEL_PATH = join(__dirname, '..', '..', 'lambdas', 'pipeline', 'clean', 'line-model.json');

/** Keeping a noise line costs 1; removing a content line costs this much more. */
const CONTENT_WEIGHT = 3;
const L2 = 0.5;
/**
 * `block` was chosen on the cross-validated folds: 0.75 removes more head/tail menu lines with no
 * title lost; 0.7 loses more content lines, 0.6 loses titles.
 */
const THRESHOLDS = { remove: 0.85, suspect: 0.7, block: 0.75 } as const;

interface PageRows {
  readonly features: (Float64Array | null)[];
  readonly labels: (number | null)[];
}

/** Features and gold labels (1 = noise) of every non-blank line of a page. */
export function pageRows(page: GoldPage): PageRows {
  const text = decode(page.bytes, 1 << 30).text;
  const { features } = ruleLines(text);
  const noise = new Set(page.gold.noise_line_numbers ?? []);
  return { features, labels: features.map((f, i) => (f === null ? null : noise.has(i + 1) ? 1 : 0)) };
}

const round = (w: readonly number[]): number[] => w.map((x) => Math.round(x * 1e4) / 1e4 + 0);

export function trainModel(pages: readonly GoldPage[]): LineModel {
  const data = pages.map(pageRows);
  const rows: Float64Array[] = [];
  const labels: number[] = [];
  for (const page of data) page.features.forEach((f, i) => f && (rows.push(f), labels.push(page.labels[i]!)));
  const weights = labels.map((y) => (y === 1 ? 1 : CONTENT_WEIGHT));
  const stage1 = round(fitLogistic(rows, labels, { l2: L2, iterations: 30, rowWeights: weights }));

  const rows2: Float64Array[] = [];
  for (const page of data) {
    const context = contextOf(page.features, stage1);
    page.features.forEach((f, i) => {
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

/** The pages the committed model learns from: all gold pages plus the synthetic ones. */
export function trainingPages(): GoldPage[] {
  return [...PAGE_FOLDERS.flatMap((folder) => loadPages(folder)), ...syntheticPages()];
}

export function serializeModel(model: LineModel): string {
  return JSON.stringify(model, null, 1) + '\n';
}

if (require.main === module) {
  const pages = trainingPages();
  writeFileSync(MODEL_PATH, serializeModel(trainModel(pages)));
  console.log(`trained on ${pages.length} pages → ${MODEL_PATH}`);
}
