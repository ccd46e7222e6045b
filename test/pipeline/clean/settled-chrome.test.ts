import { describe, expect, it } from 'vitest';
import type { WorkLine } from '../../../lambdas/pipeline/clean/lines';
import { emptyReport } from '../../../lambdas/pipeline/clean/report';
import { removeSettledChrome } from '../../../lambdas/pipeline/clean/settled-chrome';

const work = (texts: readonly string[]): WorkLine[] => texts.map((text, i) => ({ line: i + 1, text, removed: false }));

/** The lines removeSettledChrome removes, with line 1 already removed as a breadcrumb. */
function removedUnderBreadcrumb(texts: readonly string[]): string[] {
  const lines = work(texts);
  const report = emptyReport();
  lines[0]!.removed = true;
  report.removed.push({ line: 1, text: texts[0]!, reason: 'breadcrumb' });
  removeSettledChrome(lines, texts, report);
  return report.removed.slice(1).map((r) => r.text);
}

describe('settled chrome, after the learned decision', () => {
  it("removes a breadcrumb's last item printed again as the column's name, not the page's title", () => {
    expect(removedUnderBreadcrumb(['当前位置:首页 > 新闻中心 > 香江动态', '', '香江动态', '翟美卿总裁2023年新春致辞'])).toEqual(['香江动态']);
    expect(removedUnderBreadcrumb(['当前位置:主页 > 旅游 > 潮州市市长新春献词', '', '潮州市市长新春献词'])).toEqual([]);
    expect(removedUnderBreadcrumb(['当前位置:首页 > 新闻中心 > 香江动态', '翟美卿总裁2023年新春致辞', '香江动态'])).toEqual([]);
  });

  it('removes the rows of SETTLED_CHROME wherever they stand and keeps the speech', () => {
    const texts = ['欢迎来到010在线作文网!', '毕业典礼校长致辞', '第1篇', '同学们：', '图片', '今天，我们在这里隆重举行毕业典礼。', '``'];
    const lines = work(texts);
    const report = emptyReport();
    removeSettledChrome(lines, texts, report);
    expect(report.removed.map((r) => [r.text, r.reason])).toEqual([
      ['欢迎来到010在线作文网!', 'site name'],
      ['第1篇', 'compilation number'],
      ['图片', 'photo caption'],
      ['``', 'trailing page junk'],
    ]);
  });
});
