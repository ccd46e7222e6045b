/**
 * Seeded synthetic pages for training and tests: speech text written for this project, wrapped in the
 * kinds of page chrome real pages show (skip links, welcome banners, slogans, navigation templates,
 * notice blocks, image file names, anti-scraping strings, licence footers, 范文 portal SEO intros,
 * paywalls…), with gold in the corpus format. They cover combinations the 99 real pages do not; the
 * figures reported for the real pages never include them.
 */
import type { Gold, GoldPage } from './pages';

/** mulberry32: a small deterministic PRNG, so a seed always gives the same pages. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const chance = (r: Rand, p: number): boolean => r() < p;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

const PLACES = ['全市', '全县', '全区', '全镇', '全省', '全校', '全局', '公司'];
const EVENTS = ['安全生产工作会议', '教育工作会议', '乡村振兴推进会', '党风廉政建设工作会议', '经济工作会议', '开学典礼', '毕业典礼', '表彰大会', '新春团拜会', '防汛工作部署会', '招商引资推进会', '主题教育动员会'];
const KINDS = ['讲话', '讲话稿', '致辞', '发言', '主持词', '动员讲话', '总结讲话', '工作报告'];
const SALUTATIONS = ['同志们：', '各位领导、同志们：', '尊敬的各位来宾，亲爱的同学们：', '各位代表：', '同志们、朋友们：', '老师们，同学们：'];
const TOPICS = ['安全生产', '基层治理', '教育质量', '营商环境', '乡村振兴', '作风建设', '民生保障', '生态保护', '产业发展', '队伍建设'];
const VERBS = ['抓实', '压紧', '推进', '落实', '提升', '完善', '强化', '巩固'];
const OPENERS = ['今天', '过去一年', '近年来', '当前', '下一步', '这次会议', '实践证明', '我们要看到'];
const MIDDLES = ['我们坚持问题导向，聚焦群众关心的事情', '各级各部门认真履职，形成了工作合力', '大家克服困难，拿出了实实在在的成绩', '形势依然复杂，任务依然繁重', '我们要把责任扛在肩上，把工作做在前头'];
const ENDS = ['切实把各项工作抓细抓实。', '确保各项任务落到实处。', '推动工作再上新台阶。', '让群众有更多获得感。', '为全年目标打下坚实基础。', '以实际行动回应大家的期待。'];
const HEADS_1 = ['提高站位，统一思想', '突出重点，狠抓落实', '压实责任，强化保障', '改进作风，提升效能', '守牢底线，防范风险'];
const HEADS_2 = ['坚持规划先行', '加强队伍建设', '完善制度机制', '抓好督查考核', '强化宣传引导'];

function sentence(r: Rand): string {
  return `${pick(r, OPENERS)}，${pick(r, MIDDLES)}，要${pick(r, VERBS)}${pick(r, TOPICS)}各项措施，${pick(r, ENDS)}`;
}

function paragraph(r: Rand): string {
  return Array.from({ length: int(r, 2, 4) }, () => sentence(r)).join('');
}

/** Menu items of portals, one per line on many pages; most are not chrome words by themselves. */
const MENU_ITEMS = ['首页', '新闻', '政务公开', '互动交流', '办事服务', '走进本市', '学校概况', '教师之窗', '学生天地', '党建专栏', '招生信息', '校园文化', '工作动态', '通知公告', '领导之窗', '机构设置', '政策法规', '专题专栏', '关于我们', '登录', '注册', '搜索', '手机版', 'English', '在线访谈', '数据发布', '图片新闻', '视频新闻'];
const SITE = ['范文网', '文秘网', '公文之家', '学习网', '资料库', '文库', '政府门户网站', '新闻网', '教育网', '在线'];
const CN_NUM = ['一', '二', '三', '四', '五'];

