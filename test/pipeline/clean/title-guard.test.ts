import { describe, expect, it } from 'vitest';
import { clean } from '../../../lambdas/pipeline/clean';
import { guardedAsTitle } from '../../../lambdas/pipeline/clean/title-guard';
import { defaultLineModel } from '../../../lambdas/pipeline/clean/line-classifier';
import { END_FEATURE_NAMES } from '../../../lambdas/pipeline/clean/speech-end';
import { TOP_FEATURE_NAMES } from '../../../lambdas/pipeline/clean/speech-first-line';
import { START_FEATURE_NAMES } from '../../../lambdas/pipeline/clean/speech-start';

/** A span decision sure that the speech starts at its salutation and that nothing above it is the speech's. */
const sureNothingAbove = {
  ...defaultLineModel,
  span: {
    ...defaultLineModel.span,
    start: START_FEATURE_NAMES.map((name) => (name === 'salutation' ? 20 : 0)),
    top: TOP_FEATURE_NAMES.map((name) => (name === 'isStart' ? 20 : 0)),
    end: END_FEATURE_NAMES.map(() => 0),
    thresholds: { ...defaultLineModel.span.thresholds, remove: 0.5, floor: 0 },
  },
};

const page = (title: string): string =>
  [title, '同志们、朋友们：', '伴随着新年的钟声，我们送走了极不平凡的一年，迎来了充满期待的新一年。', '新年伊始，万象更新。新的一年里，我们将紧紧抓住重大战略机遇。', ''].join('\n');

describe('the title guard', () => {
  it.each([
    ['在全县安全生产工作会议上的讲话', true],
    ['在国务院新闻发布会上的讲话', true], // 新闻 is a word titles use
    ['在全民阅读活动上的致辞', true],
    ['在“一带一路”高峰论坛上的演讲', true],
    ['在2024中国-东盟博览会开幕式上的致辞', true], // one hyphen inside a name
    ['市长新年致辞_某某范文网', false],
    ['范文之家-免费范文大全-工作总结-心得体会-讲话稿', false], // a site name set off by hyphens
    ['当前位置：范文屋 > 演讲稿 > 开学典礼讲话', false], // a breadcrumb's separators
    ['范文屋 - 免费范文大全｜演讲稿｜讲话稿｜工作总结', false],
    ['· 2024年初中开学第一课校长讲话稿', false], // a list's bullet
    ['附件下载：2024年某某县政府工作报告.pdf', false], // a chrome word no title uses
    ['熱門：工作總結 心得體會 講話稿 演講稿 致辭', false],
    ['在北斗卫星导航产业发展大会上的致辞', true], // 导航 inside a word is the title's, not a menu's
    ['在全国政府网站无障碍建设推进会上的讲话', true],
  ])('%s → guarded %s', (text, guarded) => {
    expect(guardedAsTitle(text)).toBe(guarded);
  });

  it('keeps a head line named like a speech whatever removed it, a piece index after the name allowed', () => {
    for (const title of ['2016市长新年致辞范文一', '在全县安全生产工作会议上的讲话（篇2）', '2026年政府工作报告']) {
      const cleaned = clean(page(title), { lineModel: sureNothingAbove });
      expect(cleaned.lines[0]!.text).toBe(title);
      expect(cleaned.report.removed).toEqual([]);
    }
  });

  it('lets a site’s category label named like a genre (发言稿) go', () => {
    const cleaned = clean(page('发言稿'), { lineModel: sureNothingAbove });
    expect(cleaned.report.removed.map((r) => r.text)).toEqual(['发言稿']);
  });

  it('keeps a slogan title whose next line is a subtitle naming the speech, and only that', () => {
    const slogan = (head: string[]): string => page(head.join('\n'));
    const kept = clean(slogan(['首页 > 领导讲话', '奋力谱写现代化建设新篇章', '——在全市经济工作会议上的讲话']), { lineModel: sureNothingAbove });
    expect(kept.lines.map((l) => l.text)).toContain('奋力谱写现代化建设新篇章');
    expect(kept.report.removed.map((r) => r.text)).not.toContain('奋力谱写现代化建设新篇章');
    // A subtitle that names no speech, or a banner two lines above the subtitle, guards nothing.
    const banner = clean(slogan(['喜迎二十大 奋进新征程', '奋力谱写现代化建设新篇章', '——在全市经济工作会议上的讲话']), { lineModel: sureNothingAbove });
    expect(banner.report.removed.map((r) => r.text)).toContain('喜迎二十大 奋进新征程');
    const noGenre = clean(slogan(['奋力谱写现代化建设新篇章', '——记全市经济工作会议']), { lineModel: sureNothingAbove });
    expect(noGenre.report.removed.map((r) => r.text)).toContain('奋力谱写现代化建设新篇章');
  });
});
