import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balanceTitleLines, displayWidth } from '../lambdas/pipeline/render/docx/title-lines';

const CLOSING = '，。、：；！？）》”…—';

describe('balanceTitleLines', () => {
  it('keeps a title that fits on one line', () => {
    expect(balanceTitleLines('在全市秋季学期工作部署会议上的讲话', 20)).toEqual(['在全市秋季学期工作部署会议上的讲话']);
  });

  it('splits a long title into near-equal lines at word boundaries', () => {
    const lines = balanceTitleLines('在全市深入学习贯彻党的二十届三中全会精神暨推动高质量发展动员大会上的讲话', 20);
    expect(lines).toHaveLength(2);
    expect(Math.abs(displayWidth(lines[0]!) - displayWidth(lines[1]!))).toBeLessThanOrEqual(2);
    // 词意完整: no word is cut in two
    expect(lines.map((l) => l.at(-1))).not.toContain('高');
  });

  it('prefers to break after a comma when that is about as balanced', () => {
    expect(balanceTitleLines('凝心聚力谋发展，真抓实干开新局——在全县经济工作会议上的讲话', 20)).toEqual([
      '凝心聚力谋发展，真抓实干开新局——',
      '在全县经济工作会议上的讲话',
    ]);
  });

  it('never loses text, never overflows and never starts a line with closing punctuation', () => {
    const hanzi = fc.constantFrom(...'在全市会议上的讲话工作部署推动高质量发展深入学习贯彻精神年度总结'.split(''), '，', '、', '2024');
    fc.assert(
      fc.property(fc.array(hanzi, { minLength: 1, maxLength: 70 }), (parts) => {
        const title = parts.join('');
        const lines = balanceTitleLines(title, 20);
        expect(lines.join('')).toBe(title);
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(20);
        for (const line of lines.slice(1)) expect(CLOSING).not.toContain(line[0]);
      }),
      { numRuns: 200 },
    );
  });
});