/** Page chrome generators, by kind. Each returns the lines it adds (all noise). */
const HEAD_CHROME: ReadonlyArray<(r: Rand, title: string, site: string) => string[]> = [
  (r) => [pick(r, ['跳到主要內容', '跳过导航', '跳過導覽列', '无障碍浏览', '無障礙瀏覽', ':::', '主要内容区'])],
  (r, _t, site) => [pick(r, [`欢迎来到${site}！`, `您好，欢迎访问${site}`, `欢迎光临${site}，请登录`, `歡迎蒞臨${site}`])],
  (r) => [pick(r, ['不忘初心 牢记使命', '学习贯彻党的二十大精神', '奋进新征程 建功新时代', '办人民满意的教育', '安全第一 预防为主'])],
  (r) => [Array.from({ length: int(r, 4, 8) }, () => pick(r, ['首页', '新闻中心', '政务公开', '专题专栏', '办事服务', '互动交流', '学校概况', '范文大全', '工作总结', '演讲稿', '致辞'])).join(pick(r, ['|', ' | ', '  ', ' · ']))],
  (r) => Array.from({ length: int(r, 3, 7) }, () => pick(r, MENU_ITEMS)),
  (r, _t, site) => [pick(r, [`当前位置：首页 > ${pick(r, ['新闻中心', '领导讲话', '范文大全'])} > 正文`, `您现在的位置：${site} 》 讲话稿`, `首页 > 工作动态 > 领导讲话`])],
  (r) => [`${pick(r, ['发布时间', '发表时间', '更新时间', '日期'])}：${int(r, 2015, 2025)}-${String(int(r, 1, 12)).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')} ${int(r, 8, 22)}:${String(int(r, 0, 59)).padStart(2, '0')}${pick(r, ['', `  浏览次数：${int(r, 10, 9999)}`, `  来源：本站`, ' 作者：admin'])}`],
  (r) => (chance(r, 0.5) ? ['【字体：', '大', '中', '小', '】'] : ['字号', '大', '中', '小']),
  (r) => [pick(r, [`${int(r, 2015, 2025)}-${String(int(r, 1, 12)).padStart(2, '0')}-${String(int(r, 1, 28)).padStart(2, '0')}`, `${int(r, 104, 114)}年${String(int(r, 1, 12)).padStart(2, '0')}月${String(int(r, 1, 28)).padStart(2, '0')}日`, `${int(r, 2015, 2025)}/${int(r, 1, 12)}/${int(r, 1, 28)}`])],
  (r) => [pick(r, ['【打印】【关闭】', '【收藏】【打印】【关闭窗口】', '分享到：', '字号：大 中 小'])],
  (r) => [`${pick(r, ['IMG_', 'DSC', '微信图片_', 'banner_', 'u=' ])}${int(r, 1000, 99999999)}.${pick(r, ['jpg', 'png', 'jpeg', 'gif'])}`],
  (r) => [pick(r, ['电脑版', '手机版', '简体', '繁體', '订阅', '登录', '个人中心', '退出登录', '看看新闻APP', '扫描二维码下载APP'])],
  (r) => [`${pick(r, ['晴', '多云', '阵雨转多云', '小雨'])} ${int(r, -5, 20)}℃~${int(r, 21, 35)}℃ ${pick(r, ['星期一', '星期三', '星期日'])}`],
  (r, title) => [`${title}${pick(r, ['范文', `（精选${int(r, 3, 9)}篇）`, `${int(r, 3, 12)}篇`, '.docx', `范文${CN_NUM[int(r, 0, 4)]}`, '实用', '大全', '模板'])}`],
  (r, title) => [`${pick(r, ['演讲稿', '讲话稿', '致辞'])}${pick(r, ['是在较为隆重的场合发表的讲话文稿', '是为了说明观点和看法而写的文稿', '，词语，指在会议或仪式上的讲话'])}。${pick(r, ['以下是小编为大家整理的', '下面是我们精心收集的', '为满足你的需求，特意整理了'])}${title}，${pick(r, ['供大家参考。', '欢迎阅读。', '希望对大家有所帮助。'])}`],
];

const TAIL_CHROME: ReadonlyArray<(r: Rand, title: string, site: string) => string[]> = [
  (r) => [pick(r, ['预览结束，会员登录后免费立即下载', '开通VIP，免费下载全文', '试读结束，查看全文请付费', '此处内容需要权限查看', '（想阅读完全部内容，您需要先登录！）'])],
  (_r, _t, site) => [`Copyright © 2024 ${site} 版权所有`],
  (r) => [`${pick(r, ['京', '沪', '粤', '苏', '浙'])}ICP备${int(r, 10000000, 99999999)}号-${int(r, 1, 9)}`],
  (r, _t, site) => [pick(r, [`本站部分内容来自网络，如有侵权请联系删除。`, `本文来源于${site}，转载请注明出处。`, '声明：本文仅代表作者观点，不代表本站立场。', '免责声明：本站文档由用户上传，仅供学习参考。'])],
  (r) => [`${Array.from({ length: 32 }, () => '0123456789abcdef'[int(r, 0, 15)]).join('')}:`],
  (r) => [pick(r, ['相关文章', '热门推荐', '猜你喜欢', '最新文章']), ...Array.from({ length: int(r, 2, 4) }, () => `${pick(r, PLACES)}${pick(r, EVENTS)}上的${pick(r, KINDS)}`)],
  (r) => [pick(r, ['上一篇：', '下一篇：'])+`${pick(r, PLACES)}${pick(r, EVENTS)}${pick(r, KINDS)}`],
  (r) => [pick(r, ['分享：', '扫一扫在手机打开当前页', '点赞', '收藏', '打印本页', '关闭窗口', '返回顶部', '联系我们', '网站地图', '附件列表', '图片', '△点击视频'])],
  (r) => [pick(r, ['这篇内容既符合您的需求，又保持了一定的独特性，希望能满足您的期待。', '以上就是本文的全部内容，希望对大家有所帮助。', '更多相关范文请关注本站。'])],
];

