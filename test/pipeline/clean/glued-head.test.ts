import { describe, expect, it } from 'vitest';
import { clean } from '../../../lambdas/pipeline/clean';
import { gluedHeadContent, splitGluedHead } from '../../../lambdas/pipeline/clean/glued-head';
import { emptyReport } from '../../../lambdas/pipeline/clean/report';

/** Head lines with chrome glued before the title or the salutation: [line, chrome, rest]. */
const HITS: readonly (readonly [string, string, string])[] = [
  ['首页 > 政务公开 > 领导讲话 【打印】在全县安全生产工作会议上的讲话', '首页 > 政务公开 > 领导讲话 【打印】', '在全县安全生产工作会议上的讲话'],
  ['首页 > 学院新闻 > 院长在2024届毕业典礼上的讲话', '首页 > 学院新闻 > ', '院长在2024届毕业典礼上的讲话'],
  ['发布时间：2024-06-28\u3000作者：党政办\u3000来源：本站\u3000浏览量：2154\u3000亲爱的同学们，老师们：', '发布时间：2024-06-28\u3000作者：党政办\u3000来源：本站\u3000浏览量：2154\u3000', '亲爱的同学们，老师们：'],
  ['来源：市政府办公室 同志们：', '来源：市政府办公室 ', '同志们：'],
  ['[转载]初三（2）班家长会班主任发言稿', '[转载]', '初三（2）班家长会班主任发言稿'], // a tag opening the line
  ['【五四特辑】在全市纪念五四运动大会上的讲话', '【五四特辑】', '在全市纪念五四运动大会上的讲话'],
];

/** Lines that keep what they have: no speech's part at the end, or none after a real boundary. */
const MISSES: readonly string[] = [
  '首页 > 政务公开 > 领导讲话', // a column's name is no title (under 8 Han characters)
  '《追加撥款(2016-2017 年度)條例草案》二讀發言', // the space sits inside the brackets: a title, not chrome and a title
  '您现在的位置:首页   》 学生天地  》 国旗下的演讲', // a breadcrumb: its last items are no speech on their own
  '相关阅读：市长在全市经济工作会议上的讲话 | 更多', // the rest holds a separator
  '市长在全市经济工作会议上的讲话', // no boundary
  // ASCII brackets typed for 《》 and 〔〕 inside the title: their closer ends a pair, not a separator
  '在学习‹习近平谈治国理政>第四卷座谈会上的讲话',
  '在贯彻市委[2024]1号文件精神宣讲会上的讲话',
  '在学习<中国共产党纪律处分条例>专题辅导会上的讲话',
];

describe('gluedHeadContent', () => {
  it.each(HITS)('splits %s', (line, chrome, rest) => {
    expect(gluedHeadContent(line)).toEqual({ chrome, rest });
  });

  it.each(MISSES)('leaves %s', (line) => {
    expect(gluedHeadContent(line)?.chrome ?? '').toBe('');
  });

  it('splits nothing off when what precedes the title shows no chrome', () => {
    expect(gluedHeadContent('某某市市长 在全市经济工作会议上的讲话')).toEqual({ chrome: '', rest: '在全市经济工作会议上的讲话' });
  });
});

describe('clean: chrome glued before the title and the salutation', () => {
  const page = [
    '某某职业技术学院 首页 学院概况 机构设置 招生就业 学院新闻',
    '首页 > 学院新闻 > 院长在2024届毕业典礼上的讲话',
    '发布时间：2024-06-28\u3000作者：党政办\u3000来源：本站\u3000浏览量：2154\u3000亲爱的2024届毕业生同学们，老师们，家长朋友们：',
    '今天是一个值得纪念的日子。三千一百多名同学顺利完成学业，即将离开母校，踏上新的征程。',
    '谢谢大家！',
  ].join('\n');

  it('keeps the title and the salutation and lists the chrome as fragments', () => {
    const { lines, report } = clean(page);
    const texts = lines.map((l) => l.text);
    expect(texts).toContain('院长在2024届毕业典礼上的讲话');
    expect(texts).toContain('亲爱的2024届毕业生同学们，老师们，家长朋友们：');
    expect(report.removedFragments.filter((f) => f.reason === 'page chrome glued to the text').map((f) => f.line)).toEqual([2, 3]);
    expect(report.removed.map((r) => r.line)).not.toContain(2);
    expect(report.removed.map((r) => r.line)).not.toContain(3);
  });

  it('splits nothing below the line that opens the speech', () => {
    const below = `同志们：\n今天我们召开会议，主要任务是总结工作、部署任务。\n来源：市政府办公室 同志们：`;
    expect(clean(below).report.removedFragments.filter((f) => f.reason === 'page chrome glued to the text')).toEqual([]);
  });
});

