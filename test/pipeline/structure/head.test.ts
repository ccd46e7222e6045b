import { describe, expect, it } from 'vitest';
import type { CleanLine } from '../../../lambdas/pipeline/clean';
import type { LineReport } from '../../../lambdas/pipeline/clean/report';
import { readHead } from '../../../lambdas/pipeline/structure/head';
import { stripTitleDecoration } from '../../../lambdas/pipeline/structure/title-text';

const body = '今天，我们在这里召开全县工作会议，主要任务是总结去年工作，安排部署今年任务，动员全县上下奋力拼搏。';
const lines = (...texts: string[]): CleanLine[] => texts.map((text, i) => ({ text, line: i + 1 }));

function head(...texts: string[]) {
  const removed: LineReport[] = [];
  const h = readHead(lines(...texts), removed);
  return { ...h, removed };
}

describe('title chosen among scored candidates', () => {
  it('passes over menus, toolbars and skip links above the speech title', () => {
    expect(head('跳到主要內容', '首页 | 新闻 | 政务', '打印', '院長施政報告', '同志们：', body).title).toBe('院長施政報告');
    expect(head('手机版', '看看新闻APP', '云南要闻', '2026年政府工作报告', body).title).toBe('2026年政府工作报告');
  });

  it('keeps titles that use words of chrome (发布会, 阅读, 论坛, 欢迎)', () => {
    for (const title of ['在新闻发布会上的讲话', '在全民阅读活动启动仪式上的致辞', '在2024年金融论坛上的演讲', '在新生欢迎会上的讲话']) {
      expect(head('首页 | 新闻', title, '同志们：', body).title).toBe(title);
    }
    expect(head('分享到微信', '阅读次数', '在全县工作会议上的讲话', body).title).toBe('在全县工作会议上的讲话');
  });

  it('takes a title without a genre word when the salutation or a subtitle follows it', () => {
    expect(head('网站首页|学校概况|学生天地', '爱校荣校，创文明校园', '尊敬的老师，亲爱的同学们：', body).title).toBe('爱校荣校，创文明校园');
    expect(head('深化改革 突破创新', '2014-03-14 来源：记者站', '——在全市教育工作会议上的报告', body).title).toBe('深化改革 突破创新');
    expect(head('关于基层治理的几点思考', '县委书记 王建国', body).title).toBe('关于基层治理的几点思考');
    expect(head('关于基层治理的几点思考', '一、提高认识', body).title).toBe('关于基层治理的几点思考');
  });

  it('prefers the document copy to a page title advertising a compilation', () => {
    const h = head('作开幕式领导讲话致辞5篇', '开幕式领导讲话致辞（1）', '各位来宾：', body);
    expect(h.title).toBe('开幕式领导讲话致辞');
    expect(h.removed).toEqual([{ line: 2, text: '（1）', reason: 'decoration of a page title' }]);
  });

  it('is not misled by an SEO intro or a page title that repeat the title', () => {
    const seo = '讲话稿是为了说明观点和看法而写的文稿。下面是我们精心收集的在全省安全生产工作会议上的讲话，希望对大家有所帮助。';
    expect(head('在全省安全生产工作会议上的讲话模板', '办人民满意的教育', seo, '在全省安全生产工作会议上的讲话', '首页 > 领导讲话', '同志们：', body).title).toBe('在全省安全生产工作会议上的讲话');
    expect(head('在全市经济工作会议上的总结讲话实用', '在全市经济工作会议上的总结讲话范文', '在全市经济工作会议上的总结讲话', '同志们：', body).title).toBe('在全市经济工作会议上的总结讲话');
  });

  it('keeps one copy of a title that a page title and the document copy repeat on one line', () => {
    const h = head('办公室开展“争创”活动动员会讲话办公室开展“争创”活动动员会讲话', '同志们：', body);
    expect(h.title).toBe('办公室开展“争创”活动动员会讲话');
    expect(h.removed).toEqual([{ line: 1, text: '办公室开展“争创”活动动员会讲话', reason: 'title repeated' }]);
  });

  it('finds no title when the page shows none', () => {
    expect(head('同志们：', body).title).toBeNull();
    expect(head('- 2021-05-07 发布 |', '- 37.5 KB |', body).title).toBeNull();
    expect(head(body, '2009年工作回顾', body).title).toBeNull();
  });

  it('rejoins a title split over two lines, but not a column name above a title', () => {
    expect(head('政府工作报', '告', '——2017年3月5日在第十二届全国人民代表大会第五次会议上', body).title).toBe('政府工作报告');
    expect(head('云南要闻', '2026年政府工作报告', body).title).toBe('2026年政府工作报告');
  });

  it('splits the title off a first paragraph it was glued to, under a decorated page title', () => {
    const h = head('学校七一党课：初心易得 始终难守9500字', `七一党课：初心易得 始终难守${body}`);
    expect(h.title).toBe('七一党课：初心易得 始终难守');
    expect(h.rest?.text).toBe(body);
    const repaired = head('学校七一党课：初心易得 始终难守9500字', `七一党课：初心易得始终难守${body}`);
    expect([repaired.title, repaired.rest?.text]).toEqual(['七一党课：初心易得 始终难守', body]);
  });

  it('splits a title glued to the salutation off it', () => {
    const h = head('小学元旦致辞范文 篇1 亲爱的同学们、老师们、家长们：', body);
    expect([h.title, h.rest?.text]).toEqual(['小学元旦致辞范文', '亲爱的同学们、老师们、家长们：']);
    const glued = head('市领导在五一劳动模范表彰大会上的讲话尊敬的各位劳动模范、同志们：', body);
    expect([glued.title, glued.rest?.text]).toEqual(['市领导在五一劳动模范表彰大会上的讲话', '尊敬的各位劳动模范、同志们：']);
  });

  it('reads 《…》 as a book title, 》 alone as a breadcrumb', () => {
    expect(head('香港立法會 涂謹申議員', '《追加撥款（2016-2017 年度）條例草案》二讀發言', body).title).toBe('《追加撥款（2016-2017 年度）條例草案》二讀發言');
    expect(head('您现在的位置：首页 》 学生天地 》 国旗下的讲话', body).title).toBeNull();
  });
});

