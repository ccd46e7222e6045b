/**
 * Seeded page heads the title decision trains on (train.ts adds them to every fit, like the line
 * classifier's synthetic pages): the page kinds where a news headline, a portal's copy of the title or a
 * photo caption sits near the speech's own title, written from our own text. The real training pages show
 * each kind a handful of times at most, too few for its weight to be learned:
 *
 * - a news headline over the speech's own title — the headline names the speaker with office and
 *   occasion (`某某书记在全市…大会上强调…`), the event (`某某中学举行读书节启动仪式`) or the city and year
 *   (`某市2025年政府工作报告`), and the speech's title under it names the genre (`在…上的讲话`, `政府工作报告`), has
 *   a dash subtitle, or opens the speech (`书香润心田 阅读伴成长` / `同学们：`): the lower line is the title;
 * - a portal's copy of the title with its kind (`…团课讲稿`, `…讲话稿范文`) over the speech's own title: the lower;
 * - the speech's own title over the organisation issuing it (`…工作报告` / `某县人民政府`): the upper;
 * - a photo caption naming the speech (`圖：…致辭`, `图为…讲话`) above or under the title: never the title;
 * - a press release with no title of the speech's own: a headline over an event line and reported prose
 *   (`某某出席…并致辞` / `某某接见…代表` / `某某在致辞中表示，…`), no salutation: the headline is the title;
 * - a speech with no title, under chrome and perhaps a caption: "no title" (without it every head has a title,
 *   and "no title" lost weight against a poem's lines on a page with none, 142).
 *
 * The words are this file's own (scripts/title-model/synthetic-heads.ts, the check no weight is tuned on, uses
 * other events, names and slogans). Deterministic: same seed, same pages.
 */
import { rng } from '../clean-model/synthetic';
import type { GoldPage } from '../clean-model/pages';

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

const TRAINING_HEADS_SEED = 51001;
export const TRAINING_HEADS = 120;

const CITIES = ['江川市', '临河县', '东岭区', '南湖市', '青山县', '西平市'];
const OFFICES = ['市委书记', '县委书记', '区委书记', '市长', '县长', '党委书记', '主任'];
const NAMES = ['周启航', '孙立新', '吴海波', '郑文华', '冯晓东', '何雅琴'];
const EVENTS = ['优化营商环境大会', '防汛工作部署会', '科技创新大会', '党风廉政建设工作会议', '招商引资推进会', '老干部迎春座谈会', '城市更新工作会议'];
const SCHOOL_EVENTS = ['第五届读书节启动仪式', '秋季田径运动会开幕式', '2025年教师节表彰大会', '校园科技节闭幕式'];
const SCHOOLS = ['江川市第一中学', '临河县实验小学', '东岭职业技术学院', '南湖外国语学校'];
const SUMMARIES = ['强调', '指出', '要求'];
const POINTS = ['以更实举措推动高质量发展', '守牢安全底线', '奋力开创各项工作新局面', '持续改善民生福祉'];
const THEMES = ['书香润心田 阅读伴成长', '跑出精气神 赛出好风貌', '躬耕讲台 甘为人梯', '在实干中书写答卷', '把根扎在泥土里', '与时间赛跑的人'];
const GENRES = ['讲话', '致辞', '讲话提纲', '发言'];
const SALUTATIONS = ['同志们：', '各位代表：', '亲爱的同学们：', '各位来宾、朋友们：', '老师们、同学们：'];
const TOPICS = ['营商环境', '防汛备汛', '科技创新', '廉政建设', '城市更新', '立德树人'];
const CHROME = ['网站首页 > 新闻中心 > 领导活动', '当前位置：首页 > 要闻动态', '政务服务 | 信息公开 | 互动交流', '来源：本网 发布时间：2025-03-18', '字号：大 中 小 打印', '分享到：微信 微博'];

const SENTENCES = [
  (t: string) => `做好${t}工作，事关全局，事关长远。`,
  (t: string) => `这几年，我们在${t}方面下了很大功夫，也积累了一些经验。`,
  (t: string) => `下一步，要把${t}各项任务分解到位，一项一项抓落实。`,
  (t: string) => `各级干部要带头干、领着干，在${t}上拿出真招实招。`,
  (t: string) => `群众满意不满意，是检验${t}成效的根本标准。`,
];

