import { describe, expect, it } from 'vitest';
import { isCaption, isChromeLike } from '../../../lambdas/pipeline/structure/title-score';
import { leastCpuMs } from '../../support/cpu-time';

describe('structure/title-score', () => {
  it('screens a title line by its words: never-words always, the others only off a genre ending or not at all', () => {
    expect(isChromeLike('首页 > 讲话稿')).toBe(true);
    expect(isChromeLike('网站地图')).toBe(true);
    // A word a title may use is chrome only on a line not ending like a speech title.
    expect(isChromeLike('在新闻发布会上的讲话')).toBe(false);
    expect(isChromeLike('发布时间 2024年')).toBe(true);
    // Titles use these freely: only the line classifier counts them.
    expect(isChromeLike('全市视频会议讲话提纲')).toBe(false);
  });

  it('reads a photo credit as a caption only with a name: not any line ending in 摄影', () => {
    for (const caption of ['图为会议现场（王某某 摄）', '会议现场（新华社记者 张小明 摄）', '会场一角（摄影：李四）', '记者王大明摄', '圖：行政長官致辭', '图1：升旗仪式', '图 / 张三']) {
      expect(isCaption(caption)).toBe(true);
    }
    expect(isCaption('用镜头记录时代：在全县摄影展上的致辞（摄影）')).toBe(false);
    expect(isCaption('在全县摄影家协会换届大会上的讲话（摄影）')).toBe(false);
    expect(isCaption('用光影定格美好 在全市摄影大赛颁奖典礼上的致辞')).toBe(false);
  });

  it('reads 图 and a run of spaces once: the caption test\'s work grows linearly with the run', () => {
    // CPU time of the best of three at n and 16n, compared (no absolute time): linear is about 16×, the two runs of
    // spaces around an optional figure number it had read the run n² times (about 150× measured).
    const best = (n: number): number => {
      const text = `图${' '.repeat(n)}x`;
      return leastCpuMs(() => isCaption(text));
    };
    best(5_000);
    expect(best(80_000) / Math.max(best(5_000), 0.05)).toBeLessThan(60);
  });
});
