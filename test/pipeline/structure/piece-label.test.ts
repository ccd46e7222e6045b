import { describe, expect, it } from 'vitest';
import { decode } from '../../../lambdas/pipeline/decode';
import { clean } from '../../../lambdas/pipeline/clean';
import { structure } from '../../../lambdas/pipeline/structure';
import { isPieceLabel } from '../../../lambdas/pipeline/structure/piece-label';
import type { CleanedText } from '../../../lambdas/pipeline/clean';

const body = '今天，我们在这里召开全县工作会议，主要任务是总结去年工作，安排部署今年任务，动员全县上下奋力拼搏。';

/** The structure stage on lines as the cleaning would hand them over (nothing removed). */
function structured(texts: string[]) {
  const cleaned: CleanedText = { ...clean(''), lines: texts.map((text, i) => ({ text, line: i + 1 })) };
  const document = structure(cleaned);
  return { document, report: cleaned.report, paragraphs: document.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.runs.map((r) => r.text).join('')) };
}

describe('a compilation\'s piece labels', () => {
  it('knows a piece label by its index or count, not a title or a heading', () => {
    for (const t of ['1.微党课党课比赛领导 篇一', '第一篇：党支部书记培训收获与感悟', '第1篇', '篇一', '中秋致辞员工篇二']) expect(isPieceLabel(t), t).toBe(true);
    for (const t of ['第一篇章', '在全县工作会议上的讲话', '一、总体要求', '春季農業生產工作會議講話3篇']) expect(isPieceLabel(t), t).toBe(false);
  });

  it('removes and lists a bare piece label above the chosen title, or one only repeating the page\'s heading: the page\'s numbering', () => {
    const { document, report, paragraphs } = structured(['第1篇', '党支部书记培训教案', '授课：茹万春', body]);
    expect(document.title).toBe('党支部书记培训教案');
    expect(paragraphs).toEqual([body]);
    expect(report.removed).toEqual([{ line: 1, text: '第1篇', reason: 'compilation number' }]);
    const repeated = structured(['党支部书记培训收获与感悟4篇', '第一篇：党支部书记培训收获与感悟', '党支部书记培训教案', '授课：茹万春', body]);
    expect(repeated.document.title).toBe('党支部书记培训教案');
    expect(repeated.report.removed).toContainEqual({ line: 2, text: '第一篇：党支部书记培训收获与感悟', reason: 'compilation number' });
  });

  it('keeps a piece\'s count with its own words (第一篇：我的入党初心, a contents entry) above the chosen title', () => {
    const prose = ['我出生在一个普通的农民家庭，从小就听父亲讲党的故事，心中种下了向党组织靠拢的种子。', '参加工作以后，我始终以一名党员的标准严格要求自己，在平凡的岗位上踏实工作。'];
    const { document, report } = structured(['第二篇：在全县卫生工作会议上的讲话', '第一篇：我的入党初心', ...prose, '在全县卫生工作会议上的讲话', '同志们：', body]);
    expect(document.title).toBe('在全县卫生工作会议上的讲话');
    expect(report.removed.filter((r) => r.reason === 'compilation number')).toEqual([]);
    const printed = document.blocks.map((b) => b.runs.map((r) => r.text).join(''));
    for (const line of ['第二篇：在全县卫生工作会议上的讲话', '第一篇：我的入党初心', ...prose]) expect(printed).toContain(line);
  });

  it('keeps a piece label that is the title (its index taken off) and the next piece\'s label in the body', () => {
    const { document, report, paragraphs } = structured(['中秋致辞员工篇一', '同事们：', body, '中秋致辞员工篇二', '尊敬的各位来宾：', body]);
    expect(document.title).toBe('中秋致辞员工');
    expect(paragraphs).toContain('中秋致辞员工篇二');
    expect(report.removed).toEqual([]);
  });
});
