import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balanceTitleLines } from '../lambdas/pipeline/render/title-lines';
import { displayWidth } from '../lambdas/pipeline/text/width';

const CLOSING = '，。、：；！？）》”…—';

describe('balanceTitleLines', () => {
  it('keeps a title that fits on one line', () => {
    expect(balanceTitleLines('在全市秋季学期工作部署会议上的讲话', 20)).toEqual(['在全市秋季学期工作部署会议上的讲话']);
  });

  it('breaks at phrase joints rather than inside words ICU cannot segment (党|风廉政)', () => {
    expect(balanceTitleLines('在教育系统全面从严治党和党风廉政建设工作会议上的讲话', 20)).toEqual([
      '在教育系统全面从严治党和',
      '党风廉政建设工作会议上的讲话',
    ]);
    expect(balanceTitleLines('在全市深入学习贯彻党的二十届三中全会精神暨推动高质量发展动员大会上的讲话', 20)).toEqual([
      '在全市深入学习贯彻党的二十届三中全会精神',
      '暨推动高质量发展动员大会上的讲话',
    ]);
  });

  it('prefers the title’s own pause (comma, colon, dash) over a slightly better balance', () => {
    expect(balanceTitleLines('凝心聚力谋发展，真抓实干开新局——在全县经济工作会议上的讲话', 20)).toEqual([
      '凝心聚力谋发展，真抓实干开新局——',
      '在全县经济工作会议上的讲话',
    ]);
    expect(balanceTitleLines('专题党课：从党史中汲取智慧和力量全力推进乡村振兴', 20)).toEqual([
      '专题党课：',
      '从党史中汲取智慧和力量全力推进乡村振兴',
    ]);
  });

  it('never loses text, never overflows, never starts a line with closing punctuation, never cuts a number', () => {
    const hanzi = fc.constantFrom(...'在全市会议上的讲话工作部署推动高质量发展深入学习贯彻精神年度总结'.split(''), '，', '、', '2024', 'XXXX');
    fc.assert(
      fc.property(fc.array(hanzi, { minLength: 1, maxLength: 70 }), (parts) => {
        const title = parts.join('');
        const lines = balanceTitleLines(title, 20);
        expect(lines.join('')).toBe(title);
        for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(20);
        for (const line of lines.slice(1)) expect(CLOSING).not.toContain(line[0]);
        // a number or Latin word is never cut in two
        for (let i = 1; i < lines.length; i++) expect(/[0-9A-Z]$/.test(lines[i - 1]!) && /^[0-9A-Z]/.test(lines[i]!)).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});
