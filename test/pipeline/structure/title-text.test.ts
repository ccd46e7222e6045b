import { describe, expect, it } from 'vitest';
import { stripTitleDecoration, titleAsPrinted } from '../../../lambdas/pipeline/structure/title-text';
import { leastCpuMs } from '../../support/cpu-time';

describe('structure/title-text: titleAsPrinted', () => {
  it('keeps the name before a bar unless it is a column or chrome name, or stands so on another line', () => {
    for (const title of ['奋斗｜青春的答卷', '奮鬥｜青春的答卷', '党课｜学习贯彻二十大精神', '青年说｜我的青春我的梦', 'AI｜人工智能时代的教育', '2024｜奋斗正当时']) {
      expect(titleAsPrinted(title)).toEqual({ text: title, removed: [] });
    }
    expect(titleAsPrinted('微党课｜做群众的贴心人').text).toBe('做群众的贴心人');
    expect(titleAsPrinted('新闻 | 在全县工作会议上的讲话').text).toBe('在全县工作会议上的讲话');
    expect(titleAsPrinted('青年说｜我的青春我的梦', ['青年说 | 往期回顾']).text).toBe('我的青春我的梦');
    // The name inside another word on that line is not the name standing with its bar.
    expect(titleAsPrinted('青年说｜我的青春我的梦', ['五四青年说｜往期']).text).toBe('青年说｜我的青春我的梦');
  });

  it('keeps a piece label with words after it (the piece\'s own heading, as piece-label.ts reads it)', () => {
    expect(titleAsPrinted('第一篇：我的入党初心').text).toBe('第一篇：我的入党初心');
    expect(titleAsPrinted('篇一：坚定理想信念').text).toBe('篇一：坚定理想信念');
  });

  it('reads a long run of spaces in linear work (its decoration patterns are tried only on a title\'s length)', () => {
    // CPU time of the best of three at n and 4n, compared (no absolute time): linear is about 4×; the suffix
    // patterns tried at each space had made it about 60× (cubic).
    const best = (n: number): number => {
      const text = `图${' '.repeat(n)}x`;
      return leastCpuMs(() => stripTitleDecoration(text));
    };
    best(250);
    expect(best(1_000) / Math.max(best(250), 1)).toBeLessThan(20);
    expect(stripTitleDecoration(`${'在全县工作会议上的讲话'.repeat(10)} 篇1`).removed).toEqual([]);
  });
});
