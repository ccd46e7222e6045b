import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../../../lambdas/pipeline';
import { defaultLineModel } from '../../../lambdas/pipeline/clean/line-classifier';
import { END_FEATURE_NAMES, endCandidates, MAX_END } from '../../../lambdas/pipeline/clean/speech-end';

const para = (n: number) => `第${n}段，我们要坚持问题导向，聚焦群众急难愁盼，切实把各项工作抓实抓细抓到位，推动工作再上新台阶。`;
const work = (lines: string[]) => lines.map((text, i) => ({ line: i + 1, text, removed: false }));
const feature = (f: Float64Array, name: (typeof END_FEATURE_NAMES)[number]) => f[END_FEATURE_NAMES.indexOf(name)];

describe('where the speech ends (span model)', () => {
  it('has one committed weight per end feature', () => {
    expect(defaultLineModel.span.endFeatures).toEqual([...END_FEATURE_NAMES]);
    expect(defaultLineModel.span.end).toHaveLength(END_FEATURE_NAMES.length);
  });

  it('weighs only the last few prose lines, bottom first', () => {
    const lines = work([...Array.from({ length: 3000 }, (_, i) => para(i)), '网站地图']);
    const candidates = endCandidates(lines, lines.map(() => 0.1));
    expect(candidates).toHaveLength(MAX_END);
    expect(candidates[0]!.index).toBe(2999);
  });

  it('sees a closing formula and what choosing a candidate would cut', () => {
    const [remark, closing] = endCandidates(work([para(1), '最后，祝大家工作顺利！谢谢大家！', '这篇内容既符合您的需求，又保持了一定的独特性，希望能满足您的期待。']), [0, 0, 0.2]);
    expect(feature(closing!.features, 'closing')).toBe(1);
    expect(feature(remark!.features, 'closing')).toBe(0);
    expect(feature(closing!.features, 'skippedContent')).toBeCloseTo(0.8 / 3, 6);
  });

  it('lists a chatbot’s leftover remark after the closing as below the speech (removed or suspected)', () => {
    const page = ['在全县安全生产工作会议上的讲话', '同志们：', para(1), para(2), '最后，祝愿大家前程似锦，一切顺利！谢谢大家！', '这篇内容既符合您的需求，又保持了一定的独特性，希望能满足您的期待。'];
    const { cleaned } = parseSpeech(Buffer.from(page.join('\n'), 'utf8'));
    const listed = [...cleaned.report.removed, ...cleaned.report.suspected].find((r) => r.line === 6);
    expect(listed?.reason).toMatch(/below the speech \(span model\)/);
  });
});