function prose(r: Rand, topic: string): string {
  const from = int(r, 0, SENTENCES.length - 2);
  return SENTENCES.slice(from, from + int(r, 2, 3)).map((s) => s(topic)).join('');
}

function reported(r: Rand, who: string, topic: string): string {
  return `${who}在致辞中表示，${topic}是一项长期任务，${pick(r, ['希望大家', '要求各部门', '期盼各界'])}齐心协力，把各项工作做实做细。${who}指出，要坚持问题导向，持续推进${topic}工作。`;
}

interface Head {
  readonly title: string | null;
  readonly lines: string[];
}

/** A news report's lead paragraph between its headline and the speech it prints, or a photo caption, or neither. */
function between(r: Rand, who: string, event: string): string[] {
  const x = r();
  if (x < 0.3) return [`${int(r, 1, 12)}月${int(r, 1, 28)}日上午，${event}召开。${who}出席并讲话。${pick(r, ['现将讲话全文刊发如下。', '下面是讲话全文：', '以下为讲话摘要。'])}`];
  if (x < 0.45) return [`图：${who}在${event}上讲话`];
  return [];
}

/** A news headline over the speech's own title (the lower line is the title). */
function headlineOverTitle(r: Rand, topic: string): Head {
  return withBetween(r, headlineOverTitleBare(r, topic));
}

/** The headline, then what a report puts between it and the speech's title (a lead paragraph, a caption). */
function withBetween(r: Rand, head: Head): Head {
  const extra = between(r, `${pick(r, OFFICES)}${pick(r, NAMES)}`, `${pick(r, CITIES)}${pick(r, EVENTS)}`);
  return { title: head.title, lines: [head.lines[0]!, ...extra, ...head.lines.slice(1)] };
}

function headlineOverTitleBare(r: Rand, topic: string): Head {
  const city = pick(r, CITIES);
  const [office, name] = [pick(r, OFFICES), pick(r, NAMES)];
  const who = `${office}${name}`;
  const event = `全${city.slice(-1)}${pick(r, EVENTS)}`;
  const kind = int(r, 0, 3);
  if (kind === 0) {
    const title = `在${event}上的${pick(r, GENRES)}`;
    return { title, lines: [`${who}在${event}上${pick(r, SUMMARIES)}${pick(r, POINTS)}`, title, ...(r() < 0.5 ? [`${office} ${name}`] : []), pick(r, SALUTATIONS)] };
  }
  if (kind === 1) {
    const school = pick(r, SCHOOLS);
    const title = pick(r, THEMES);
    const subtitle = r() < 0.5 ? [`——在${school}${pick(r, SCHOOL_EVENTS)}上的${pick(r, GENRES)}`] : [];
    return { title, lines: [`${school}${pick(r, ['举行', '召开'])}${pick(r, SCHOOL_EVENTS)}`, title, ...subtitle, pick(r, ['亲爱的同学们：', '老师们、同学们：', '各位老师：'])] };
  }
  if (kind === 2) {
    const year = int(r, 2019, 2026);
    const title = '政府工作报告';
    return { title, lines: [`${city}${year}年政府工作报告`, title, `——${year}年1月${int(r, 5, 25)}日在${city}第十${pick(r, ['六', '七', '八'])}届人民代表大会第${pick(r, ['一', '二', '三'])}次会议上`, `${city.slice(-1)}长 ${pick(r, NAMES)}`, '各位代表：'] };
  }
  const title = `在${event}上的${pick(r, GENRES)}`;
  return { title, lines: [`${city}召开${pick(r, EVENTS)} ${who}出席并讲话`, title, pick(r, SALUTATIONS)] };
}

/** A portal's copy of the title with its kind (…团课讲稿) over the speech's own title. */
function portalCopyOverTitle(r: Rand, topic: string): Head {
  const theme = pick(r, THEMES);
  const copy = `${int(r, 2022, 2025)}年${pick(r, ['国庆主题团日讲稿', '植树节主题班会讲稿', `${topic}会议讲话稿`, '秋季安全教育课讲稿'])}`;
  const title = r() < 0.5 ? theme : `在${pick(r, CITIES)}${pick(r, EVENTS)}上的讲话`;
  const subtitle = title === theme && r() < 0.5 ? [`——${pick(r, ['国庆', '植树节', '安全教育'])}专题${pick(r, ['团课', '党课'])}`] : [];
  return { title, lines: [copy, title, ...subtitle, pick(r, SALUTATIONS)] };
}

