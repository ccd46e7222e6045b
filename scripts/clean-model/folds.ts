/**
 * Cross-validation folds by site: every page of a site lands in the same fold, so a figure for a
 * fold says how the text core does on sites it was not trained on. Sites are dealt round-robin in
 * sorted order, which is deterministic and spreads the big portals.
 */
import type { GoldPage } from './pages';

export const FOLDS = 5;

export function foldOfSite(pages: readonly GoldPage[], folds = FOLDS): Map<string, number> {
  const sites = [...new Set(pages.map((p) => p.site))].sort();
  return new Map(sites.map((site, i) => [site, i % folds]));
}

export function splitFolds<P extends GoldPage>(pages: readonly P[], folds = FOLDS): P[][] {
  const fold = foldOfSite(pages, folds);
  const out: P[][] = Array.from({ length: folds }, () => []);
  for (const page of pages) out[fold.get(page.site)!]!.push(page);
  return out;
}
