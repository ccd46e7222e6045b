import { describe, expect, it } from 'vitest';
import { emptyReport } from '../../../lambdas/pipeline/clean/report';
import type { WorkLine } from '../../../lambdas/pipeline/clean/lines';
import { removeRepeatedPageTitles, removeTitleCopiesInText } from '../../../lambdas/pipeline/clean/title-copies';

const work = (texts: readonly string[]): WorkLine[] => texts.map((text, i) => ({ line: i + 1, text, removed: false }));

/** The head lines removeRepeatedPageTitles removes, given the head and the first line of the body. */
function removedFromHead(head: readonly string[], firstBody?: string): string[] {
  const lines = work(firstBody === undefined ? head : [...head, firstBody]);
  const report = emptyReport();
  removeRepeatedPageTitles(lines.slice(0, head.length), firstBody === undefined ? undefined : lines[head.length], lines.map((w) => w.text), report);
  return report.removed.map((r) => r.text);
}

describe('copies of the title in the head', () => {
  it('removes the earlier of two lines naming the same title once decorations and tags are off', () => {
    expect(removedFromHead(['中秋致辞员工实用', '中秋致辞员工篇一'])).toEqual(['中秋致辞员工实用']);
    expect(removedFromHead(['习近平：在二十届中央政治局常委同中外记者见面时的讲话', '作者：习近平', '在二十届中央政治局常委同中外记者见面时的讲话'])).toEqual(['习近平：在二十届中央政治局常委同中外记者见面时的讲话']);
    expect(removedFromHead(['党支部书记培训收获与感悟4篇', '第一篇: 党支部书记培训收获与感悟'])).toEqual(['党支部书记培训收获与感悟4篇']);
    // The later copy may be the line that opens the body (a tagged title reads as a label line).
    expect(removedFromHead(['喜迎二十大,奋进新征程'], '党课:喜迎二十大,奋进新征程')).toEqual(['喜迎二十大,奋进新征程']);
  });

  it('removes the bulleted copy, a menu item, whichever comes first', () => {
    expect(removedFromHead(['• 2023大学校长开学典礼致辞模板', '2023大学校长开学典礼致辞模板(篇1)'])).toEqual(['• 2023大学校长开学典礼致辞模板']);
    expect(removedFromHead(['立法院第10屆第7會期第1次會議紀錄', '• 立法院第10屆第7會期第1次會議紀錄'])).toEqual(['• 立法院第10屆第7會期第1次會議紀錄']);
  });

  it('removes neither of a news headline and the whole title below it: the headline holds words (a speaker, a place and year) no other line has', () => {
    expect(removedFromHead(['某某某在2024年某某市网络安全宣传周启动仪式上的讲话', '2024-09-09 10:00', '在2024年某某市网络安全宣传周启动仪式上的讲话'])).toEqual([]);
    expect(removedFromHead(['某某市2025年政府工作报告', '发布时间：2025-01-20', '政府工作报告'])).toEqual([]);
    expect(removedFromHead(['县长某某某作政府工作报告', '政府工作报告'])).toEqual([]);
  });

  it('removes a later copy that only lost words in front of the title', () => {
    expect(removedFromHead(['在X省演讲学会第X次会员代表大会上的讲话', 'X省演讲学会第X次会员代表大会上的讲话'])).toEqual(['X省演讲学会第X次会员代表大会上的讲话']);
  });

  it('keeps titles that merely share words, and the decorated page title rule as it was', () => {
    expect(removedFromHead(['在全市经济工作会议上的讲话', '在全市安全生产工作会议上的讲话'])).toEqual([]);
    expect(removedFromHead(['县长在全县工作会议上的讲话稿(精选文档)', '县长在全县工作会议上的讲话'])).toEqual(['县长在全县工作会议上的讲话稿(精选文档)']);
    expect(removedFromHead(['2024年政府工作报告', '奋力谱写新篇章'])).toEqual([]);
  });
});

describe('copies of the title inside the text', () => {
  it('removes a title printed again after the salutation or between paragraphs; the first copy stays', () => {
    const lines = work(['三星级学校验收表态发言稿', '尊敬的各位专家、领导：', '三星级学校验收表态发言稿', '今天，我们在这里迎接三星级学校验收，全校师生倍感振奋。']);
    const report = emptyReport();
    removeTitleCopiesInText(lines, 1, lines.map((w) => w.text), report);
    expect(report.removed).toEqual([{ line: 3, text: '三星级学校验收表态发言稿', reason: 'title repeated' }]);
    expect(lines[0]!.removed).toBe(false);
  });

  it('keeps a line of the speech that the speech says again (a slogan it opens and closes on)', () => {
    const texts = [
      '在五四青年节表彰大会上的讲话',
      '同志们：',
      '今天，我们隆重集会，表彰先进，共庆青年节。',
      '青春由磨砺而出彩人生因奋斗而升华',
      '希望广大青年坚定理想信念，练就过硬本领。',
      '希望广大青年勇于担当作为，在实践中建功立业。',
      '青春由磨砺而出彩人生因奋斗而升华',
      '谢谢大家！',
    ];
    const lines = work(texts);
    const report = emptyReport();
    removeTitleCopiesInText(lines, 1, texts, report);
    expect(report.removed).toEqual([]);
  });

  it('keeps sentences, headings, short lines and lines the first lines never said', () => {
    const texts = ['全面加强安全生产工作', '同志们：', '一、全面加强安全生产工作', '全面加强安全生产工作。', '谢谢大家', '谢谢大家', '第三部分内容很重要'];
    const lines = work(texts);
    const report = emptyReport();
    removeTitleCopiesInText(lines, 1, texts, report);
    expect(report.removed).toEqual([]);
  });
});
