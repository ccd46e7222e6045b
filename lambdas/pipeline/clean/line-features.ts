import { isHanCode } from '../text/characters';
import { headingMarker, isSalutation, TITLE_ENDING } from '../text/markers';
import { ENDS_SENTENCE_RE, SENTENCE_END_RE } from '../text/sentences';
import type { WorkLine } from './lines';
import { endOfArticleMarker, isProse } from './regions';
import { HEAD_CHROME, matchNoise, PAGE_FURNITURE, TAIL_CHROME, TAIL_STOPPERS, TRAILING_JUNK } from './noise-patterns';

/**
 * Shallow features of one line and its neighbours, the input of the learned noise/content decision
 * (boilerpipe's text features, jusText's stop-word density, plus where the line sits on the page and
 * which pattern tables it hits). Every feature is a number in [0, 1]; the names are the keys of the
 * committed weights, so adding a feature means retraining (`npm run train:clean`).
 */
export const FEATURE_NAMES = [
  'bias',
  'length',
  'short',
  'hanShare',
  'latinShare',
  'digitShare',
  'spaceShare',
  'symbolShare',
  'sentenceEnd',
  'endsSentence',
  'clauseDensity',
  'functionWords',
  'chromeWords',
  'url',
  'pipeArrow',
  'bullet',
  'bracketed',
  'dateTime',
  'labelColon',
  'fileName',
  'fromTop',
  'firstLines',
  'lastLines',
  'head',
  'afterLastProse',
  'afterStopper',
  'repeated',
  'repeatedOften',
  'containsNextHead',
  'furnitureRule',
  'headChromeRule',
  'tailStopperRule',
  'tailChromeRule',
  'junkRule',
  'ruleRemoved',
  'ruleSuspected',
  'headingMarker',
  'salutation',
  'titleEnding',
  'prose',
  'prevProse',
  'nextProse',
  'shortRun',
  'proseNearby',
  'sandwiched',
  'twinBelow',
  'twinAbove',
  'compilationWords',
  'seoPhrases',
  'dateOnly',
  'tiny',
  'afterColon',
  'farAboveBody',
  'continuesSentence',
  'dateAboveHeadLine',
  'headLabel',
  'tailLabel',
  'clockTime',
  'webDate',
  'fieldValue',
  'hashId',
  'afterEndMarker',
  'speakerLine',
  'recordMeta',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type FeatureVector = Float64Array;

const codes = (chars: string): Set<number> => new Set(Array.from(chars, (ch) => ch.codePointAt(0)!));
/** 的 了 是 在 和 要 我们…: the words running prose is made of and menus, banners and link lists lack. */
const FUNCTION_CHARS = codes('的了是在和要我们你他这那就都也对把被为与以及着有不而并将从其之所让使能会');
/** Words of page chrome (navigation, accounts, sharing, portals, licences), Simplified and Traditional. */
const CHROME_WORDS = lexicon(
  '首页 首頁 登录 登錄 登入 注册 註冊 搜索 搜尋 检索 下载 下載 收藏 分享 打印 列印 关闭 關閉 字号 字體 字体 浏览 瀏覽 阅读 閱讀 点击 點擊 评论 評論 留言 热门 熱門 推荐 推薦 相关 相關 返回 栏目 欄目 频道 頻道 导航 導航 菜单 選單 菜單 网站 網站 本站 官网 官網 手机 手機 微信 微博 APP 客户端 客戶端 订阅 訂閱 版权 版權 客服 会员 會員 VIP 文档 文檔 范文 範文 大全 文库 文庫 跳到 主要內容 主要内容 无障碍 無障礙 友情链接 网站地图 網站地圖 联系我们 聯絡我們 关于我们 關於我們 投稿 设为 設為 扫描 掃描 二维码 二維碼 上一篇 下一篇 发布 發布 發佈 来源 來源 编辑 編輯 作者 点赞 在看 转发 轉發 复制 複製 举报 舉報 更多 专题 專題 English RSS 新闻 新聞 欢迎来到 歡迎來到 欢迎访问 歡迎訪問 欢迎光临 歡迎光臨 发表时间 發表時間 发表于 發表於 更新日期 更新时间 查看数 访问人数 訪問人數 附件 视频 視頻 影片 图片 圖片 表单 表單 提交 请稍后 請稍後 权限 權限 预览 預覽 免费获取 立即下载 付费 付費 充值 客服 隐私权 星期',
);
/** How a portal decorates a page title: 范文, 5篇, 篇一, 精选, 大全, 模板, .docx, 1000字. */
export const COMPILATION_WORDS = /范文|範文|\d+\s*篇|篇\s*[一二三四五六七八九十\d]|[（(【]共?\d+篇[)）】]|精选|精選|大全|模板|实用|實用|合集|汇编|匯編|\.docx?|\d+字$/;
/**
 * What an SEO intro, a portal's filler or a notice says about the text rather than in it. Not a
 * speaker's own openers (下面是我讲的三点意见。, 以下是…, 精心组织): every SEO intro in the gold that has
 * them also has 小编, 为大家 or 整理.
 */
const SEO_PHRASES = lexicon(
  '侵权 侵權 转载 轉載 免责 免責 隐私 隱私 不代表 请勿 請勿 小编 小編 一起来看看 一起來看看 欢迎阅读 歡迎閱讀 仅供参考 僅供參考 希望对 希望對 希望能 为大家 為大家 欢迎参考 歡迎參考 不代表本站 整理了 收集整理 大家想知道 怎么写 怎麼寫 如何写 拼音 特意整理 供大家',
);
export const DATE_ONLY = /^[(（]?(?:中華民國|中华民国|民國|民国)?\s*\d{2,4}\s*[年\-/.]\s*\d{1,2}\s*(?:[月\-/.]\s*(?:\d{1,2}\s*日?)?)?[)）]?$/;
/**
 * A date (and time) as a CMS prints it: digits with separators (2013-10-30, 2024/5/20, 07.11.2019) or a
 * zero-padded month or day (114年01月13日, 2026年02月10日). A speech's own date line is written out
 * (2014年3月5日, （2022年10月23日）): on both gold folders every bare date line in these forms is noise,
 * every one written out is content.
 */
const WEB_DATE = /^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{4}|(?:中華民國|中华民国|民國|民国)?\s*\d{2,4}\s*年\s*(?:0\d\s*月\s*\d{1,2}|\d{1,2}\s*月\s*0\d)\s*日?)(?:\s*\d{1,2}\s*(?::\d{2}(?::\d{2})?|[时時]\s*\d{1,2}\s*分))?$/;
/** A web field whose value the page put on the next line (来源： / 四川日报, 责任编辑： / 李莎莎). */
const FIELD_LABEL_ONLY = /^(?:来源|來源|作者|编辑|編輯|责任编辑|責任編輯|责编|責編|供稿|摄影|攝影|发布者|發布者|发布人|信息来源|文章来源|稿件来源)\s*[:：]\s*$/;
/** A hash or record id on a line of its own (e4c29f31c6964493a14c4ddf6b160169:): a portal's link key. */
const HASH_ID = /^(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9_-]{16,}[:：]?$/;
/** An office and a name (校长 徐扬生, 上海市市长 龚正, 市教育局局长、党委书记 赵青山): the speech's speaker line. */
const SPEAKER_LINE = /^[\p{Script=Han}（）()、·]{0,24}(?:长|長|书记|書記|主任|主席|代表|委员|委員|总裁|總裁|经理|經理|教授|老师|老師|理事|总统|總統|主委|议员|議員|部长|部長)\s+\p{Script=Han}{2,4}$/u;
/** A meeting record's header field (時  間 …, 地  點 本院議場, 主  席 …, 紀錄: 陳玟佐): the record's own, not a web stamp. */
const RECORD_META = /^(?:時\s*間|时\s*间|地\s*點|地\s*点|主\s*席|日\s*期|紀\s*錄|纪\s*录|記\s*錄|记\s*录|出\s*席|列\s*席|主\s*持|請\s*假|请\s*假|缺\s*席)(?:\s*[:：]\s*|\s+)\S/;
const SYMBOLS = codes('|｜>›»＞→•·●○◆■□▲▼★☆◎※#@&*_=+<~^:：/\\');
const CLAUSE_MARKS = codes('，,、；;');

