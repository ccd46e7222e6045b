import { describe, expect, it } from 'vitest';
import { selectSpanThresholds, trainSpan } from '../../../scripts/clean-model/train-span';
import { pageRows } from '../../../scripts/clean-model/train';
import { syntheticPages } from '../../../scripts/clean-model/synthetic';

const data = syntheticPages(24).map(pageRows);
/** Line scores that know the gold: noise 0.9, content 0.1. */
const noise = data.map((page) => page.labels.map((y) => (y === null ? null : y === 1 ? 0.9 : 0.1)));
const parts = [0, 1, 2].map((f) => data.map((_, k) => k).filter((k) => k % 3 === f));

describe('the span decision’s training', () => {
  it('learns that a salutation opens a speech and that skipping content-like lines does not', () => {
    const model = trainSpan(data, noise);
    const weight = (name: string): number => model.start[model.features.indexOf(name)]!;
    expect(weight('salutation')).toBeGreaterThan(0);
    expect(weight('skippedContent')).toBeLessThan(0);
  });

  it('selects thresholds on real held-out pages only: with none, the most cautious pair', () => {
    expect(selectSpanThresholds(data, noise, parts)).toEqual({ remove: 0.98, suspect: 0.6, floor: 0.7, endRemove: 0.98, endFloor: 0.7 });
  });
});
