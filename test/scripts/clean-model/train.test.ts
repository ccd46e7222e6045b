import { describe, expect, it } from 'vitest';
import { OWN_FOLDER, OWN_PAGE_WEIGHT } from '../../../scripts/clean-model/pages';
import { pageRows, selectRemoveThreshold } from '../../../scripts/clean-model/train';
import { syntheticPage, syntheticPages } from '../../../scripts/clean-model/synthetic';

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

const synthetic = syntheticPages(12).map(pageRows);
/** The same pages taken as real ones (the selection reads real pages only). */
const real = synthetic.map((page) => ({ ...page, real: true }));
/** Line scores that put every line, noise or content, at `content` and `noise`. */
const scores = (pages: typeof real, noise: number, content: number) => pages.map((page) => page.labels.map((y) => (y === null ? null : y === 1 ? noise : content)));

describe('the line classifier’s removal threshold, selected on held-out scores', () => {
  it('with no real page, keeps the most cautious one', () => {
    expect(selectRemoveThreshold(synthetic, scores(synthetic, 0.99, 0.01))).toBe(0.9);
  });

  it('goes as low as the grid allows when only noise scores there', () => {
    expect(selectRemoveThreshold(real, scores(real, 0.82, 0.01))).toBe(0.8);
  });

  it('stays cautious when content scores there too: a content character costs more than a noise one gains', () => {
    expect(selectRemoveThreshold(real, scores(real, 0.82, 0.82))).toBe(0.9);
  });
});
