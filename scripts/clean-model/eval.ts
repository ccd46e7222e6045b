/**
 * `npm run eval:clean`: scores the text core on ../shared/corpus, ../shared/corpus-train and the listed
 * own-pages/ against their gold, with cross-validation by site (the pages of a site are never in both
 * the training and the test fold), and prints the figures per fold and pooled, one table per folder
 * (corpus-train's is the figure).
 * Usage: npm run eval:clean [-- --pages] (per-page lines for every miss) [--committed] (the committed
 * models on every fold: a training fit, not a cross-validated figure) [--committed-title] (the
 * committed title weights on every fold instead of refitting them on the training folds: a training fit)
 */
import { parseSpeech, type ParsedSpeech } from '../../lambdas/pipeline';
import { FOLDS, splitFolds } from './folds';
import { hasPages, loadOwnPages, loadPages, OWN_FOLDER, PAGE_FOLDERS, type GoldPage } from './pages';
import { syntheticPages } from './synthetic';
import { trainModel } from './train';
import { scorePage, summarize, type Figures, type PageScore } from './score';
import type { TitleModel } from '../../lambdas/pipeline/structure/title-features';
import { defaultTitleModel } from '../../lambdas/pipeline/structure/title-model';
import { trainTitleModel } from '../title-model/train';

/** The text core as it would run after training on `training` (the held-out fold never seen). */
export type ParserFactory = (training: readonly GoldPage[]) => (bytes: Uint8Array) => ParsedSpeech;

export const defaultParser: ParserFactory = () => (bytes) => parseSpeech(bytes, { maxBytes: 1 << 30 });

/**
 * The line classifier retrained on the training folds (plus the synthetic pages) for each test fold;
 * the title decision either fixed (`titleModel`, by default the pipeline's) or, with 'learned',
 * refitted on the training folds as that classifier cleans them.
 */
export const trainedParserWith =
  (titleModel: TitleModel | 'learned'): ParserFactory =>
  (training) => {
    const lineModel = trainModel([...training, ...syntheticPages()]);
    const title = titleModel === 'learned' ? trainTitleModel(training, lineModel) : titleModel;
    return (bytes) => parseSpeech(bytes, { maxBytes: 1 << 30, lineModel, titleModel: title });
  };

/** What the pipeline ships, cross-validated: the classifier and the title weights refitted per fold. */
export const trainedParser: ParserFactory = trainedParserWith('learned');

export interface FoldResult {
  readonly fold: number;
  readonly sites: readonly string[];
  readonly scores: readonly PageScore[];
}

/**
 * Cross-validated scores: each fold scored by a parser built from the other folds of all pages.
 * `own` pages (own-pages/) are dealt into folds by site on their own, so adding them leaves the fold of
 * every ../shared page as it was: fold k trains on the other folds of both and tests fold k of both.
 */
export function crossValidate(pages: readonly GoldPage[], factory: ParserFactory, folds = FOLDS, own: readonly GoldPage[] = loadOwnPages()): FoldResult[] {
  const parts = splitFolds(pages, folds);
  const ownParts = splitFolds(own, folds);
  return parts.map((shared, fold) => {
    const training = [...parts, ...ownParts].filter((_, i) => i % folds !== fold).flat();
    const parse = factory(training);
    const test = [...shared, ...ownParts[fold]!];
    return { fold, sites: [...new Set(test.map((p) => p.site))], scores: test.map((p) => scorePage(p, parse)) };
  });
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(6);
const f3 = (x: number): string => x.toFixed(3);

export function figuresRow(label: string, f: Figures): string {
  return `| ${label} | ${f.pages} | ${pct(f.titleAccuracy)} % | ${f3(f.headingPrecision)} / ${f3(f.headingRecall)} / ${f3(f.headingF1)} | ${f3(f.noiseLineRecall)} | ${f3(f.noiseCharRecall)} | ${f.contentLinesRemoved} | ${f.contentCharsLost} (${(f.contentLostShare * 100).toFixed(2)} %, ${f.contentCharsUnlisted} unlisted) |`;
}

export const TABLE_HEAD = '| fold | pages | title | heading P / R / F1 | noise lines | noise chars | content lines removed | content chars lost |\n|---|---|---|---|---|---|---|---|';

function printPages(scores: readonly PageScore[]): void {
  for (const s of scores) {
    const misses: string[] = [];
    if (!s.titleRight) misses.push(`title got ${JSON.stringify(s.title.got)} want ${JSON.stringify(s.title.want)}`);
    if (s.headings.tp !== s.headings.gold || s.headings.tp !== s.headings.predicted) misses.push(`headings ${s.headings.tp}/${s.headings.predicted}/${s.headings.gold}`);
    if (s.noiseLines.missed.length > 0) misses.push(`noise missed ${s.noiseLines.missed.join(',')}`);
    if (s.contentLinesRemoved.length > 0) misses.push(`content removed ${s.contentLinesRemoved.join(',')}`);
    if (s.meta.fromNoise.length > 0) misses.push(`meta from noise ${s.meta.fromNoise.map((m) => JSON.stringify(m)).join(',')}`);
    if (s.contentChars.lost > 0) misses.push(`lost ${s.contentChars.lost} (${s.contentChars.unlisted} unlisted)`);
    if (misses.length > 0) console.log(`  ${s.name}: ${misses.join('; ')}`);
  }
}

export function report(factory: ParserFactory, options: { pages?: boolean } = {}): Map<string, Figures> {
  const pooled = new Map<string, Figures>();
  const shared: GoldPage[] = PAGE_FOLDERS.flatMap((folder) => loadPages(folder));
  const own = loadOwnPages();
  const all = [...shared, ...own];
  const results = crossValidate(shared, factory, FOLDS, own);
  for (const folder of [...PAGE_FOLDERS, OWN_FOLDER]) {
    if (folder === OWN_FOLDER ? own.length === 0 : !hasPages(folder)) {
      console.log(`${folder}: ${folder === OWN_FOLDER ? 'no page listed in own-pages-trained.txt' : 'not found beside the repository'}, skipped`);
      continue;
    }
    console.log(`\n## ${folder} (cross-validated by site, ${FOLDS} folds)\n`);
    console.log(TABLE_HEAD);
    const inFolder = (s: PageScore): boolean => all.find((p) => p.name === s.name)!.folder === folder;
    for (const r of results) console.log(figuresRow(`${r.fold + 1}`, summarize(r.scores.filter(inFolder))));
    const figures = summarize(results.flatMap((r) => r.scores.filter(inFolder)));
    pooled.set(folder, figures);
    console.log(figuresRow('pooled', figures));
    console.log(`\nMeta lines (subtitle, speaker, date) printed: ${figures.metaValues}; drawn from gold noise: ${figures.metaFromNoise}`);
    if (options.pages) printPages(results.flatMap((r) => r.scores.filter(inFolder)));
  }
  return pooled;
}

if (require.main === module) {
  report(process.argv.includes('--committed') ? defaultParser : trainedParserWith(process.argv.includes('--committed-title') ? defaultTitleModel : 'learned'), { pages: process.argv.includes('--pages') });
}