describe('headlines', () => {
  it('splits 【栏目】标题——讲话人 into title and speaker, and 标题——在…上的讲话 into title and subtitle', () => {
    const h = head('【领导讲话】在全县安全生产工作会议上的讲话——县委书记 王建国', '同志们：', body);
    expect([h.title, h.speaker?.text, h.subtitle]).toEqual(['在全县安全生产工作会议上的讲话', '县委书记 王建国', undefined]);
    expect(h.removed.map((r) => r.text)).toEqual(['【领导讲话】', '——']);
    const s = head('坚持稳中求进 推动高质量发展——在全市经济工作会议上的讲话', body);
    expect([s.title, s.subtitle?.text]).toEqual(['坚持稳中求进 推动高质量发展', '——在全市经济工作会议上的讲话']);
  });
});

describe('a dash inside a title', () => {
  it('joins names (中国—东盟) and is not a headline split; a dash before 在… still opens the subtitle', () => {
    expect(head('在2024中国—东盟博览会开幕式上的致辞', '各位来宾：', body).title).toBe('在2024中国—东盟博览会开幕式上的致辞');
    expect(head('在中非合作论坛—北京峰会开幕式上的主旨讲话', '尊敬的各位嘉宾：', body).title).toBe('在中非合作论坛—北京峰会开幕式上的主旨讲话');
    expect(head('深化中国—东盟合作', '各位来宾：', body).title).toBe('深化中国—东盟合作');
    const s = head('奋力谱写新篇章—在全市经济工作会议上的讲话', body);
    expect([s.title, s.subtitle?.text]).toEqual(['奋力谱写新篇章', '—在全市经济工作会议上的讲话']);
  });
});

