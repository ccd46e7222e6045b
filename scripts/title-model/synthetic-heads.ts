/**
 * Seeded synthetic page heads for the title decision: speech text written for this project under
 * the kinds of head a page shows (menus, breadcrumbs and column labels naming a genre, decorated page
 * titles, news headlines about the speech, weather and date lines, SEO intros), with a speech title of
 * every kind — a genre title (在…上的讲话), a slogan with a subtitle under it, a topic title with a
 * speaker or date under it, a short title under a news headline — or none. A check on pages no weight
 * was tuned on (`npx tsx scripts/title-model/compare.ts`); never used for training.
 */
import { rng } from '../clean-model/synthetic';
import type { GoldPage } from '../clean-model/pages';

type Rand = () => number;
const pick = <T>(r: Rand, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const int = (r: Rand, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

const PLACES = ['全市', '全县', '全区', '全省', '全校', '集团'];
const EVENTS = ['安全生产工作会议', '经济工作会议', '乡村振兴推进会', '开学典礼', '表彰大会', '新春团拜会', '人才工作会议', '文明创建动员会'];
const GENRES = ['讲话', '致辞', '发言', '主持词', '动员讲话', '总结讲话'];
const SLOGANS = ['凝心聚力 砥砺前行', '实干担当 奋勇争先', '守正创新 行稳致远', '以高质量党建引领高质量发展', '奋力谱写现代化建设新篇章', '把握新机遇 展现新作为'];
const TOPICS = [['安全生产', '隐患排查'], ['营商环境', '企业服务'], ['乡村振兴', '产业发展'], ['教育质量', '课堂教学'], ['人才引进', '创新创业']];
const OFFICES = ['县委书记', '市长', '校长', '区长', '董事长', '局长'];
const NAMES = ['张明远', '李华', '王建国', '陈静', '赵青山'];
const SALUTATIONS = ['同志们：', '各位代表：', '老师们、同学们：', '尊敬的各位来宾：', '同志们、朋友们：'];
const SITES = ['范文网', '公文之家', '市政府门户网站', '新闻网', '教育网'];
const COLUMNS = ['领导讲话', '讲话稿', '致辞', '演讲稿', '工作报告', '讲话致辞'];

function prose(r: Rand, topic: readonly string[]): string {
  const [a, b] = topic as [string, string];
  return [`今天我们召开这次会议，主要是总结${a}工作，部署下一阶段的${b}任务。`, `过去一年，各级各部门围绕${a}做了大量工作，取得了明显成效。`, `我们要把${b}摆在突出位置，切实抓细抓实，确保各项措施落到实处。`]
    .slice(0, int(r, 2, 3))
    .join('');
}

/** Chrome lines above a speech; some name a genre, as columns and menus of speech portals do. */
const CHROME: ReadonlyArray<(r: Rand, title: string) => string> = [
  (r) => `${pick(r, SITES)}`,
  (r) => `首页 > ${pick(r, COLUMNS)} > 正文`,
  (r) => `您现在的位置：首页 》 ${pick(r, COLUMNS)}`,
  (r) => `【${pick(r, COLUMNS)}】`,
  (r) => ['首页', '新闻中心', pick(r, COLUMNS), '政务公开', '互动交流'].join(' | '),
  (r) => `${pick(r, ['晴', '多云', '小雨'])} ${int(r, -5, 15)}℃~${int(r, 16, 30)}℃`,
  (r) => `发布时间：${int(r, 2016, 2025)}-0${int(r, 1, 9)}-1${int(r, 0, 9)} 来源：${pick(r, SITES)}`,
  (r, title) => `${title}${pick(r, ['范文5篇', '（精选3篇）', '.docx', '范文', '大全'])}`,
  (r) => pick(r, ['打印本页', '关闭窗口', '手机版', '分享到：']),
  (r, title) => `以下是小编为大家整理的${title}，供大家参考。`,
];

export function syntheticHead(seed: number): GoldPage {
  const r = rng(seed);
  const topic = pick(r, TOPICS);
  const meeting = `${pick(r, PLACES)}${pick(r, EVENTS)}`;
  const speaker = `${pick(r, OFFICES)} ${pick(r, NAMES)}`;
  const kind = r();
  let title: string | null;
  let under: string[];
  if (kind < 0.3) [title, under] = [`在${meeting}上的${pick(r, GENRES)}`, []];
  else if (kind < 0.55) [title, under] = [pick(r, SLOGANS), [`——在${meeting}上的${pick(r, GENRES)}`]];
  else if (kind < 0.75) [title, under] = [`关于进一步做好${topic[0]}工作的几点思考`, [pick(r, [speaker, `（${int(r, 2016, 2025)}年${int(r, 1, 12)}月${int(r, 1, 28)}日）`])]];
  else if (kind < 0.9) [title, under] = [pick(r, ['新年贺词', '新春致辞', '开学致辞']), [speaker]];
  else [title, under] = [null, []];
  const lines: string[] = [];
  const chromeTitle = title ?? `${meeting}讲话`;
  // A page without a title shows no page title naming one either (a decorated page title alone is the title to strip).
  const chrome = title === null ? CHROME.slice(0, 7).concat(CHROME.slice(8, 9)) : CHROME;
  for (let k = int(r, 1, 4); k > 0; k--) lines.push(pick(r, chrome)(r, chromeTitle));
  // A news headline about the speech above a short title: the page's, not the speech's.
  if (kind >= 0.75 && kind < 0.9) lines.push(`${speaker.replace(' ', '')}发表${int(r, 2016, 2025)}年${title}`);
  if (title !== null) lines.push(title, ...under);
  lines.push(pick(r, SALUTATIONS), prose(r, topic), prose(r, topic));
  const name = `head${seed}_synhead${seed % 5}_page`;
  return { folder: 'synthetic-heads', name, site: `synhead${seed % 5}`, bytes: Buffer.from(lines.join('\n') + '\n', 'utf8'), gold: { title } };
}

export function syntheticHeads(count: number, seed: number): GoldPage[] {
  return Array.from({ length: count }, (_, i) => syntheticHead(seed + i));
}