interface CharCounts {
  han: number;
  latin: number;
  digit: number;
  space: number;
  symbol: number;
  clause: number;
  functionWord: number;
}

/** The character-class counts of a line in one pass (no regex, no allocation per character). */
function charCounts(text: string): CharCounts {
  const c: CharCounts = { han: 0, latin: 0, digit: 0, space: 0, symbol: 0, clause: 0, functionWord: 0 };
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      code = text.codePointAt(i)!;
      i++;
    }
    if (isHanCode(code)) {
      c.han++;
      if (FUNCTION_CHARS.has(code)) c.functionWord++;
    } else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) c.latin++;
    else if (code >= 48 && code <= 57) c.digit++;
    else if (code === 32 || code === 0x3000) c.space++;
    else if (SYMBOLS.has(code)) c.symbol++;
    else if (CLAUSE_MARKS.has(code)) c.clause++;
  }
  return c;
}

/**
 * A word list matched in one pass over the text (words indexed by their first character): a regex
 * alternation of a hundred words costs a hundred tries at every position of a long paragraph.
 */
export function lexicon(words: string): { count: (text: string) => number } {
  const byFirst = new Map<number, string[]>();
  for (const word of words.split(' ')) {
    for (const form of new Set([word, word.toLowerCase(), word.toUpperCase()])) {
      const list = byFirst.get(form.charCodeAt(0)) ?? [];
      list.push(form);
      byFirst.set(form.charCodeAt(0), list);
    }
  }
  return {
    count(text) {
      let hits = 0;
      for (let i = 0; i < text.length; i++) {
        const list = byFirst.get(text.charCodeAt(i));
        if (list === undefined) continue;
        for (const word of list) {
          if (text.startsWith(word, i)) {
            hits++;
            i += word.length - 1;
            break;
          }
        }
      }
      return hits;
    },
  };
}

