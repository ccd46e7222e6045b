import { describe, expect, it } from 'vitest';
import type { GoldPage } from '../../../scripts/clean-model/pages';
import { splitBySeed } from '../../../scripts/title-model/splits';

const pages: GoldPage[] = Array.from({ length: 40 }, (_, i) => ({ folder: 'corpus-train', name: `${i}_s${i % 13}_x`, site: `s${i % 13}`, bytes: Buffer.alloc(0), gold: { title: null } }));

describe('splitBySeed', () => {
  it('keeps every site in one fold, every page in some fold, and deals the same way for the same seed', () => {
    const parts = splitBySeed(pages, 2);
    expect(parts.flat()).toHaveLength(pages.length);
    const folds = new Map<string, Set<number>>();
    parts.forEach((part, k) => part.forEach((p) => folds.set(p.site, (folds.get(p.site) ?? new Set()).add(k))));
    expect(folds.size).toBe(13);
    for (const [site, ks] of folds) expect(ks.size, site).toBe(1);
    expect(splitBySeed(pages, 2)).toEqual(parts);
  });

  it('deals differently for another seed', () => {
    const sites = (seed: number): string[] => splitBySeed(pages, seed).map((part) => [...new Set(part.map((p) => p.site))].sort().join(','));
    expect(sites(1)).not.toEqual(sites(2));
  });
});
