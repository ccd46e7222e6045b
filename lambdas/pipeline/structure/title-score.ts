import { hanCount } from '../text/characters';
import { headingMarker, isSalutation } from '../text/markers';
import { stripTitleDecoration } from './title-text';

/**
 * Scores a line as the speech's own title. A scraped page shows several short lines above a speech
 * (site name, menus, breadcrumb, page title with decorations, the speech title, its speaker and date);
 * the first one is the speech title only on a clean copy. Each feature is a row with the evidence that
 * justifies it. A candidate's score weighs these and where it sits on the page (title-features.ts);
 * the round `weight` of each row is the hand-set one (title-hand.ts), also used where a line is only
 * screened (isChromeLike, a title glued to the salutation, a page title above a glued one).
 * `npm run train:title` fits the weights from the gold pages instead (title-model.ts).
 */

export interface TitleFeature {
  readonly id: string;
  readonly weight: number;
  readonly test: (text: string) => boolean;
  readonly reason: string;
}

/** What a speech calls itself at the end of its title: 讲话, 致辞, 献词, 报告, 主持词, 就职… */
export const TITLE_WORD =
  /(?:讲话|講話|报告|報告|汇报|匯報|发言|發言|致辞|致辭|致词|致詞|献词|獻詞|贺词|賀詞|祝词|祝詞|党课|黨課|讲稿|講稿|演讲|演講|演说|演說|讲座|講座|总结|總結|动员|動員|辅导|輔導|讲授|体会|體會|的通知|主持词|主持詞|主持稿|发言稿|演讲稿|講辭|讲辞|就职|就職|谈话|談話|宣言|寄语|寄語|开幕词|開幕詞|闭幕词|閉幕詞|欢迎词|歡迎詞|答谢词|答謝詞|祝酒词|祝酒詞|颁奖词|頒獎詞|感言|倡议书|倡議書|公开信|公開信|贺信|賀信|讲义|講義|提纲|提綱|意见|意見|质询|質詢|答询|答詢)/;

const TITLE_WORD_AT_END = new RegExp(`${TITLE_WORD.source}(?:稿|全文|范文|範文|模板)?$`);

/** 在…会议上的讲话 / 在…时的讲话: the canonical title of a speech. */
const AT_MEETING = /^在.{2,60}(?:上|时|時|中)的(?:讲话|講話|发言|發言|致辞|致辭|报告|報告)/;

/** Words of site chrome: navigation, toolbars, accounts, sharing, page meta. */
/** Words of site chrome that no speech title uses: navigation, toolbars, accounts, page furniture. */
const CHROME_WORD =
  /首页|首頁|主页|登录|登錄|注册|註冊|下载|下載|打印|列印|收藏|字号|字號|字体|字體|字级|字級|跳到|跳转|跳轉|手机版|手機版|选单|選單|导航|導航|搜索|搜尋|返回|客户端|客戶端|二维码|二維碼|APP|桌面|当前位置|您的位置|您现在的位置|位置：|点击|點擊|浏览|瀏覽|网站|網站|版面|星期|新聞與|新闻中心|引用|本站|本網站|为您提供|為您提供|复制|複製|名称：|名稱：|小编|小編|供大家参考|供大家參考|对大家有所帮助|對大家有所幫助|精心收集|特意整理|为大家整理|為大家整理|登入|轉寄|網站地圖|网站地图|回首頁|无障碍|無障礙|上一則|下一則|上一篇|下一篇|點閱|热门|熱門|投稿/i;

/**
 * Chrome words that a real title may also contain (在新闻发布会上的讲话, 在全民阅读活动上的致辞, 在…论坛上的
 * 演讲, 在欢迎会上的讲话): chrome only on a line that does not end like a speech title.
 */
const CHROME_WORD_WEAK = /分享|阅读|閱讀|发布|發布|發表|发表|查看|来源|來源|作者|编辑|編輯|欢迎|歡迎|论坛|論壇|主題|访问|訪問|位置/;

