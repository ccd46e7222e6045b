/**
 * `npm run train:title`: learns the title decision's weights from the gold pages (../shared/corpus,
 * ../shared/corpus-train) and writes lambdas/pipeline/structure/title-model.json. Each candidate the
 * structure stage considers on a page is a row; it is labelled 1 when it prints as the gold title. A
 * plain L2-regularised logistic regression over the candidates (the cleaning classifier's optimizer)
 * fits the weights, then the least score a title needs is set where the most training pages come out
 * right (a fifth of the gold pages have no title, so p ≥ 0.5 would be arbitrary).
 * Deterministic: same pages, same bytes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean, type LineModel } from '../../lambdas/pipeline/clean';
import { decode } from '../../lambdas/pipeline/decode';
import { titleAsPrinted, titleCandidates, titleWithoutCandidate } from '../../lambdas/pipeline/structure/head';
import { candidateScore, TITLE_MODEL_FEATURES, type TitleModel } from '../../lambdas/pipeline/structure/title-features';
import { fitLogistic } from '../clean-model/logistic';
import { loadPages, PAGE_FOLDERS, type GoldPage } from '../clean-model/pages';
import { normGold } from '../clean-model/score';

export const TITLE_MODEL_PATH = join(__dirname, '..', '..', 'lambdas', 'pipeline', 'structure', 'title-model.json');

/** Chosen among 0.03, 0.1, 0.3, 1 and 3 by the cross-validated title figure (docs/structure.md). */
const L2 = 0.3;

/** The candidates of a page as the structure stage sees it (after cleaning with `lineModel`), labelled against the gold title. */
export function candidateRows(page: GoldPage, lineModel?: LineModel): { rows: Float64Array[]; labels: number[]; rightWithout: boolean } {
  const cleaned = clean(decode(page.bytes, 1 << 30).text, { lineModel });
  const want = page.gold.title === null ? null : normGold(page.gold.title);
  const printed = (text: string | null): string | null => (text === null ? null : titleAsPrinted(text).text);
  const candidates = titleCandidates(cleaned.lines);
  return {
    rows: candidates.map((c) => c.features),
    labels: candidates.map((c) => (printed(c.text) === want ? 1 : 0)),
    // What the page gets when no candidate passes: right for a page without a title, or one whose title is glued to its first paragraph.
    rightWithout: printed(titleWithoutCandidate(cleaned.lines)) === want,
  };
}

const round = (w: readonly number[]): number[] => w.map((x) => Math.round(x * 1e4) / 1e4 + 0);

type PageCandidates = ReturnType<typeof candidateRows>;

/**
 * The least score a title needs, chosen where the most training pages come out right: above it a
 * page is right when its best candidate prints as the gold title; below it, when what the page gets
 * without a candidate (no title, or one glued to the first paragraph) does. Thresholds tried lie
 * halfway between the pages' best scores; ties take the lowest.
 */
function fitThreshold(pages: readonly PageCandidates[], weights: readonly number[]): number {
  const score = (x: Float64Array): number => candidateScore({ features: TITLE_MODEL_FEATURES, weights, threshold: 0 }, x);
  const best = pages
    .filter((p) => p.rows.length > 0)
    .map((p) => {
      let top = 0;
      p.rows.forEach((x, i) => score(x) > score(p.rows[top]!) && (top = i));
      return { score: score(p.rows[top]!), right: p.labels[top] === 1, rightWithout: p.rightWithout };
    });
  const levels = [...new Set(best.map((b) => b.score))].sort((a, b) => a - b);
  const tries = [levels[0]! - 1, ...levels.slice(1).map((s, k) => (s + levels[k]!) / 2), levels.at(-1)! + 1];
  let chosen = tries[0]!;
  let most = -1;
  for (const t of tries) {
    const right = best.filter((b) => (b.score >= t ? b.right : b.rightWithout)).length;
    if (right > most) [chosen, most] = [t, right];
  }
  return chosen;
}

export function trainTitleModel(pages: readonly GoldPage[], lineModel?: LineModel): TitleModel {
  const data = pages.map((page) => candidateRows(page, lineModel));
  const weights = round(fitLogistic(data.flatMap((p) => p.rows), data.flatMap((p) => p.labels), { l2: L2, iterations: 30 }));
  return { features: [...TITLE_MODEL_FEATURES], weights, threshold: round([fitThreshold(data, weights)])[0]! };
}

export function titleTrainingPages(): GoldPage[] {
  return PAGE_FOLDERS.flatMap((folder) => loadPages(folder));
}

export function serializeTitleModel(model: TitleModel): string {
  return JSON.stringify(model, null, 1) + '\n';
}

if (require.main === module) {
  const pages = titleTrainingPages();
  writeFileSync(TITLE_MODEL_PATH, serializeTitleModel(trainTitleModel(pages)));
  console.log(`trained on ${pages.length} pages → ${TITLE_MODEL_PATH}`);
}
