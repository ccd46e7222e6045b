/** Block smoothing in the head: a doubtful line next to a removed one goes with it, a headline stays — a collection's title is no headline. */
import { describe, expect, it } from 'vitest';
import { clean } from '../../../lambdas/pipeline/clean';
import { CONTEXT_NAMES, defaultLineModel, type LineModel } from '../../../lambdas/pipeline/clean/line-classifier';
import { FEATURE_NAMES } from '../../../lambdas/pipeline/clean/line-features';

/** Every head line doubtful (p ≈ 0.79: over the block threshold, under the removal one); no span decision. */
const weights = FEATURE_NAMES.map((name) => (name === 'bias' ? -6 : name === 'head' ? 7.3 : 0));
const headDoubtful: LineModel = {
  ...defaultLineModel,
  stage1: weights,
  stage2: [...weights, ...CONTEXT_NAMES.map(() => 0)],
  thresholds: { remove: 0.85, suspect: 0.7, block: 0.75 },
  span: { ...defaultLineModel.span, thresholds: { ...defaultLineModel.span.thresholds, remove: 1.1, suspect: 1.1, endRemove: 1.1 } },
};

const page = (second: string): string =>
  ['首页 > 文库 > 党课', second, '在全市主题教育动员会上的讲话', '同志们：', '今天我们召开动员会，主要任务是部署主题教育，我讲三点意见。', '一是提高认识。二是突出重点。三是加强领导。', ''].join('\n');

describe('block smoothing above the speech', () => {
  it('takes a collection’s title (汇编, 19篇) next to a removed breadcrumb', () => {
    const cleaned = clean(page('蓝秘书专业系列118(19篇)最新主题教育党课汇编'), { lineModel: headDoubtful });
    expect(cleaned.report.removed.map((r) => r.line)).toContain(2);
    expect(cleaned.lines.map((l) => l.text)).toContain('在全市主题教育动员会上的讲话');
  });

  it('spares a headline there: it may be the title', () => {
    const cleaned = clean(page('奋力谱写现代化建设新篇章'), { lineModel: headDoubtful });
    expect(cleaned.report.removed.map((r) => r.line)).not.toContain(2);
  });
});
