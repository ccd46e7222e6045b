import { describe, expect, it } from 'vitest';
import { defaultLineModel } from '../../../lambdas/pipeline/clean/line-classifier';
import { decideSpan } from '../../../lambdas/pipeline/clean/span-decision';
import { END_FEATURE_NAMES } from '../../../lambdas/pipeline/clean/speech-end';
import { TOP_FEATURE_NAMES } from '../../../lambdas/pipeline/clean/speech-first-line';
import { START_FEATURE_NAMES } from '../../../lambdas/pipeline/clean/speech-start';

const para = '今天，我们在这里召开会议，主要任务是总结工作、分析形势、部署任务，推动各项工作再上新台阶。';
const work = (lines: string[]) => lines.map((text, i) => ({ line: i + 1, text, removed: false }));
/** A decision that is sure: the salutation opens the speech, the headline is its first line. */
const sure = {
  ...defaultLineModel.span,
  start: START_FEATURE_NAMES.map((name) => (name === 'salutation' ? 20 : 0)),
  top: TOP_FEATURE_NAMES.map((name) => (name === 'headline' ? 20 : 0)),
  end: END_FEATURE_NAMES.map((name) => (name === 'closing' ? 20 : 0)),
  // Fixed here: the committed ones are selected by training and move with every refit.
  thresholds: { remove: 0.9, suspect: 0.6, floor: 0.5, endRemove: 0.98, endFloor: 0.7 },
};

describe('what the span decision does to the lines', () => {
  it('removes lines above the speech’s first line that score at least the floor, suspects the rest, keeps the first line', () => {
    const lines = work(['首页 | 新闻', '欢迎', '在全县安全生产工作会议上的讲话', '同志们：', para]);
    const span = decideSpan(lines, [0.9, 0.3, 0.95, 0, 0], sure);
    expect([...span.remove]).toEqual([0]);
    expect([...span.above].sort()).toEqual([0, 1]);
    expect([...span.keep]).toEqual([2]);
  });

  it('never puts a salutation or a heading above the speech', () => {
    const lines = work(['一、总体要求', '各位代表：', '在全县安全生产工作会议上的讲话', '同志们：', para]);
    const span = decideSpan(lines, [0.9, 0.9, 0, 0, 0], sure);
    expect(span.remove.has(0) || span.remove.has(1)).toBe(false);
  });

  it('removes nothing when unsure, and suspects nothing under the suspect threshold', () => {
    const unsure = { ...sure, start: START_FEATURE_NAMES.map(() => 0), top: TOP_FEATURE_NAMES.map(() => 0), end: END_FEATURE_NAMES.map(() => 0) };
    const lines = work(['首页 | 新闻', '在全县安全生产工作会议上的讲话', '同志们：', para]);
    const span = decideSpan(lines, [0.9, 0, 0, 0], unsure);
    expect(span.remove.size).toBe(0);
    expect(span.above.size).toBe(0);
  });

  it('puts prose after the closing paragraph below the speech, with the lines there scoring at least the floor; a signature is not even listed', () => {
    const remark = '这篇内容既符合您的需求，又保持了一定的独特性，希望能满足您的期待。';
    const lines = work(['同志们：', para, '最后，祝大家工作顺利！谢谢大家！', '县安全生产委员会', remark, '扫码关注']);
    const span = decideSpan(lines, [0, 0, 0, 0.1, 0.2, 0.95], sure);
    expect([...span.below].sort()).toEqual([4, 5]);
    expect([...span.remove].sort()).toEqual([4, 5]);
  });

  it('never removes nor lists a head line named like a speech above the first line (a title candidate)', () => {
    const lines = work(['首页 | 新闻', '2016市长新年致辞范文一', '在全县安全生产工作会议上的讲话', '同志们：', para]);
    const span = decideSpan(lines, [0.9, 0.9, 0.95, 0, 0], sure);
    expect([...span.remove]).toEqual([0]);
    expect([...span.above]).toEqual([0]);
  });

  it('does not put a paragraph in another language after the last Chinese one below the speech (a bilingual speech)', () => {
    const english = 'Dear graduates, you had barely finished your first year when the pandemic came, and you kept going.';
    const lines = work(['同志们：', para, '最后，祝大家工作顺利！谢谢大家！', english]);
    const span = decideSpan(lines, [0, 0, 0, 0.9], sure);
    expect(span.below.has(3)).toBe(false);
    expect(span.remove.has(3)).toBe(false);
  });
});