const clip = (x: number): number => (x < 0 ? 0 : x > 1 ? 1 : x);

/** What the pattern rules decided for the page: the region boundaries and each line's outcome. */
export interface RuleOutcome {
  /** Index (into the work lines) of the first body line. */
  readonly bodyStart: number;
  /** Index of the first tail stopper (read-more, paywall), or -1. */
  readonly stopper: number;
  /** Lines the rules left in as suspected. */
  readonly suspected: ReadonlySet<number>;
}

/**
 * Features of every non-blank line of the page (blank lines get none). Linear in the page size: one
 * pass for line features, one for repetition counts, two for distances to prose.
 */
export function lineFeatures(work: readonly WorkLine[], rules: RuleOutcome): (FeatureVector | null)[] {
  const present = work.map((w, i) => (w.text === '' ? -1 : i)).filter((i) => i >= 0);
  const n = present.length;
  const prose = work.map((w) => w.text !== '' && isProse(w.text));
  const counts = new Map<string, number>();
  for (const i of present) counts.set(work[i]!.text, (counts.get(work[i]!.text) ?? 0) + 1);
  let lastProse = -1;
  for (let i = work.length - 1; i >= 0 && lastProse < 0; i--) if (prose[i] && !work[i]!.removed) lastProse = i;

  // Distance (in non-blank lines) to the nearest prose line above and below.
  const above = new Array<number>(work.length).fill(99);
  const below = new Array<number>(work.length).fill(99);
  let d = 99;
  for (const i of present) {
    above[i] = d;
    d = prose[i] ? 1 : d + 1;
  }
  d = 99;
  for (let k = present.length - 1; k >= 0; k--) {
    const i = present[k]!;
    below[i] = d;
    d = prose[i] ? 1 : d + 1;
  }
  // Length of the run of short non-prose lines each line belongs to (menus come one item per line).
  const run = new Array<number>(work.length).fill(0);
  for (let k = 0; k < present.length; ) {
    let e = k;
    while (e < present.length && !prose[present[e]!] && work[present[e]!]!.text.length <= 12) e++;
    for (let j = k; j < e; j++) run[present[j]!] = e - k;
    k = e === k ? k + 1 : e;
  }

  // Head lines that say the same thing twice: a page title and the speech title (which one is noise
  // depends on its decorations and place, so both directions are features).
  const twins = headTwins(work, present, rules.bodyStart);

  const endMarker = endOfArticleMarker(work, prose);

  const firstBody = present.findIndex((i) => i >= rules.bodyStart);
  const bodyRank = firstBody < 0 ? n : firstBody;

  const out: (FeatureVector | null)[] = work.map(() => null);
  let kept: number | undefined;
  present.forEach((i, rank) => {
    const w = work[i]!;
    const text = w.text;
    const len = text.length;
    const f = new Float64Array(FEATURE_NAMES.length);
    let k = 0;
    const set = (value: number | boolean): void => {
      f[k++] = typeof value === 'boolean' ? (value ? 1 : 0) : clip(value);
    };
    const nextHead = present[rank + 1] !== undefined ? work[present[rank + 1]!]!.text : '';
    set(1);
    set(Math.log(1 + len) / Math.log(300));
    set(len <= 6);
    // Shares and word densities are read on the first 400 characters: enough to tell a paragraph,
    // and constant work per line however long it is.
    const sample = text.length > 400 ? text.slice(0, 400) : text;
    const sampleLen = sample.length;
    const c = charCounts(sample);
    set(c.han / sampleLen);
    set(c.latin / sampleLen);
    set(c.digit / sampleLen);
    set((c.space / sampleLen) * 4);
    set((c.symbol / sampleLen) * 4);
    set(SENTENCE_END_RE.test(text));
    set(ENDS_SENTENCE_RE.test(text));
    set(c.clause / (sampleLen / 15 + 1));
    set((c.functionWord / sampleLen) * 4);
    set(CHROME_WORDS.count(sample) / (sampleLen / 8 + 1));
    set(/https?:|www\.|\.(?:com|cn|net|org|gov|edu)\b|\.s?html?\b/i.test(text));
    set(/[|｜>›»＞→]/.test(text));
    set(/^[•·●○◆■▪\-*–—]\s*\S/.test(text) && !/^——/.test(text));
    set(/^[【\[〔].*[】\]〕]$/.test(text));
    set(/\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}|\d{1,2}:\d{2}/.test(text));
    set(/^[^，。！？,.!?]{1,10}[:：]/.test(text));
    set(/\.(?:docx?|pdf|jpe?g|png|gif|txt|pptx?|xlsx?|wps|zip|rar)\b|\d\s*(?:KB|MB|kb|M)\b/.test(text));
    set(1 - rank / Math.max(1, n - 1));
    set(rank < 3);
    set(rank >= n - 3);
    set(i < rules.bodyStart);
    set(lastProse >= 0 && i > lastProse);
    set(rules.stopper >= 0 && i > rules.stopper);
    set((counts.get(text) ?? 0) >= 2);
    set((counts.get(text) ?? 0) >= 3);
    set(i < rules.bodyStart && nextHead.length >= 4 && text.length > nextHead.length && text.includes(nextHead));
    set(matchNoise(text, PAGE_FURNITURE) !== null);
    set(matchNoise(text, HEAD_CHROME) !== null);
    set(text.length <= 80 && matchNoise(text, TAIL_STOPPERS) !== null);
    set(matchNoise(text, TAIL_CHROME) !== null);
    set(TRAILING_JUNK.test(text));
    set(w.removed);
    set(rules.suspected.has(w.line));
    set(headingMarker(text) !== null);
    set(isSalutation(text));
    set(TITLE_ENDING.test(text));
    set(prose[i]!);
    set(above[i] === 1);
    set(below[i] === 1);
    set(run[i]! / 8);
    set(1 / Math.min(above[i]!, below[i]!));
    set(above[i]! <= 3 && below[i]! <= 3);
    set(twins.below.has(i));
    set(twins.above.has(i));
    set(COMPILATION_WORDS.test(text));
    set(SEO_PHRASES.count(sample) > 0);
    set(DATE_ONLY.test(text));
    set(len <= 2);
    const prev = present[rank - 1];
    set(prev !== undefined && /[：:]$/.test(work[prev]!.text));
    // Menus and banners sit well above the speech; its title, subtitle and speaker right above it.
    set(i < rules.bodyStart ? (bodyRank - rank - 2) / 6 : 0);
    // The rest of a hard-wrapped sentence: the line above is long and stops mid-sentence.
    // (Page furniture the rules removed in between does not count.)
    set(kept !== undefined && work[kept]!.text.length >= 15 && !/[。！？!?；;：:”」』…）)]$/.test(work[kept]!.text));
    if (!w.removed) kept = i;
    // A publish date sits above the page's headline; the speech's own date sits under its title.
    set(DATE_ONLY.test(text) && i < rules.bodyStart && nextHead.length >= 6 && !DATE_ONLY.test(nextHead) && !isSalutation(nextHead) && !isProse(nextHead));
    // Interactions a linear score cannot form by itself: a short unpunctuated label far above the
    // speech (a menu item, a column name) or after its last paragraph (a link, a footer item).
    const label = len <= 12 && c.clause === 0 && !SENTENCE_END_RE.test(text) && !TITLE_ENDING.test(text);
    set(label && i < rules.bodyStart && bodyRank - rank > 3);
    set(label && lastProse >= 0 && i > lastProse);
    // A clock time with seconds, or a date with a time: a CMS stamp, not a speech's own date line.
    set(/\d{1,2}:\d{2}:\d{2}|\d{1,2}[-/.月]\d{1,2}日?\s+\d{1,2}:\d{2}/.test(sample));
    set(WEB_DATE.test(text.trim()));
    set(prev !== undefined && FIELD_LABEL_ONLY.test(work[prev]!.text) && len <= 20 && c.clause === 0 && !SENTENCE_END_RE.test(text));
    set(HASH_ID.test(text.trim()));
    set(endMarker >= 0 && i > endMarker);
    set(SPEAKER_LINE.test(text.trim()));
    set(RECORD_META.test(text.trim()));
    out[i] = f;
  });
  return out;
}

