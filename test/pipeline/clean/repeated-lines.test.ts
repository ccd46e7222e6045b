/** A line the page prints three times or more: not protected as a sentence, and one verdict for every copy. */
import { describe, expect, it } from 'vitest';
import { clean } from '../../../lambdas/pipeline/clean';
import { CONTEXT_NAMES, defaultLineModel, type LineModel } from '../../../lambdas/pipeline/clean/line-classifier';
import { FEATURE_NAMES } from '../../../lambdas/pipeline/clean/line-features';

/** Scores a line printed three times high only among the page's first lines: the first copy is sure, the others are not. */
const weights = FEATURE_NAMES.map((name) => (name === 'bias' ? -6 : name === 'repeatedOften' ? 3 : name === 'firstLines' ? 6 : 0));
const firstCopySure: LineModel = {
  ...defaultLineModel,
  stage1: weights,
  stage2: [...weights, ...CONTEXT_NAMES.map(() => 0)],
  thresholds: { remove: 0.85, suspect: 0.7, block: 0.75 },
};

const para = (n: number) => `第${n}段：我们要坚持问题导向，聚焦群众急难愁盼，切实把各项工作抓实抓细抓到位。`;

describe('a line printed three times or more', () => {
  it.each([
    ['a running head', '某某区委党校　专题党课讲稿选编'],
    ['a decorated page title with a comma, read as prose', '关于毕业典礼精彩致辞7篇，奋进乘风破浪'],
  ])('%s goes with every copy when the score is sure of one', (_, line) => {
    const page = [line, '同志们：', para(1), line, para(2), para(3), line, para(4), ''].join('\n');
    const cleaned = clean(page, { lineModel: firstCopySure });
    expect(cleaned.report.removed.filter((r) => r.text === line).map((r) => r.line)).toEqual([1, 4, 7]);
    expect(cleaned.lines.map((l) => l.text).join('')).toContain(para(4));
  });

  it('stays when the score is sure of none', () => {
    const line = '某某区委党校　专题党课讲稿选编';
    const page = ['同志们：', para(1), para(2), line, para(3), line, para(4), line, para(5), ''].join('\n');
    const cleaned = clean(page, { lineModel: firstCopySure });
    expect(cleaned.report.removed.filter((r) => r.text === line)).toEqual([]);
  });

  it('keeps a refrain the speech says between its paragraphs when the footer prints it too', () => {
    const refrain = '不忘初心，牢记使命。';
    const page = ['在全市主题教育动员部署会上的讲话', '同志们：', para(1), refrain, para(2), refrain, para(3), '谢谢大家！', '责任编辑：王五', refrain, '版权所有：某某市人民政府办公室', ''].join('\n');
    const cleaned = clean(page);
    expect(cleaned.lines.filter((l) => l.text === refrain)).toHaveLength(2);
  });
});
