/**
 * Scores the structure stage on a folder of labelled pages (raw/ + expected/, corpus-train's gold format)
 * with the committed models, as a user would run it: title right, heading P/R/F1 (level + text), meta
 * lines printed and those drawn from a gold noise line or fragment, and, per page, every miss (the title
 * got and wanted, each heading printed but not in the gold and each gold heading not printed, each meta
 * line from noise). For pages no model was fitted on: `own-pages/` until it is listed as training data
 * (scripts/clean-model/own-pages-trained.txt). Never point it at holdout/ while working on the code.
 * Usage: npx tsx scripts/structure-eval/folder.ts [folder, default own-pages] [--pages]
 */
import { resolve } from 'node:path';
import { parseSpeech } from '../../lambdas/pipeline';
import { outlineOf } from '../../lambdas/pipeline/manifest';
import { loadPages } from '../clean-model/pages';
import { normGold, scorePage, summarize } from '../clean-model/score';

const repoRoot = resolve(__dirname, '..', '..');
const folder = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'own-pages';
if (/holdout/.test(folder)) throw new Error('holdout/ is the untouched test set: score it with npm run eval:holdout only');
const pages = loadPages(folder, repoRoot);
const parse = (bytes: Uint8Array) => parseSpeech(bytes, { maxBytes: 1 << 30 });
const scores = pages.map((page) => scorePage(page, parse));
const f = summarize(scores);
const metaValues = scores.reduce((n, s) => n + s.meta.values, 0);
const metaNoise = scores.flatMap((s) => s.meta.fromNoise);
console.log(`${folder}: ${pages.length} pages, committed models`);
console.log(`title ${scores.filter((s) => s.titleRight).length}/${scores.length} (${(f.titleAccuracy * 100).toFixed(1)} %)`);
console.log(`headings P ${f.headingPrecision.toFixed(3)} R ${f.headingRecall.toFixed(3)} F1 ${f.headingF1.toFixed(3)}`);
console.log(`meta lines printed ${metaValues}, drawn from gold noise ${metaNoise.length}`);
if (process.argv.includes('--pages')) {
  pages.forEach((page, i) => {
    const s = scores[i]!;
    const notes: string[] = [];
    if (!s.titleRight) notes.push(`title got ${JSON.stringify(s.title.got)} want ${JSON.stringify(s.title.want)}`);
    if (s.headings.tp !== s.headings.gold || s.headings.tp !== s.headings.predicted) {
      const gold = (page.gold.headings ?? []).filter((h) => h.kind !== 'toc').map((h) => `${h.level}|${normGold(h.text_nfkc ?? h.text)}`);
      let printed: string[] = [];
      try {
        printed = outlineOf(parse(page.bytes).document).map((h) => `${h.level}|${normGold(h.text)}`);
      } catch {
        // rejected: nothing printed
      }
      notes.push(`headings ${s.headings.tp}/${s.headings.predicted}/${s.headings.gold}`);
      for (const p of printed.filter((p) => !gold.includes(p))) notes.push(`  printed, not gold: ${p}`);
      for (const g of gold.filter((g) => !printed.includes(g))) notes.push(`  gold, not printed: ${g}`);
    }
    for (const m of s.meta.fromNoise) notes.push(`meta from noise: ${m}`);
    if (notes.length > 0) console.log(`  ${s.name}\n${notes.map((n) => `    ${n}`).join('\n')}`);
  });
}