/** A photo caption naming the speech, above or under the title (never the title). */
function captionNearTitle(r: Rand, topic: string): Head {
  const who = `${pick(r, OFFICES)}${pick(r, NAMES)}`;
  const event = `${pick(r, CITIES)}${pick(r, EVENTS)}`;
  const title = r() < 0.5 ? `在${event}上的讲话` : pick(r, THEMES);
  const caption = pick(r, [`圖：${who}在${event}上致辭`, `图：${who}在${event}上讲话`, `图为${who}在${event}上致辞`, `${who}在${event}上讲话（${pick(r, NAMES)} 摄）`]);
  const lines = r() < 0.5 ? [title, caption, pick(r, SALUTATIONS)] : [caption, title, pick(r, SALUTATIONS)];
  return { title, lines };
}

/** A press release with no title of its own: the headline is the title, the event line under it is not. */
function pressRelease(r: Rand, topic: string): Head {
  const who = `${pick(r, OFFICES)}${pick(r, NAMES)}`;
  const event = `${pick(r, CITIES)}${pick(r, EVENTS)}`;
  const title = pick(r, [`${who}出席${event}并致辞`, `${who}接见${topic}先进代表 盼共同${pick(r, POINTS)}`, `${who}在${event}上${pick(r, SUMMARIES)}${pick(r, POINTS)}`]);
  const lines = [title, ...(r() < 0.5 ? [`${who}出席「${event}」`] : []), reported(r, who, topic)];
  return { title, lines };
}

/**
 * The speech's own title over the body that issues it or its speaker belongs to (`2024年…工作报告` / `某县人民政府`,
 * `…致辞` / `某某中学`), perhaps a date, then the salutation: the upper line is the title, the organisation never is.
 */
function issuerUnderTitle(r: Rand, topic: string): Head {
  const city = pick(r, CITIES);
  const year = int(r, 2019, 2026);
  const issuer = pick(r, [`${city}人民政府`, `共青团${city}委员会`, pick(r, SCHOOLS), `${city}文化旅游集团有限公司`, `${city}总工会`, `${city}${pick(r, ['教育局', '卫生健康委员会', '科学技术协会'])}`]);
  const title = pick(r, [`${year}年${topic}工作报告`, `${year}年${pick(r, ['新春', '元旦', '岁末'])}致辞`, `在${city}${pick(r, EVENTS)}上的讲话`, '工作报告']);
  const date = r() < 0.4 ? [`${year}年${int(r, 1, 12)}月${int(r, 1, 28)}日`] : [];
  return { title, lines: [title, issuer, ...date, pick(r, SALUTATIONS)] };
}

/** A speech with no title at all: only chrome and a caption above the salutation ("no title" is right). */
function noTitle(r: Rand): Head {
  const who = `${pick(r, OFFICES)}${pick(r, NAMES)}`;
  const caption = r() < 0.5 ? [pick(r, [`圖：${who}致辭`, `图为${who}在会上讲话`, `图｜${pick(r, CITIES)}${pick(r, EVENTS)}现场`])] : [];
  return { title: null, lines: [...caption, pick(r, SALUTATIONS)] };
}

const KINDS = [headlineOverTitle, headlineOverTitle, portalCopyOverTitle, captionNearTitle, pressRelease, noTitle, issuerUnderTitle];

export function trainingHead(seed: number): GoldPage {
  const r = rng(seed);
  const topic = pick(r, TOPICS);
  const { title, lines } = pick(r, KINDS)(r, topic);
  const chrome = Array.from({ length: int(r, 0, 3) }, () => pick(r, CHROME));
  const body = lines[lines.length - 1]!.endsWith('：') ? [prose(r, topic), prose(r, topic)] : [reported(r, '他', topic)];
  const text = [...chrome, ...lines, ...body].join('\n') + '\n';
  const name = `th${seed}_trainhead${seed % 7}_page`;
  return { folder: 'training-heads', name, site: `trainhead${seed % 7}`, bytes: Buffer.from(text, 'utf8'), gold: { title } };
}

export function trainingHeads(count = TRAINING_HEADS, seed = TRAINING_HEADS_SEED): GoldPage[] {
  return Array.from({ length: count }, (_, i) => trainingHead(seed + i));
}
