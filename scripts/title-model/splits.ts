/**
 * `npx tsx scripts/title-model/splits.ts [n]`: the title figure of `npm run eval:clean` over n other
 * ways of dealing the sites into 5 folds (seeded shuffles; the eval deals them in sorted order). One
 * split's figure can be luck — which sites happen to share a fold — so a title decision that holds on
 * unseen sites should hold on every split. Per split: pages right of corpus-train's 88, and of corpus's 11.
 */
import { FOLDS } from '../clean-model/folds';
import { loadOwnPages, loadPages, PAGE_FOLDERS, type GoldPage } from '../clean-model/pages';
import { scorePage } from '../clean-model/score';
import { trainedParser } from '../clean-model/eval';

/** A deterministic shuffle (mulberry32). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let a = seed >>> 0;
  const random = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export function splitBySeed(pages: readonly GoldPage[], seed: number, folds = FOLDS): GoldPage[][] {
  const sites = shuffled([...new Set(pages.map((p) => p.site))].sort(), seed);
  const fold = new Map(sites.map((site, i) => [site, i % folds]));
  const out: GoldPage[][] = Array.from({ length: folds }, () => []);
  for (const page of pages) out[fold.get(page.site)!]!.push(page);
  return out;
}

if (require.main === module) {
  const n = Number(process.argv[2] ?? 3);
  const pages = PAGE_FOLDERS.flatMap((folder) => loadPages(folder));
  for (let seed = 1; seed <= n; seed++) {
    const parts = splitBySeed(pages, seed);
    const right = new Map<string, number>();
    const misses: string[] = [];
    const own = loadOwnPages();
    parts.forEach((test, k) => {
      // Our own pages (own-pages/) train every fold and are never scored here: the counts stay those of ../shared.
      const parse = trainedParser([...parts.filter((_, i) => i !== k).flat(), ...own]);
      for (const page of test) {
        const s = scorePage(page, parse);
        if (s.titleRight) right.set(page.folder, (right.get(page.folder) ?? 0) + 1);
        else misses.push(page.name.split('_')[0]!);
      }
    });
    const of = (folder: string): string => `${right.get(folder) ?? 0}/${pages.filter((p) => p.folder === folder).length}`;
    console.log(`split ${seed}: corpus-train ${of('corpus-train')}, corpus ${of('corpus')}; missed ${misses.join(' ') || 'none'}`);
  }
}