/** A page title advertising a compilation or a file: …5篇, 【4篇】, 范文1000字, .docx, 精选, 汇编, 大全. */
const PAGE_DECORATION = /\d+\s*篇|[（(【]\s*(?:共|精选|精選)?\s*\d+\s*篇|\d{3,}字|\.docx?|\.pdf|\.wps|精选|精選|汇编|匯編|大全|合集|实用|實用|最新|范文网|[_|]/i;

/** An office followed by a name: 市教育局局长、党委书记 赵青山, 四川省人民政府省长 施小琳. */
export const SPEAKER_LINE = /(?:书记|書記|局长|局長|市长|市長|省长|省長|县长|縣長|区长|區長|主席|校长|校長|院长|院長|总理|總理|部长|部長|主任|委员|委員|议员|議員|总统|總統|会长|會長)\s*[:：]?\s+\S{2,4}$/;

const SENTENCE_END = /[。！？!?；;，,、：:]$/;

export const TITLE_FEATURES: readonly TitleFeature[] = [
  { id: 'title-word-end', weight: 3, test: (t) => TITLE_WORD_AT_END.test(t), reason: 'ends with what a speech is called (讲话, 致辞, 献词, 报告…): most gold titles do, almost no chrome line does' },
  { id: 'title-word', weight: 1.5, test: (t) => TITLE_WORD.test(t) && !TITLE_WORD_AT_END.test(t), reason: 'names the genre elsewhere (党课：…, …就职典禮)' },
  { id: 'at-meeting', weight: 1, test: (t) => AT_MEETING.test(t), reason: '在…上的讲话: the canonical form of a speech title' },
  { id: 'chrome-word', weight: -4, test: (t) => CHROME_WORD.test(t) || (CHROME_WORD_WEAK.test(t) && !TITLE_WORD_AT_END.test(t)), reason: 'navigation, toolbar, account or page-meta words: chrome, not a title (words a title may use count only on a line not ending like one)' },
  {
    id: 'chrome-sign',
    weight: -4,
    test: (t) => /[|•>›»]|https?:|www\.|\.com|℃|:::|\d{1,2}:\d{2}/.test(t) || (t.includes('》') && !t.includes('《')),
    reason: 'menu separators (》 without 《 is a breadcrumb, not a book title), bullets, URLs, weather, clock times',
  },
  { id: 'page-decoration', weight: -2, test: (t) => PAGE_DECORATION.test(t), reason: 'a page title advertising a compilation or file; the document copy below it is the title' },
  { id: 'latin-or-digits', weight: -3, test: (t) => (t.match(/[A-Za-z0-9]/g)?.length ?? 0) > hanCount(t), reason: 'mostly Latin letters or digits: an English menu, a file size, a date' },
  { id: 'bracketed-label', weight: -1.5, test: (t) => /^[【\[〔].*[】\]〕]$/.test(t), reason: '【…】 around the whole line: a column label or a compilation piece header' },
  { id: 'speaker-line', weight: -2.5, test: (t) => SPEAKER_LINE.test(t), reason: '县委书记 王建国: an office and a name is the speaker line under the title' },
  { id: 'long', weight: -1.5, test: (t) => t.length > 40, reason: 'longer than almost every real title (the longest gold title is a news headline of 38 characters)' },
];

/** A line that can never be the title, whatever else it shows. */
export function excludedFromTitle(text: string): boolean {
  return (
    text.length > 60 ||
    hanCount(text) < 2 ||
    SENTENCE_END.test(text) ||
    /[。！？!?]/.test(text.replace(/[。！？!?]$/, '')) ||
    isSalutation(text) ||
    headingMarker(text) !== null ||
    /^(?:——|—|--|－－)/.test(text) ||
    /^[（(]?\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年[^。，]{1,20}?日[^。，]{0,30}[)）]?$/.test(text)
  );
}

/**
 * The line's own score: the sum of the weights of the features it shows. Features read the line
 * without its piece index (篇1, （一）), except the page-decoration one, which is about those.
 */
export function titleScore(text: string): number {
  return titleLineFeatures(text).reduce((score, x, j) => score + x * TITLE_FEATURES[j]!.weight, 0);
}

/** Which of TITLE_FEATURES the line shows (1 or 0, in their order): the line's part of a candidate's features. */
export function titleLineFeatures(text: string): number[] {
  const core = stripTitleDecoration(text).text;
  return TITLE_FEATURES.map((f) => (f.test(f.id === 'page-decoration' ? text : core) ? 1 : 0));
}

export function isChromeLike(text: string): boolean {
  return TITLE_FEATURES.some((f) => f.weight <= -3 && f.test(text));
}

/** Chrome words or signs (not merely digits: a date line is mostly digits). */
export function hasChromeMarks(text: string): boolean {
  return TITLE_FEATURES.some((f) => (f.id === 'chrome-word' || f.id === 'chrome-sign') && f.test(text));
}