describe('readings that compete with the title', () => {
  it('passes over a breadcrumb ending in its column name and the page title around the speech title', () => {
    expect(head('您现在的位置：首页 》 学生天地 》 国旗下的演讲', '爱校荣校，创文明校园', '尊敬的老师，亲爱的同学们：', body).title).toBe('爱校荣校，创文明校园');
    expect(head('市长张明发表2024年新年贺词', '新年贺词', '市长 张明', '（2024年1月1日）', '同志们：', body).title).toBe('新年贺词');
  });

  it('takes no collection banner (…致辞7篇) and no page label (推荐访问：…讲话) for the title', () => {
    const banner = '关于高中校长毕业典礼精彩致辞7篇 “奋进乘风破浪，毕业离校航”';
    expect(head(banner, banner, '第1篇', body).title).toBeNull();
    expect(head('市长新年致辞范文3篇', '同志们：', body).title).toBeNull();
    expect(head(`同志们，${body}`, body, '推荐访问：会上 全区 模范 书记在全区创建模范机关推进会上讲话').title).toBeNull();
  });

  it('takes no column label of genre words only (【讲话稿】, 发言稿), but a short title naming its occasion', () => {
    expect(head('【讲话稿】', '老师们、同学们：', body).title).toBeNull();
    expect(head('发言稿', '老师们、同学们：', body).title).toBeNull();
    expect(head('手机版', '新春献词', '市委书记 傅贵荣', body).title).toBe('新春献词');
  });

  it('reads a subtitle opened by a horizontal bar and a Republic-of-China date as meta lines, not the title', () => {
    const h = head('政府工作报告', '――2026年1月27日在省第十四届人民代表大会第四次会议上', '省长 罗东川', '各位代表：', body);
    expect(h.title).toBe('政府工作报告');
    expect(h.subtitle?.text).toMatch(/^――/);
    expect(head('總統參加元旦致詞', '中華民國84年12月31日', body).title).toBe('總統參加元旦致詞');
    // Written out in words, the date is a date line too: the speech's date above its salutation, a dateline above prose.
    expect(head('總統元旦祝詞', '中華民國一百一十四年一月一日', '各位女士、各位先生：', body).date?.text).toBe('中華民國一百一十四年一月一日');
    const dateline = head('跳到主要內容區塊', '總統參加元旦致詞', '中華民國一百一十四年一月一日', body);
    expect(dateline.title).toBe('總統參加元旦致詞');
    expect(dateline.date).toBeUndefined();
  });

  it('takes the document copy glued to the first paragraph only where it runs to the end of the page title', () => {
    const glued = head('学校七一党课：初心易得 始终难守9500字', `七一党课：初心易得始终难守${body}`);
    expect(glued.title).toBe('七一党课：初心易得 始终难守');
    expect(glued.rest?.text).toBe(body);
    // 第十六屆嘉義縣長 starting a sentence is its subject, not a copy of 第十六屆嘉義縣長就職典禮.
    expect(head('第十六屆嘉義縣長就職典禮', `第十六屆嘉義縣長20日上午舉行就職典禮，${body}`).title).toBe('第十六屆嘉義縣長就職典禮');
  });

  it('reads a preview flattened into one line (page title, the document copy, the first paragraph) and lists what it drops', () => {
    const h = head(`2023年企业新年元旦致辞范文 2023年企业新年元旦致辞篇1 ${body}`);
    expect(h.title).toBe('2023年企业新年元旦致辞');
    expect(h.rest?.text).toBe(body);
    expect(h.removed).toEqual([
      { line: 1, text: '2023年企业新年元旦致辞范文 ', reason: 'title repeated at the start of the text' },
      { line: 1, text: '篇1', reason: 'decoration of a page title' },
    ]);
    // A cover block in front (number, office, the title, a template date), then the title again.
    const cover = head(`编号：136929198县委常委、县政府负责人全县秋冬季创森工作会议上的主持词201X/X/XX全县秋冬季创森工作会议上的主持词县委常委xxx（二○一八年十二月二十九日）同志们：${body}`);
    expect(cover.title).toBe('全县秋冬季创森工作会议上的主持词');
    expect(cover.rest?.text).toBe(`县委常委xxx（二○一八年十二月二十九日）同志们：${body}`);
    expect(cover.removed).toEqual([{ line: 1, text: '编号：136929198县委常委、县政府负责人全县秋冬季创森工作会议上的主持词201X/X/XX', reason: 'title repeated at the start of the text' }]);
    // A compilation's banner repeated is no cover block.
    expect(head('7月微党课讲稿_微党课稿件17篇 '.repeat(6), body).title).toBeNull();
    // A paragraph that only mentions a title once keeps its start.
    expect(head(`在全县工作会议上的讲话精神要落实到位，${body}`).title).toBeNull();
  });
});

