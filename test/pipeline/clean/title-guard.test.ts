import { describe, expect, it } from 'vitest';
import { clean } from '../../../lambdas/pipeline/clean';
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
