import { describe, expect, it } from 'vitest';
import { headlineAbove, isHeadline, keepsAsTitle } from '../../../lambdas/pipeline/clean/speech-headline';

const work = (lines: string[]) => lines.map((text, i) => ({ line: i + 1, text, removed: false }));

describe('what reads as a headline (a title candidate the span decision may keep against the scores)', () => {
  it.each([
    ['在全县安全生产工作会议上的讲话', true],
    ['党课：从党史中汲取智慧和力量', true],
    ['专题党课：从党史中汲取智慧和力量', false], // a chrome word (专题): its score decides, as for any line
    ['總統接見鳳凰獎楷模 盼共同打造更全方位、更具韌性的防救災體系', true],
    ['熱烈慶祝建校六十週年', true], // a headline by shape alone: its score decides (below)
    ['跳轉到指定樓層', false], // a chrome word (跳轉)
    ['国务院新闻办公室举行新闻发布会', false], // chrome words
    ['在国务院新闻发布会上的讲话', true], // named like a speech
    ['市委书记在全市工作会议上强调', true],
    ['114年01月13日', false], // a date alone
    ['2024年5月20日', false],
    ['论文部分内容阅读', false], // chrome words
    ['打印本页 关闭窗口', false],
    ['沿著菊島旅行-澎湖自助旅行論壇', false], // a page title's site part
    ['市长新年致辞_某某范文网', false],
    ['发布时间：2022-12-09', false],
    ['首页 | 新闻中心', false],
  ])('%s → %s', (text, expected) => {
    expect(isHeadline(text)).toBe(expected);
  });

  it('is not kept as the title when the line classifier is sure it is chrome, unless named like a speech', () => {
    expect(keepsAsTitle('熱烈慶祝建校六十週年', 0.97, 0.85)).toBe(false);
    expect(keepsAsTitle('熱烈慶祝建校六十週年', 0.5, 0.85)).toBe(true);
    expect(keepsAsTitle('第十六屆嘉義縣長就職典禮', 0.9, 0.85)).toBe(true);
  });

  it('looks past a sure chrome line for the nearest headline above the start', () => {
    const lines = work(['在全县安全生产工作会议上的讲话', '跳轉到指定樓層', '同志们：']);
    expect(headlineAbove(lines, 2, [0.1, 0.97, 0], 0.85)).toBe(0);
  });
});
