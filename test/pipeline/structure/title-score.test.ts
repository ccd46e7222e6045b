import { describe, expect, it } from 'vitest';
import { isChromeLike } from '../../../lambdas/pipeline/structure/title-score';

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
});
