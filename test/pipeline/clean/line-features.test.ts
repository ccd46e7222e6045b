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
  it('threadMeta: a thread\'s floors, reply buttons and post stamps; not a speech\'s sentence about replies', () => {
    const hits = ['来自Android客户端1楼2023-06-21 20:14', '回复', '回复(2)', '沙发', '板凳', '6楼2023-06-22 08:15', '2019-11-21 08:12[回复]', '回复 支持 反对', '初级粉丝 3', '积分 388', '研发部老陈 当前离线', '博主回复：'];
    const misses = ['同志们，对群众的留言要及时回复，件件有着落。', '支持企业发展', '一楼大厅', para(1)];
    expect(feature('threadMeta', [...hits, ...misses])).toEqual([...hits.map(() => 1), ...misses.map(() => 0)]);
  });

  it('threadAbove and threadBelow: a thread\'s line within three lines on that side', () => {
    const page = [para(1), '3楼2023-06-21 20:42', '回复', '一只路过的猫', '看完眼眶湿了，明年就轮到我了', '4楼2023-06-21 21:03', para(2), para(3), para(4), para(5)];
    expect(feature('threadAbove', page)).toEqual([0, 0, 1, 1, 1, 1, 1, 1, 1, 0]);
    expect(feature('threadBelow', page)).toEqual([1, 1, 1, 1, 1, 0, 0, 0, 0, 0]);
  });

  it('pieceLabel: a compilation\'s bare piece label; not a piece\'s heading, a bracketed year or a numbered heading', () => {
    const hits = ['第1篇', '第 3 篇：', '篇一', '  【毕业典礼校长致辞一】'];
    const misses = ['第一篇：我的入党初心', '【2023】', '【一】', '一、提高政治站位', '篇章', para(1)];
    expect(feature('pieceLabel', [...hits, ...misses])).toEqual([...hits.map(() => 1), ...misses.map(() => 0)]);
  });

  it('siteTitle: a page title naming its site, or a forum engine\'s credit; not prose with a dash', () => {
    const hits = ['某某大学吧-百度贴吧', '某某文库 - 海量文档免费下载', '7月微党课讲稿_微党课稿件17篇', '某某科技员工之家 - Powered by Discuz!'];
    const misses = ['在全县安全生产工作会议上的讲话', '——在全市经济工作会议上', '2024-05-20', para(1)];
    expect(feature('siteTitle', [...hits, ...misses])).toEqual([...hits.map(() => 1), ...misses.map(() => 0)]);
  });

  it('tocEntry: a contents line with dot leaders and a page; not a sentence with an ellipsis or a number', () => {
    const hits = ['开幕式致辞（某某某）……………………………………1', '大会主旨报告摘要........5', '关于印发若干措施的通知……………… 18'];
    const misses = ['我们要继续努力……', '今年完成投资12亿元，增长8', '三、加强组织领导'];
    expect(feature('tocEntry', [...hits, ...misses])).toEqual([...hits.map(() => 1), ...misses.map(() => 0)]);
  });

  it('chromeWords: counts the one chrome-word table\'s words a speech does not say, not those it does (欢迎, 查看)', () => {
    const [menu, welcome, shared] = feature('chromeWords', ['当前位置：首页 > 手机版', '欢迎各位来宾查看现场', '分享到微信']);
    expect(menu).toBeGreaterThan(0);
    expect(welcome).toBe(0);
    expect(shared).toBeGreaterThan(0);
  });

  it('caption: a picture\'s caption, not a sentence about photographs', () => {
    expect(feature('caption', ['▲ 开学典礼现场（摄影：某某）', '图｜纪念大会现场', '我们要拍好每一张照片，记录发展变化。'])).toEqual([1, 1, 0]);
  });

  it('repeatedShape: a running head repeated with its page number changed; not a repeated number or paragraph', () => {
    const page = [para(1), '某某市人民政府公报 2024年第2期 — 3 —', para(2), '2', para(3), '某某市人民政府公报 2024年第2期 — 4 —', para(4), '2'];
    expect(feature('repeatedShape', page)).toEqual([0, 1, 0, 0, 0, 1, 0, 0]);
  });

  it('afterClosing: lines after the closing beyond its signature and date grow towards 1', () => {
    const page = [para(1), para(2), para(3), '谢谢大家！', '某某市市长 某某', '2024年3月1日', '评论', '说得真好', '返回顶部', '网站地图', '联系我们', '版权所有'];
    expect(feature('afterClosing', page)).toEqual([0, 0, 0, 0, 0, 0, 0.25, 0.5, 0.75, 1, 1, 1]);
  });

  it('afterClosing: a closing that prose follows is no end (谢谢主持人！ at the top of a speech)', () => {
    const page = ['在2024年发展论坛上的致辞', '谢谢主持人！', '尊敬的各位来宾，女士们、先生们：', para(1), para(2), para(3), para(4), '最后，我用三句话与大家共勉：', '心中有党', '心中有民', '心中有责'];
    expect(feature('afterClosing', page)).toEqual(page.map(() => 0));
  });
});
