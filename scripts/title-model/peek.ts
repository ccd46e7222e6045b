/**
 * `npx tsx scripts/title-model/peek.ts file…`: a page's cleaned head and its top title candidates as the
 * committed models score them (scores and features), to see why a page's title is what it is.
 */
import { readFileSync } from 'node:fs';
import { clean } from '../../lambdas/pipeline/clean';
import { decode } from '../../lambdas/pipeline/decode';
import { titleCandidates } from '../../lambdas/pipeline/structure/title-candidates';
import { candidateScore, noTitleRow, TITLE_MODEL_FEATURES } from '../../lambdas/pipeline/structure/title-features';
import { defaultTitleModel } from '../../lambdas/pipeline/structure/title-model';

for (const file of process.argv.slice(2)) {
  const cleaned = clean(decode(readFileSync(file), 1 << 30).text);
  console.log(`\n=== ${file} none ${candidateScore(defaultTitleModel, noTitleRow()).toFixed(2)}`);
  cleaned.lines.slice(0, 14).forEach((l, i) => console.log(`  ${String(i).padStart(2)} L${l.line} ${l.text.slice(0, 90)}`));
  const cands = titleCandidates(cleaned.lines).map((c) => ({ c, s: candidateScore(defaultTitleModel, c.features) })).sort((a, b) => b.s - a.s);
  for (const { c, s } of cands.slice(0, 6)) {
    const on = TITLE_MODEL_FEATURES.filter((_, j) => j > 0 && c.features[j]).join(',');
    console.log(`  cand ${s.toFixed(2)} [${c.index}] ${c.text.slice(0, 50)}  {${on}}`);
  }
}
