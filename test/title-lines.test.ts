import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balanceTitleLines, widthsBefore } from '../lambdas/pipeline/render/title-lines';
import { displayWidth } from '../lambdas/pipeline/text/width';
import { leastCpuMs } from './support/cpu-time';

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

  it('prefers the title’s own pause (comma, dash) when the lines stay balanced', () => {
    expect(balanceTitleLines('凝心聚力谋发展，真抓实干开新局——在全县经济工作会议上的讲话', 20)).toEqual([
      '凝心聚力谋发展，真抓实干开新局——',
      '在全县经济工作会议上的讲话',
    ]);
  });

  it('keeps noun compounds whole and breaks before 在/关于/同/暨, after 的, between subject and verb (jieba words and tags)', () => {
    expect(balanceTitleLines('关于进一步加强党组织书记队伍建设的实施意见', 20)).toEqual(['关于进一步加强', '党组织书记队伍建设的实施意见']);
    expect(balanceTitleLines('在二十届中央政治局常委同中外记者见面时的讲话', 20)).toEqual(['在二十届中央政治局常委', '同中外记者见面时的讲话']);
    expect(balanceTitleLines('在全区防汛抗旱暨安全生产消防工作会议上的讲话', 20)).toEqual(['在全区防汛抗旱', '暨安全生产消防工作会议上的讲话']);
    expect(balanceTitleLines('在全市党组织书记抓基层党建工作述职评议会议上的讲话', 20)).toEqual([
      '在全市党组织书记抓基层党建工作',
      '述职评议会议上的讲话',
    ]);
    expect(balanceTitleLines('市委书记在全市安全生产和森林防灭火工作会议上的讲话', 20)).toEqual([
      '市委书记在全市安全生产和',
      '森林防灭火工作会议上的讲话',
    ]);
  });

  it('balances rather than leave a 4/19 split at a colon', () => {
    expect(balanceTitleLines('专题党课：从党史中汲取智慧和力量全力推进乡村振兴', 20)).toEqual([
      '专题党课：从党史中',
      '汲取智慧和力量全力推进乡村振兴',
    ]);
  });

  it('does not break inside brackets when it can break outside', () => {
    expect(balanceTitleLines('《追加撥款（2016-2017年度）條例草案》二讀發言的補充說明', 20)).toEqual([
      '《追加撥款（2016-2017年度）條例草案》',
      '二讀發言的補充說明',
    ]);
  });

  it('gives the Traditional edition the same breaks as the Simplified one', () => {
    const pairs = [
      ['在教育系统全面从严治党和党风廉政建设工作会议上的讲话', '在教育系統全面從嚴治黨和黨風廉政建設工作會議上的講話'],
      ['关于进一步加强党组织书记队伍建设的实施意见', '關於進一步加強黨組織書記隊伍建設的實施意見'],
      ['以优异成绩迎接党的二十大胜利召开——在全市组织工作会议上的讲话', '以優異成績迎接黨的二十大勝利召開——在全市組織工作會議上的講話'],
    ];
    for (const [hans, hant] of pairs) {
      const lengths = (title: string): number[] => balanceTitleLines(title, 20).map((line) => [...line].length);
      expect(lengths(hant!)).toEqual(lengths(hans!));
    }
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
        // balanced: on two lines of Han, the shorter holds at least a third of the longer
        if (lines.length === 2 && /^[\p{Script=Han}]+$/u.test(title)) {
          const [a, b] = lines.map(displayWidth) as [number, number];
          expect(Math.min(a, b)).toBeGreaterThanOrEqual(Math.max(a, b) / 3);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('widthsBefore (the prefix widths bestSplit measures lines with)', () => {
  it("gives displayWidth of every slice between character boundaries, astral characters and lone surrogates included", () => {
    const piece = fc.constantFrom('在', '会议', '，', '“', 'A', '2023', ' ', '\u3000', '𠀀', '——', '…', '\uD800', '\uDC00', 'é');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const text = pieces.join('');
        const before = widthsBefore(text);
        const boundaries = [0];
        for (const char of text) boundaries.push(boundaries.at(-1)! + char.length);
        for (const i of boundaries) for (const j of boundaries) if (i <= j) expect(before[j]! - before[i]!).toBe(displayWidth(text.slice(i, j)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('balanceTitleLines on a long text', () => {
  it('still gives lines that fit and join back to the text (14 lines of a 368-character heading)', () => {
    const text = '一、坚持加强党对教育工作的全面领导，推动教育系统党的建设迈出新步伐，全面提高人才自主培养质量'.repeat(8);
    const lines = balanceTitleLines(text, 27);
    expect(lines.join('')).toBe(text);
    expect(lines.length).toBe(Math.ceil(displayWidth(text) / 27));
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(27);
  });
});

describe('balanceTitleLines past a title’s length', () => {
  const HAN = '在全市秋季学期工作部署会议上的讲话关于进一步加强基层治理能力建设';
  const longText = (chars: number): string => HAN.repeat(Math.ceil(chars / HAN.length)).slice(0, chars);

  it('fills a block longer than MAX_BALANCED_LINES line by line: each line within the width, nothing lost', () => {
    const text = longText(500);
    const lines = balanceTitleLines(text, 28);
    expect(lines.join('')).toBe(text);
    expect(lines.length).toBe(Math.ceil(500 / 28));
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(28);
  });

  it('still balances a title of a few lines', () => {
    const lines = balanceTitleLines(longText(60), 28);
    expect(lines).toHaveLength(3);
    // Balanced (by meaning, so not to the cell): no line is a short remainder of full ones.
    expect(Math.min(...lines.map(displayWidth))).toBeGreaterThanOrEqual(14);
  });

  it('takes linear time on a 20,000-character block (work ratio between n and 4n; it took two minutes)', () => {
    const work = (chars: number): number => {
      const text = longText(chars);
      return leastCpuMs(() => balanceTitleLines(text, 28), 1);
    };
    work(5000); // warm up
    let ratio = Infinity;
    for (let attempt = 0; attempt < 3 && ratio >= 8; attempt += 1) {
      const small = Math.min(work(5000), work(5000));
      const large = Math.min(work(20000), work(20000));
      ratio = Math.min(ratio, large / Math.max(small, 0.5));
    }
    expect(ratio).toBeLessThan(8);
  });
});
