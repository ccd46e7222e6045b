import { describe, expect, it } from 'vitest';
import { chosen, fitSoftmax, softmaxLoss, type Choice } from '../../../scripts/title-model/softmax';

// Features: [no-title, genre word, chrome]; row 0 of each page is "no title".
const none = [1, 0, 0];
const pages: Choice[] = [
  { rows: [none, [0, 1, 0], [0, 0, 1]], labels: [0, 1, 0] },
  { rows: [none, [0, 0, 1], [0, 1, 0]], labels: [0, 0, 1] },
  { rows: [none, [0, 0, 1]], labels: [1, 0] },
  // The title printed from two lines: either is right.
  { rows: [none, [0, 1, 0], [0, 1, 0], [0, 0, 1]], labels: [0, 1, 1, 0] },
];

describe('softmax over a page readings', () => {
  it('learns to rank the right reading first, "no title" included, and lowers the loss', () => {
    const w = fitSoftmax(pages, { l2: 0.1, iterations: 50 });
    for (const page of pages) expect(page.labels[chosen(page, w)]).toBe(1);
    expect(softmaxLoss(pages, w, 0.1)).toBeLessThan(softmaxLoss(pages, [0, 0, 0], 0.1));
    expect(w[1]).toBeGreaterThan(w[0]!);
    expect(w[0]).toBeGreaterThan(w[2]!);
  });

  it('gives the same weights for the same pages, and ignores pages with nothing to teach', () => {
    const w = fitSoftmax(pages, { l2: 0.1, iterations: 50 });
    expect(fitSoftmax(pages, { l2: 0.1, iterations: 50 })).toEqual(w);
    const useless: Choice = { rows: [none, [0, 1, 0]], labels: [0, 0] };
    expect(fitSoftmax([...pages, useless], { l2: 0.1, iterations: 50 })).toEqual(w);
  });

  it('counts a page by its weight', () => {
    const heavy = fitSoftmax([{ ...pages[2]!, weight: 5 }, ...pages.slice(0, 2)], { l2: 0.1, iterations: 50 });
    const light = fitSoftmax([{ ...pages[2]!, weight: 0.2 }, ...pages.slice(0, 2)], { l2: 0.1, iterations: 50 });
    expect(heavy[0]! - heavy[2]!).toBeGreaterThan(light[0]! - light[2]!);
  });
});
