import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../../../lambdas/pipeline';

const opening = '在这辞旧迎新的美好时刻，我谨代表市委、市政府，向全市人民致以节日的问候和美好的祝福！';
const second = '过去一年，我们坚持稳中求进工作总基调，经济社会发展取得了新的成绩，人民生活持续改善。';
const third = '新的一年，我们要坚定信心、迎难而上，奋力谱写高质量发展的新篇章，不负人民的期待。';

const parse = (lines: string[]) => parseSpeech(Buffer.from(lines.join('\n'), 'utf8'));
const textOf = (r: ReturnType<typeof parse>): string => r.document.blocks.map((b) => b.runs.map((x) => x.text).join('')).join('\n');

describe('a page summary copying the start of the text', () => {
  it('removes a truncated copy above the opening paragraph, listed, and keeps the paragraph', () => {
    const r = parse(['新春贺词', opening.slice(0, 40) + '…', '', opening, '', second, '', third]);
    expect(r.cleaned.report.removed.map((x) => [x.line, x.reason])).toContainEqual([2, 'truncated copy of a longer line']);
    expect(textOf(r)).toContain(opening);
  });

  it('removes a summary that runs on past the first paragraph into the next', () => {
    const r = parse(['新春贺词', opening + second.slice(0, 20), '', opening, '', second, '', third]);
    expect(r.cleaned.report.removed.map((x) => x.line)).toContain(2);
    expect(textOf(r)).toContain(opening);
    expect(textOf(r)).toContain(second);
  });

  it('keeps a paragraph that a line further up merely starts like (only the copy above goes)', () => {
    const r = parse(['新春贺词', opening, '', opening + second, '', third]);
    expect(r.cleaned.report.removed.map((x) => x.line)).toContain(2);
    const late = parse(['新春贺词', opening + second, '', opening, '', third]);
    expect(late.cleaned.report.removed.map((x) => x.line)).not.toContain(4);
  });

  it('removes the opening printed again after an end-of-article marker, not a paragraph that merely repeats before it', () => {
    const salutation = '各位代表：';
    const page = ['政府工作报告', salutation, opening, '', second, '', third, '责任编辑：', '李莎莎', '打印本页', '政府工作报告', salutation + opening];
    const r = parse(page);
    expect(r.cleaned.report.removed.filter((x) => x.reason === 'truncated copy of a longer line').map((x) => x.line)).toEqual([12]);
    expect(textOf(r)).toContain(opening);
    // Without the marker the repeated paragraph at the end is the speech's (a refrain): kept.
    const refrain = parse(['政府工作报告', salutation, opening, '', second, '', third, '', salutation + opening]);
    expect(refrain.cleaned.report.removed.map((x) => x.reason)).not.toContain('truncated copy of a longer line');
  });

  it('leaves short lines alone: a heading that starts its paragraph is not a copy', () => {
    const r = parse(['讲话', '一、坚持稳中求进', '一、坚持稳中求进，' + second, '', third]);
    expect(r.cleaned.report.removed.map((x) => x.reason)).not.toContain('truncated copy of a longer line');
  });
});