describe('speaker and date lines', () => {
  it('takes them from the lines under the title, skipping chrome, never from chrome', () => {
    const h = head('新春献词', '字号：', '版面：第01版', '市委书记 傅贵荣', '（2026年1月25日）', body);
    expect(h.title).toBe('新春献词');
    expect(h.speaker?.text).toBe('市委书记 傅贵荣');
    expect(h.date?.text).toBe('（2026年1月25日）');
    expect(head('在全县工作会议上的讲话', '打印', '收藏', body).speaker).toBeUndefined();
    expect(head('在全县工作会议上的讲话', '2024年5月19日 星期日', body).date).toBeUndefined();
  });
});

describe('title decorations', () => {
  it.each([
    ['演讲比赛主持词双人 篇1', '演讲比赛主持词双人', [' 篇1']],
    ['建军节演讲稿范文（一）', '建军节演讲稿范文', ['（一）']],
    ['大学校长在2022年毕业典礼上的讲话.docx', '大学校长在2022年毕业典礼上的讲话', ['.docx']],
    ['正文复制在创建全国文明城市攻坚动员大会上的讲话', '在创建全国文明城市攻坚动员大会上的讲话', ['正文复制']],
    ['2022年元旦佳节演讲稿1', '2022年元旦佳节演讲稿', ['1']],
    ['2023大学校长开学典礼致辞模板（篇1）', '2023大学校长开学典礼致辞模板', ['（篇1）']],
    ['澎湖縣第17屆縣長交接 陳光復宣誓就職 發布日期：2014-12-25', '澎湖縣第17屆縣長交接 陳光復宣誓就職', [' 發布日期：2014-12-25']],
    ['【毕业典礼校长致辞一】', '毕业典礼校长致辞', ['【', '一】']],
    ['2016市长新年致辞范文一', '2016市长新年致辞', ['范文一']],
  ])('%s → %s', (line, text, removed) => {
    expect(stripTitleDecoration(line)).toEqual({ text, removed });
  });

  it.each(['【领导讲话】', '第十六屆嘉義縣長就職典禮', '在2024年全市经济工作会议上的讲话', '政府工作报告（2025年）'])('leaves %s alone', (line) => {
    expect(stripTitleDecoration(line).text).toBe(line);
  });
});

