/**
 * `npx tsx scripts/title-model/inspect.ts [page-prefix…]`: the title decision fold by fold, as
 * `npm run eval:clean` runs it (line classifier and title weights refitted on the other folds). Prints
 * every page the fold gets wrong (or the pages named), its first cleaned lines, and its top candidates
 * with their scores and features, to classify what kind of failure each is.
 */
import { clean } from '../../lambdas/pipeline/clean';
import { decode } from '../../lambdas/pipeline/decode';
import { titleCandidates } from '../../lambdas/pipeline/structure/title-candidates';
import { titleAsPrinted } from '../../lambdas/pipeline/structure/title-text';
import { candidateScore, noTitleRow, TITLE_MODEL_FEATURES } from '../../lambdas/pipeline/structure/title-features';
import { splitFolds } from '../clean-model/folds';
import { loadPages, PAGE_FOLDERS } from '../clean-model/pages';
import { normGold } from '../clean-model/score';
import { syntheticPages } from '../clean-model/synthetic';
import { trainModel } from '../clean-model/train';
import { trainTitleModel } from './train';

const only = process.argv.slice(2);
const pages = PAGE_FOLDERS.flatMap((f) => loadPages(f));
const parts = splitFolds(pages);
parts.forEach((test, fold) => {
  const training = parts.filter((_, i) => i !== fold).flat();
  const lineModel = trainModel([...training, ...syntheticPages()]);
  const tm = trainTitleModel(training, lineModel);
  for (const page of test) {
    if (only.length && !only.some((o) => page.name.startsWith(o))) continue;
    const cleaned = clean(decode(page.bytes, 1 << 30).text, { lineModel });
    const want = page.gold.title === null ? null : normGold(page.gold.title);
    const cands = titleCandidates(cleaned.lines).map((c) => ({ c, s: candidateScore(tm, c.features) })).sort((a, b) => b.s - a.s);
    const got = cands[0] && cands[0].s > candidateScore(tm, noTitleRow()) ? titleAsPrinted(cands[0].c.text).text : null;
    if (only.length === 0 && got === want) continue;
    console.log(`\n=== fold ${fold + 1} ${page.name} want ${JSON.stringify(want)} got ${JSON.stringify(got)} none ${candidateScore(tm, noTitleRow()).toFixed(2)} ${JSON.stringify(tm.setting)}`);
    cleaned.lines.slice(0, 14).forEach((l, i) => console.log(`  ${String(i).padStart(2)} L${l.line} ${l.text.slice(0, 90)}`));
    for (const { c, s } of cands.slice(0, 5)) {
      const on = TITLE_MODEL_FEATURES.filter((_, j) => j > 0 && c.features[j]).join(',');
      console.log(`  cand ${s.toFixed(2)} [${c.index}] ${c.text.slice(0, 50)}  {${on}}`);
    }
  }
});