function bigrams(text: string): Set<string> {
  const chars = Array.from(text.replace(/[\s\p{P}\p{S}]/gu, ''));
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  return out;
}

/** Pairs among the first head lines (at most 20, so this stays constant-time per page) that share most bigrams. */
function headTwins(work: readonly WorkLine[], present: readonly number[], bodyStart: number): { below: Set<number>; above: Set<number> } {
  const head = present.filter((i) => i <= bodyStart + 1 && work[i]!.text.length <= 80).slice(0, 20);
  const grams = head.map((i) => bigrams(work[i]!.text));
  const below = new Set<number>();
  const above = new Set<number>();
  for (let a = 0; a < head.length; a++) {
    for (let b = a + 1; b < head.length; b++) {
      const ga = grams[a]!;
      const gb = grams[b]!;
      if (ga.size < 3 || gb.size < 3) continue;
      let shared = 0;
      for (const g of ga) if (gb.has(g)) shared++;
      if (shared / Math.min(ga.size, gb.size) >= 0.7) {
        below.add(head[a]!);
        above.add(head[b]!);
      }
    }
  }
  return { below, above };
}

/** Chrome words a line names itself (首页, 登录, 下载, 本站…). */
export function chromeWordCount(text: string): number {
  return CHROME_WORDS.count(text);
}

/** Whether a line speaks about the page (以下是小编…, 仅供参考, 转载, 侵权…) rather than in the speech. */
export function hasSeoPhrase(text: string): boolean {
  return SEO_PHRASES.count(text) > 0;
}