const SEASONS = ['毕业季', '开学季', '新春佳节', '国庆前夕', '岁末年初', '七一前夕', '五四青年节'];
const ROLES = ['校长', '书记', '县长', '局长', '院长', '董事长', '主任'];

/**
 * A portal's prose above the speech — a definition of the genre, a blurb about writing, an occasion
 * piece, a history note — written like the speech line by line (long, punctuated, Han), so only the
 * page around it (chrome above, the title or salutation below) tells it apart. Noise in the gold.
 */
const INTROS: ReadonlyArray<(r: Rand, kind: string, event: string) => string> = [
  (r, kind) => `${kind}${pick(r, ['，是指', '通常是指', '一般是', '，词语，'])}在${pick(r, ['会议', '仪式', '典礼', '重要场合'])}上${pick(r, ['发表的讲话文稿', '表达观点和主张的文字', '所作的讲话'])}。${pick(r, ['它具有鲜明的针对性和号召力，', '内容要求观点鲜明、条理清楚，', '写好它需要把握场合和对象，'])}${pick(r, ['在日常工作中用途很广。', '是常用的一种文体。', '起着定调的作用。'])}`,
  (r) => `${pick(r, ['现代上班族的日常工作中', '在学习和工作中', '生活中'])}，${pick(r, ['时刻会面临各类文档书写', '我们经常需要写各种文稿', '很多人都遇到过写作的难题'])}，${pick(r, ['当写作遭遇瓶颈时一般会查阅相关的资料', '参考别人的写法可以少走弯路', '多读多看是提高写作水平的好办法'])}。${pick(r, ['那么怎样才能写好呢？', '一起来看看吧。', '希望下面的内容能给你启发。', ''])}`,
  (r, _k, event) => `又到一年${pick(r, SEASONS)}，${event}${pick(r, ['如期举行', '隆重召开', '即将到来'])}，${pick(r, ROLES)}的讲话${pick(r, ['常常引发大家的共鸣', '总能鼓舞人心', '让整个会场充满温馨和感动'])}，${pick(r, ['传递着对未来的祝福和期许。', '也给人留下深刻的印象。', '值得我们细细品读。'])}`,
  (r) => `${int(r, 1921, 2015)}年${int(r, 1, 12)}月以来，${pick(r, TOPICS)}${pick(r, ['走过了不平凡的历程', '取得了长足的进步', '经历了深刻的变化'])}，再过${pick(r, ['一天', '几天', '一周'])}我们又要迎来${pick(r, ['建党纪念日', '国庆节', '建军节', '教师节', '新的一年'])}。${pick(r, ['这是一个值得纪念的日子。', '回顾这段历史，我们感慨万千。', '每到此时，各地都会举行隆重的纪念活动。'])}`,
];

interface Built {
  readonly lines: string[];
  readonly noise: number[];
  readonly intros: number[];
  readonly headings: { level: number; text: string; line: number }[];
  titleLine: number | null;
}