describe('titles of pages no training page showed (own-pages)', () => {
  it('takes a release\'s headline over the sentence introducing the speech, 辞 written for 词 and a rule of stars between', () => {
    const macau = head('新聞局', '列印', '行政長官發表蛇年新春賀辭', '行政長官某某今日（24日）發表蛇年新春賀辭，全文如下：', '各位澳門居民、各位朋友：', body);
    expect(macau.title).toBe('行政長官發表蛇年新春賀辭');
    const hk = head('今日新聞', '行政長官在某某創新科技論壇開幕禮致辭（只有中文）', '＊＊＊＊＊＊＊＊＊＊', '以下是行政長官某某某今日（三月五日）在某某創新科技論壇開幕禮的致辭：', '某某主席、各位嘉賓、各位朋友：', body);
    expect(hk.title).toBe('行政長官在某某創新科技論壇開幕禮致辭');
    expect(hk.removed.map((r) => r.text)).toContain('（只有中文）');
  });

  it('takes a news agency\'s dateline off the title it was glued to', () => {
    expect(stripTitleDecoration('新华社北京12月31日电 新年贺词')).toEqual({ text: '新年贺词', removed: ['新华社北京12月31日电 '] });
    expect(stripTitleDecoration('在12月31日电力保供会议上的讲话').text).toBe('在12月31日电力保供会议上的讲话');
  });

  it('never takes an encyclopedia\'s field label about the speech (演讲者, 演讲时间) for the title, nor its values for meta lines', () => {
    const wiki = head('百科　进入词条　全站搜索', '在理工大学新生开学典礼上的演讲', '播报 编辑 讨论', '演讲者', '王建国', '演讲时间', '2023年9月10日', '演讲地点', '理工大学体育馆', '1 演讲背景', body);
    expect(wiki.title).toBe('在理工大学新生开学典礼上的演讲');
    expect(wiki.speaker).toBeUndefined();
    expect(wiki.date).toBeUndefined();
  });

  it('never takes a note wholly in brackets for the title', () => {
    expect(head('在网络版权保护座谈会上的发言', '（本人作为开发者代表的发言，2024年4月25日）', '各位领导、各位朋友：', body).title).toBe('在网络版权保护座谈会上的发言');
  });

  it('reads a speaker line with its date in brackets as a speaker line, and 就職演說 as a title naming its occasion', () => {
    expect(head('就職演說', '縣長　某某（民國113年12月25日）', '各位貴賓、各位鄉親：', body).title).toBe('就職演說');
  });

  it('reads a theme title with the dash subtitle naming its genre as one title block, over a page headline naming speaker and occasion', () => {
    expect(
      head('校长张建华在2024届毕业典礼暨学位授予仪式上的讲话', '做一个在算法时代保持清醒的人', '——在某某大学2024届毕业典礼暨学位授予仪式上的讲话', '校长　张建华', '（2024年6月22日）', '亲爱的同学们：', '今天，我们在这里隆重举行2024届毕业典礼暨学位授予仪式，为同学们颁授学位，我代表学校表示热烈的祝贺！').title,
    ).toBe('做一个在算法时代保持清醒的人');
    expect(head('王建国在2024年网络安全宣传周启动仪式上的讲话', '来源：市委网信办　　发布时间：2024-09-09', '在2024年网络安全宣传周启动仪式上的讲话', '市委常委、宣传部部长　王建国', '各位领导、同志们：', body).title).toBe(
      '在2024年网络安全宣传周启动仪式上的讲话',
    );
    expect(head('某某市2026年政府工作报告', '政府工作报告', '——2026年1月18日在某某市第十七届人民代表大会第五次会议上', '各位代表：', body).title).toBe('政府工作报告');
    // A title with a speaker line under it stays the title: the speaker line opens the speech, it is no title.
    expect(head('在全县工作会议上的讲话', '县委书记 王建国', '同志们：', body).title).toBe('在全县工作会议上的讲话');
  });

  it('takes the speech\'s own title under a news headline that summarizes, or a portal\'s copy with its kind', () => {
    expect(head('县委书记赵某某在全县三级干部大会上强调：真抓实干 奋勇争先', '2025-02-12 来源：县融媒体中心', '在全县三级干部大会上的讲话', '同志们：', body).title).toBe('在全县三级干部大会上的讲话');
    expect(head('某某中学隆重举行2025届高三毕业典礼', '以梦为马 不负韶华', '校长 李某某', '亲爱的同学们：', body).title).toBe('以梦为马 不负韶华');
    expect(head('2025年五四青年节团课讲稿', '用青春之我 创青春之中国', '同学们：', body).title).toBe('用青春之我 创青春之中国');
    expect(head('【校長室】113學年度開學典禮 校長勉新生：找到自己的問題', '校長致詞全文如下：', '113學年度開學典禮校長致詞', '各位新同學：', body).title).toBe('113學年度開學典禮校長致詞');
  });

  it('keeps a press release\'s headline for the title when no title of the speech\'s own follows it', () => {
    const reported = '市长周某某在致辞中表示，科技创新是一项长期任务，希望各界齐心协力，把各项工作做实做细，推动全市高质量发展。';
    expect(head('市长周某某出席全市科技创新大会并致辞', reported).title).toBe('市长周某某出席全市科技创新大会并致辞');
    expect(head('總統接見鳳凰獎楷模 盼共同打造更具韌性的防救災體系', '總統接見「113年『鳳凰獎』楷模得獎人」', reported).title).toBe('總統接見鳳凰獎楷模 盼共同打造更具韌性的防救災體系');
  });

  it('reads a headline\'s subtitle on its line as its title part\'s genre, and takes a column name and bar off the chosen title', () => {
    expect(head('本词条是多义词，共2个义项', '行胜于言——在某某大学2024年毕业典礼上的演讲', body).title).toBe('行胜于言');
    const column = head('微党课｜做群众的贴心人', '某某镇党委书记　某某', '同志们：', body);
    expect(column.title).toBe('做群众的贴心人');
    expect(column.removed.map((r) => r.text)).toContain('微党课｜');
    expect(head('首页｜新闻｜在全县工作会议上的讲话', '在全县工作会议上的讲话', '同志们：', body).title).toBe('在全县工作会议上的讲话');
  });

  it('keeps a piece label with words after it in the printed title: it is the piece\'s own heading (piece-label.ts)', () => {
    const piece = head('书记讲党课讲稿（精选3篇）', '篇一：坚定理想信念 筑牢思想根基', '同志们：', body);
    expect(piece.title).toBe('篇一：坚定理想信念 筑牢思想根基');
    expect(piece.removed.map((r) => r.text)).not.toContain('篇一：');
    expect(head('第一篇：我的入党初心', '同志们：', body).title).toBe('第一篇：我的入党初心');
  });

  it('keeps a bar in the title unless the name before it is shown to be the page\'s (a column or chrome name, or standing so elsewhere)', () => {
    const dashed = '——在全市青年干部座谈会上的讲话';
    for (const title of ['奋斗｜青春的答卷', '奮鬥｜青春的答卷', '党课｜学习贯彻二十大精神', '青年说｜我的青春我的梦', 'AI｜人工智能时代的教育', '2024｜奋斗正当时']) {
      const h = head(title, dashed, '同志们：', body);
      expect(h.title).toBe(title);
      expect(h.removed.map((r) => r.text).join('')).not.toMatch(/[｜|]/);
    }
    // The same name and bar standing on another line of the page: the column's menu or its other pieces.
    const menu = head('青年说｜ 往期回顾 ｜ 关于我们', '青年说｜我的青春我的梦', '同学们：', body);
    expect(menu.title).toBe('我的青春我的梦');
    expect(menu.removed.map((r) => r.text)).toContain('青年说｜');
    expect(head('来源｜在全县工作会议上的讲话', '同志们：', body).title).toBe('在全县工作会议上的讲话');
  });

  it('never takes the organisation issuing the speech, printed under its title, for the title', () => {
    const cases: [string, string][] = [
      ['2024年政府工作报告', '临河县人民政府'],
      ['2025年秋季开学典礼致辞', '临河县第一中学'],
      ['2024年施政報告', '臨河縣人民政府'],
      ['工作报告', '共青团临河县委员会'],
      ['2025年新春致辞', '临河县城市建设投资集团有限公司'],
    ];
    for (const [title, issuer] of cases) {
      expect(head(title, issuer, '各位代表：', body).title).toBe(title);
      expect(head(title, issuer, '2024年1月15日', '各位代表：', body).title).toBe(title);
    }
  });

  it('never takes a photo caption for the title, even one naming the speech', () => {
    expect(head('圖：行政長官在慶祝酒會上致辭', '以下為致辭全文：', '各位嘉賓、各位朋友：', body).title).toBeNull();
    expect(head('图：市委书记王某某在全市科技创新大会上讲话', '在全市科技创新大会上的讲话', '同志们：', body).title).toBe('在全市科技创新大会上的讲话');
    expect(head('在全市科技创新大会上的讲话', '图为会议现场（王某某 摄）', '同志们：', body).title).toBe('在全市科技创新大会上的讲话');
  });
});
