import { describe, expect, it } from 'vitest';
import { OWN_FOLDER, OWN_PAGE_WEIGHT } from '../../../scripts/clean-model/pages';
import { pageRows } from '../../../scripts/clean-model/train';
import { syntheticPage } from '../../../scripts/clean-model/synthetic';

describe('a page’s training rows, worked out once per process', () => {
  it('are the same for the same page made anew, and follow its gold and folder, not only its text', () => {
    const page = syntheticPage(7);
    const rows = pageRows(page);
    expect(pageRows(syntheticPage(7))).toBe(rows);
    const noise = page.gold.noise_line_numbers ?? [];
    expect(noise.length).toBeGreaterThan(1);
    const relabelled = pageRows({ ...page, gold: { ...page.gold, noise_line_numbers: noise.slice(1) } });
    expect(relabelled.labels[noise[0]! - 1]).toBe(0);
    expect(rows.labels[noise[0]! - 1]).toBe(1);
    expect(pageRows({ ...page, folder: OWN_FOLDER }).weight).toBe(OWN_PAGE_WEIGHT);
    expect(rows.weight).toBe(1);
  });
});