/** One synthetic page and its gold. */
export function syntheticPage(seed: number): GoldPage {
  const r = rng(seed);
  const site = pick(r, SITE);
  const event = pick(r, EVENTS);
  const kind = pick(r, KINDS);
  const title = `在${pick(r, PLACES)}${event}上的${kind}`;
  const b: Built = { lines: [], noise: [], intros: [], headings: [], titleLine: null };
  const blank = chance(r, 0.5);
  // A PDF copy: paragraphs hard-wrapped at a fixed width, no blank lines inside a paragraph.
  const wrap = chance(r, 0.25) ? int(r, 18, 40) : 0;
  const add = (text: string, noise: boolean): void => {
    const pieces = !noise && wrap > 0 && text.length > 45 ? (text.match(new RegExp(`.{1,${wrap}}`, 'gu')) ?? [text]) : [text];
    for (const piece of pieces) b.lines.push(piece);
    if (noise) b.noise.push(b.lines.length);
    if (blank) b.lines.push('');
  };

  for (let k = int(r, 1, 6); k > 0; k--) for (const line of pick(r, HEAD_CHROME)(r, title, site)) add(line, true);
  const intro = chance(r, 0.35) ? pick(r, INTROS)(r, kind.replace(/稿$/, '') + pick(r, ['稿', '']), event) : null;
  const introAbove = chance(r, 0.5);
  // Prose outside the speech (noise the span decision learns from; gold outside_prose_lines).
  const addIntro = (text: string): void => {
    add(text, true);
    b.intros.push(b.noise[b.noise.length - 1]!);
  };
  if (intro && introAbove) addIntro(intro);
  add(title, false);
  b.titleLine = b.lines.length - (blank ? 1 : 0);
  if (chance(r, 0.3)) add(`——在${pick(r, PLACES)}${pick(r, EVENTS)}上`, false);
  if (chance(r, 0.3)) add(`${pick(r, ['县委书记', '市长', '校长', '局长', '总经理'])} ${pick(r, ['张明', '李华', '王强', '陈静'])}`, false);
  if (chance(r, 0.3)) add(`（${int(r, 2015, 2025)}年${int(r, 1, 12)}月${int(r, 1, 28)}日）`, false);
  if (chance(r, 0.2)) for (const line of pick(r, HEAD_CHROME)(r, title, site)) add(line, true);
  if (intro && !introAbove) addIntro(intro);
  add(pick(r, SALUTATIONS), false);
  add(paragraph(r), false);
  const sections = int(r, 0, 3);
  for (let s = 0; s < sections; s++) {
    const heading = `${CN_NUM[s]}、${pick(r, HEADS_1)}`;
    add(heading, false);
    b.headings.push({ level: 1, text: heading, line: b.lines.length - (blank ? 1 : 0) });
    if (chance(r, 0.4)) {
      const sub = `（${CN_NUM[0]}）${pick(r, HEADS_2)}`;
      add(sub, false);
      b.headings.push({ level: 2, text: sub, line: b.lines.length - (blank ? 1 : 0) });
    }
    for (let p = int(r, 1, 3); p > 0; p--) add(paragraph(r), false);
  }
  // Content that looks a little like chrome: a list after a colon, placeholders, short closings.
  if (chance(r, 0.3)) {
    add(`下面我提${pick(r, ['三点', '几点'])}要求：`, false);
    for (const item of ['加强组织领导', '压实工作责任', '严格督查考核'].slice(0, int(r, 2, 3))) add(`${pick(r, ['● ', '· ', '- ', ''])}${item}`, false);
  }
  if (chance(r, 0.2)) add(`在XXXX年完成***项目，确保${pick(r, TOPICS)}工作取得实效。`, false);
  add(pick(r, ['谢谢大家！', '谢谢！', '最后，祝大家工作顺利、身体健康！', paragraph(r)]), false);
  if (chance(r, 0.25)) {
    add(`${pick(r, PLACES).replace('全', '')}${pick(r, ['教育局', '人民政府', '办公室'])}`, false);
    add(`${int(r, 2015, 2025)}年${int(r, 1, 12)}月${int(r, 1, 28)}日`, false);
  }
  // Prose after the speech: the opening of a related report or of the same speech again (a page that
  // repeats its text, a teaser list). Line by line it is the speech's kind of prose.
  if (chance(r, 0.3)) {
    if (chance(r, 0.5)) addIntro(`${pick(r, SALUTATIONS)}${sentence(r)}`);
    else addIntro(paragraph(r));
  }
  for (let k = int(r, 0, 4); k > 0; k--) for (const line of pick(r, TAIL_CHROME)(r, title, site)) add(line, true);

  const gold: Gold = { title, noise_line_numbers: b.noise, outside_prose_lines: b.intros, headings: b.headings, noise_fragments: [] };
  const name = `syn${seed}_synthetic${seed % 7}_page`;
  return { folder: 'synthetic', name, site: `synthetic${seed % 7}`, bytes: Buffer.from(b.lines.join('\n') + '\n', 'utf8'), gold };
}

export const SYNTHETIC_SEED = 20261201;
export const SYNTHETIC_PAGES = 150;

export function syntheticPages(count = SYNTHETIC_PAGES, seed = SYNTHETIC_SEED): GoldPage[] {
  return Array.from({ length: count }, (_, i) => syntheticPage(seed + i));
}
