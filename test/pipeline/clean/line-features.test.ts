/** The shape features of a line as the classifier sees them: each fires on its kind and not on the content it resembles. */
import { describe, expect, it } from 'vitest';
import { FEATURE_NAMES, lineFeatures, type FeatureName } from '../../../lambdas/pipeline/clean/line-features';

const para = (n: number) => `第${n}段内容是关于加强基层治理的思考，我们要坚持问题导向，聚焦群众急难愁盼，切实把各项工作抓实抓细抓到位。`;

/** The value of one feature for every line of a page (null for blank lines). */
function feature(name: FeatureName, lines: readonly string[], bodyStart = 0): (number | null)[] {
  const work = lines.map((text, i) => ({ line: i + 1, text, removed: false }));
  const k = FEATURE_NAMES.indexOf(name);
  return lineFeatures(work, { bodyStart, stopper: -1, suspected: new Set() }).map((f) => (f === null ? null : f[k]!));
}

describe('line features', () => {
  it('webDate: a date as a CMS prints it, not a speech written-out date line', () => {
    const hits = ['2013-10-30', '07.11.2019', '114年01月13日', '2026年02月10日 07时41分', '2024/5/20'];
    const misses = ['（2014年3月5日）', '2023年1月21日', '中華民國84年12月31日', para(1)];
    expect(feature('webDate', [...hits, ...misses])).toEqual([...hits.map(() => 1), ...misses.map(() => 0)]);
  });

  it('fieldValue: the value a page put under a bare field label; not a line after a salutation', () => {
    expect(feature('fieldValue', ['来源：', '四川日报', '责任编辑：', '李莎莎', '同志们：', '大家好'])).toEqual([0, 1, 0, 1, 0, 0]);
  });

  it('hashId: a link key on its own line, not a year or a word', () => {
    expect(feature('hashId', ['e4c29f31c6964493a14c4ddf6b160169:', '20240520', 'Congratulations'])).toEqual([1, 0, 0]);
  });

  it('afterEndMarker: the lines after a tail chrome line near the end; not after one followed by the speech', () => {
    const end = [para(1), para(2), '责任编辑：', '李莎莎', '相关链接>>', '解读政府工作报告', para(3)];
    expect(feature('afterEndMarker', end)).toEqual([0, 0, 0, 1, 1, 1, 1]);
    const middle = [para(1), '相关阅读', para(2), para(3), para(4), para(5)];
    expect(feature('afterEndMarker', middle)).toEqual([0, 0, 0, 0, 0, 0]);
    const header = ['点击上方蓝字关注我们', '在全县教育工作会议上的讲话', para(1), '（完）', '阅读原文'];
    expect(feature('afterEndMarker', header)).toEqual([0, 0, 0, 0, 1]);
  });

  it('speakerLine and recordMeta: a speaker under the title and a meeting record field', () => {
    expect(feature('speakerLine', ['校长 徐扬生', '上海市市长 龚正', '扫一扫 关注我们', para(1)])).toEqual([1, 1, 0, 0]);
    expect(feature('recordMeta', ['時  間 中華民國112年2月24日', '地  點 本院議場', '紀錄: 陳玟佐', '时间就是生命，效率就是金钱。'])).toEqual([1, 1, 1, 0]);
  });
});