describe('splitGluedHead: a post stamp after the title', () => {
  function split(lines: readonly string[]): { texts: string[]; fragments: string[] } {
    const work = lines.map((text, i) => ({ line: i + 1, text, removed: false }));
    const report = emptyReport();
    splitGluedHead(work, report);
    return { texts: work.map((w) => w.text), fragments: report.removedFragments.map((f) => f.text) };
  }

  it('takes the stamp and the tag before the title, past a stamp line with 203,117 in it', () => {
    const got = split(['博客等级：8 博客积分：612 博客访问：203,117 关注人气：356', '[转载]初三（2）班家长会班主任发言稿 (2019-11-20 21:33:12)', '各位家长：']);
    expect(got.texts[1]).toBe('初三（2）班家长会班主任发言稿');
    expect(got.fragments).toEqual(['[转载]', ' (2019-11-20 21:33:12)']);
  });

  it('takes a stamp alone after a title, and keeps what stands before a title with no chrome sign', () => {
    expect(split(['在退休欢送座谈会上的发言 (2021-12-31 16:05:47)']).texts).toEqual(['在退休欢送座谈会上的发言']);
    expect(split(['某某市市长 在全市经济工作会议上的讲话 (2021-12-31 16:05:47)']).texts).toEqual(['某某市市长 在全市经济工作会议上的讲话']);
  });

  it('leaves a stamp after a line that is no title', () => {
    expect(split(['某某老师的博客 (2021-12-31 16:05:47)']).fragments).toEqual([]);
  });
});

describe('gluedHeadContent: what stands before a title that is the speech’s own', () => {
  // Words a title may carry (阅读, 新闻) are the title's first half here, and 星期 inside a phrase is no
  // today-widget's (text/chrome-words.ts: only words no title uses count, as whole words).
  it.each([
    ['阅读经典 涵养品格——在全市读书月启动仪式上的讲话'],
    ['星期一的坚守 在全市劳动模范表彰大会上的讲话'],
    ['新闻发言人 在全市经济工作会议上的讲话'],
  ])('keeps the first half of the two-part title %s', (line) => {
    expect(gluedHeadContent(line)?.chrome ?? '').toBe('');
    expect(clean(`${line}\n同志们：\n今天我们召开会议，主要任务是总结工作、部署任务。`).lines.map((l) => l.text).join('\n')).toContain(line);
  });

  it('still takes a toolbar and a today-widget before the title', () => {
    expect(gluedHeadContent('打印 关闭 在全市经济工作会议上的讲话')?.chrome).toBe('打印 关闭 ');
    expect(gluedHeadContent('星期五 在全市经济工作会议上的讲话')?.chrome).toBe('星期五 ');
  });

  // A name or a role and a colon is a speaker label: the speech's text.
  it.each([['习近平： 在全市经济工作会议上的讲话'], ['主持人： 尊敬的各位领导、各位来宾：']])('keeps the speaker label of %s', (line) => {
    expect(gluedHeadContent(line)?.chrome ?? '').toBe('');
    const report = emptyReport();
    const work = [{ line: 1, text: line, removed: false }];
    splitGluedHead(work, report);
    expect(work[0]!.text).toBe(line);
    expect(report.removedFragments).toEqual([]);
  });

  it('still takes a field label with its value', () => {
    expect(gluedHeadContent('来源：市政府办公室 同志们：')?.chrome).toBe('来源：市政府办公室 ');
  });
});

describe('splitGluedHead: the meeting’s own date and time after the title', () => {
  it('keeps an on-the-hour or half-hour time (text/publish-stamp.ts: the meeting’s time)', () => {
    const line = '在全市经济工作会议上的讲话（2024-01-05 09:30）';
    const report = emptyReport();
    const work = [{ line: 1, text: line, removed: false }];
    splitGluedHead(work, report);
    expect(work[0]!.text).toBe(line);
    expect(report.removedFragments).toEqual([]);
  });
});
