/** Head lines that say the same thing twice (a page title and the speech title): pairs sharing most character bigrams. */
import type { WorkLine } from './lines';

function bigrams(text: string): Set<string> {
  const chars = Array.from(text.replace(/[\s\p{P}\p{S}]/gu, ''));
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** Pairs among the first head lines (at most 20, so this stays constant-time per page) that share most bigrams. */
export function headTwins(work: readonly WorkLine[], present: readonly number[], bodyStart: number): { below: Set<number>; above: Set<number> } {
  const head = present.filter((i) => i <= bodyStart + 1 && work[i]!.text.length <= 80).slice(0, 20);
  const grams = head.map((i) => bigrams(work[i]!.text));
  const below = new Set<number>();
  const above = new Set<number>();
  for (let a = 0; a < head.length; a++) {
    for (let b = a + 1; b < head.length; b++) {
      const ga = grams[a]!;
      const gb = grams[b]!;
      if (ga.size < 3 || gb.size < 3) continue;
      let shared = 0;
      for (const g of ga) if (gb.has(g)) shared++;
      if (shared / Math.min(ga.size, gb.size) >= 0.7) {
        below.add(head[a]!);
        above.add(head[b]!);
      }
    }
  }
  return { below, above };
}
