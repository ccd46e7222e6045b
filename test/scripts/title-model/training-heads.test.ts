import { describe, expect, it } from 'vitest';
import { trainingHead, trainingHeads, TRAINING_HEADS } from '../../../scripts/title-model/training-heads';
import { syntheticHeads } from '../../../scripts/title-model/synthetic-heads';

describe('training heads (the title decision\'s seeded pages)', () => {
  const pages = trainingHeads();

  it('are the same pages from the same seed', () => {
    expect(trainingHead(51001).bytes.equals(trainingHead(51001).bytes)).toBe(true);
    expect(pages).toHaveLength(TRAINING_HEADS);
  });

  it('print every gold title as a line of its own, under a headline, a portal copy or a caption where the kind has one', () => {
    for (const page of pages) {
      const lines = page.bytes.toString('utf8').split('\n');
      expect(page.gold.title === null || lines.includes(page.gold.title), page.name).toBe(true);
    }
    const text = pages.map((p) => p.bytes.toString('utf8')).join('\n');
    expect(text).toMatch(/强调|隆重举行|政府工作报告\n政府工作报告/);
    expect(text).toMatch(/团课讲稿|讲话稿/);
    expect(text).toMatch(/^(?:圖|图)[：为]/m);
  });

  it('share no page with the synthetic heads the title decision is checked on', () => {
    const check = new Set(syntheticHeads(300, 7001).map((p) => p.bytes.toString('utf8')));
    expect(pages.some((p) => check.has(p.bytes.toString('utf8')))).toBe(false);
  });
});
