import { HAN, hanCount } from '../text/characters';
import { chromeWordAlternation } from '../text/chrome-words';
import { genreAlternation } from '../text/genre-words';
import { PHRASE_BREAK } from '../text/sentences';
import { REPORTING_VERBS } from '../text/reporting-verbs';
import { COLLECTION_WORDS, PIECE_NUMBER, PRAISE_TAGS, TEXT_KIND_TAGS } from '../text/page-title-decoration';
import { endsWithTitleGenre, headingMarker, isSalutation } from '../text/markers';
import { CLOSING_BRACKETED_DATE, isDateLine, isSubtitleLine } from './meta-lines';
import { stripTitleDecoration } from './title-text';

/**
 * What a line shows as a possible title of the speech. A scraped page shows several short lines above
 * a speech (site name, menus, breadcrumb, page title with decorations, the speech title, its speaker
 * and date); the first one is the speech title only on a clean copy. Each feature is a row with the
 * evidence that justifies it; how much each counts is learned (`npm run train:title`, title-model.json),
 * together with where the candidate sits on the page (title-features.ts). The screens below
 * (isChromeLike, namesGenre) are plain predicates for the places where a line is only screened.
 */

export interface TitleFeature {
  readonly id: string;
  readonly test: (text: string) => boolean;
  readonly reason: string;
}

/** What a speech calls itself: 讲话, 致辞, 献词, 报告, 主持词…, 辞 forms of 词 words too (text/genre-words.ts). */
const SPEECH_KINDS = genreAlternation('title');

/** An occasion a title ends with in place of a genre word (…县长就职): it names the occasion, so a line of it and genre words (就職演說) is no bare genre label. */
const OCCASION_ENDS = genreAlternation('occasion');

/** What a speech calls itself at the end of its title, or the occasion it names there. */
export const TITLE_WORD = new RegExp(`(?:${SPEECH_KINDS}|${OCCASION_ENDS})`);

const TITLE_WORD_AT_END = new RegExp(`${TITLE_WORD.source}(?:稿|${TEXT_KIND_TAGS})?$`);

/** 在…会议上的讲话 / 在…时的讲话: the canonical title of a speech. */
const AT_MEETING = /^在.{2,60}(?:上|时|時|中)的(?:讲话|講話|发言|發言|致辞|致辭|报告|報告)/;

/** Words of site chrome that no speech title uses: navigation, toolbars, accounts, page furniture (text/chrome-words.ts). */
const CHROME_WORD = new RegExp(chromeWordAlternation('never'), 'i');

/**
 * Chrome words that a real title may also contain (在新闻发布会上的讲话, 在全民阅读活动上的致辞, 在…论坛上的
 * 演讲, 在欢迎会上的讲话): chrome only on a line that does not end like a speech title.
 */
const CHROME_WORD_WEAK = new RegExp(chromeWordAlternation('unless-genre-end'));

/**
 * A page title advertising a collection of pieces: 7篇, （共6篇）, 【4篇】, 汇编, 大全, 合集. Its title is
 * the collection's, never the speech's: the gold takes a compilation's first piece's own title, or none
 * (no gold title of the 99 pages carries one; 8 pages show such a banner). Learned as a feature, its
 * weight stayed weak — the cleaning removes most banners from the training pages — and a banner the
 * cleaning kept won on unseen sites (116 on every shuffled split), so it is never a title.
 */
const COLLECTION = new RegExp(`(?<!第\\s*)\\d+\\s*篇|${COLLECTION_WORDS}`);

/** A quoted name inside a title: 《中国共产党历史文献汇编》, “10篇优秀调研报告”. */
const QUOTED_NAME = /《[^》]*》|“[^”]*”|"[^"]*"|「[^」]*」|『[^』]*』/g;

/**
 * The collection word must be the line's own, not a quoted name's, and the line must not end like a
 * speech (在《…汇编》出版座谈会上的讲话, 在…大全首发式上的致辞: a book launch is a speech's occasion).
 */
export function advertisesCollection(text: string): boolean {
  const own = text.replace(QUOTED_NAME, '').trim();
  return COLLECTION.test(own) && !endsWithTitleGenre(own);
}

/** A page title advertising an article: 精选, 9500字, 范文一, 实用, 最新 (the document copy below it carries the title, or this one does, without them). */
const PAGE_DECORATION = new RegExp(`\\d{3,}字|(?:范文|範文)${PIECE_NUMBER}|${PRAISE_TAGS}|范文网|[_|]`, 'i');

/** A page title naming one document file: .docx, .pdf (the title of that one document, decorated). */
const FILE_DECORATION = /\.docx?|\.pdf|\.wps/i;

/** An office followed by a name: 市教育局局长、党委书记 赵青山, 四川省人民政府省长 施小琳. */
export const SPEAKER_LINE = /(?:书记|書記|局长|局長|市长|市長|省长|省長|县长|縣長|区长|區長|镇长|鎮長|主席|校长|校長|院长|院長|总理|總理|部长|部長|主任|委员|委員|议员|議員|总统|總統|会长|會長|董事长|董事長|总经理|總經理|行长|行長|厂长|廠長|社长|社長|所长|所長|处长|處長|司长|司長)\s*[:：]?\s+\S{2,4}$/;

/** 授课：茹万春, 主讲人：…: who gives the speech, named under its title. */
export const SPEAKER_LABEL = /^(?:授课|授課|主讲|主講|主讲人|主講人|讲话人|講話人|发言人|發言人|报告人|報告人|宣讲人|宣講人)\s*[:：]/;

const SENTENCE_END = new RegExp(`[${PHRASE_BREAK}、：:]$`);

/** Navigation, toolbar, account or page-meta words (words a title may use count only on a line not ending like one). */
function hasChromeWord(t: string): boolean {
  return CHROME_WORD.test(t) || CHROME_LABEL.test(t) || (CHROME_WORD_WEAK.test(t) && !TITLE_WORD_AT_END.test(t));
}

/**
 * A page label opening the line (推荐访问：, 相关阅读：, 来源：, 标签：): what follows is a link list or the
 * page's meta, whatever words it ends with. No gold title opens with one (党课：, 施政報告： name the genre).
 */
const CHROME_LABEL = new RegExp(`^\\S{0,6}?(?:${CHROME_WORD_WEAK.source}|推荐|推薦|相关|相關|标签|標籤|关键词|關鍵詞|热门|熱門)\\S{0,4}?[：:]`);

/** Menu separators (》 without 《 is a breadcrumb, not a book title), bullets, URLs, weather, clock times. */
function hasChromeSign(t: string): boolean {
  return /[|•>›»]|https?:|www\.|\.com|℃|:::|\d{1,2}:\d{2}/.test(t) || (t.includes('》') && !t.includes('《'));
}

/** The genre evidence counts only on a line free of chrome: a breadcrumb ending in its column's name (首页 》 国旗下的演讲) is no title. */
const clean = (t: string): boolean => !hasChromeWord(t) && !hasChromeSign(t);

/** An office closing the line (泰州市人民政府市长, 国务院总理): the first half of a speaker line, whose name follows. */
export const OFFICE_AT_END = /(?:书记|書記|局长|局長|市长|市長|省长|省長|县长|縣長|区长|區長|镇长|鎮長|主席|校长|校長|院长|院長|总理|總理|部长|部長|主任|总统|總統|会长|會長|董事长|董事長|总经理|總經理|行长|行長|厂长|廠長|负责人|負責人)$/;

/** A news headline's verbs (text/reporting-verbs.ts): how much they count — mostly against a title-shaped line under it — is learned, as some gold titles are such headlines (a press release has no other: `行政長官出席…頒獎典禮致辭`). */
const REPORTS = new RegExp(REPORTING_VERBS);

/**
 * A photo caption: `圖：行政長官…致辭`, `图1：升旗仪式`, `图为…`, `图｜…`, `（图）`, a photographer's credit with a name
 * (`…（某某 摄）`, `（摄影：某某）`, `（记者 某某 摄）`). It describes a picture on the page and often names the speech (致辭)
 * it shows being given. A title ending in 摄影 without a name (`…摄影展上的致辞（摄影）`) is no credit. Each part is
 * anchored or has one run of spaces, so a line of spaces is read once.
 */
const CAPTION = new RegExp(
  [
    `^[（(]?[图圖](?:片|示|為|为)?\\s*(?:\\d{1,2}\\s*)?[：:|｜/／）)]`,
    `^[图圖][为為]`,
    `[（(]\\s*[图圖]\\s*[）)]`,
    // 某某 摄, （新华社记者 某某 摄）: a name of two to four ideographs, set off, before 摄.
    `(?:^|[\\s（(]|记者|記者)[${HAN}]{2,4}\\s?(?:摄|攝)(?:影)?\\s*[）)]?$`,
    `[（(](?:摄影|攝影)\\s*[：:/／]\\s*[${HAN}]{2,4}`,
    `[（(](?:记者|記者)\\s*[${HAN}]{2,4}`,
    `[图圖]\\s*[/／]\\s*\\S{1,6}$`,
  ].join('|'),
  'u',
);

export function isCaption(text: string): boolean {
  return CAPTION.test(text);
}

/** 【…】, […], 〔…〕 around the whole line (once a piece header's brackets are taken off). */
const BRACKETED_LINE = /^[【\[〔].*[】\]〕]$/;

export const TITLE_FEATURES: readonly TitleFeature[] = [
  { id: 'title-word-end', test: (t) => TITLE_WORD_AT_END.test(t) && clean(t), reason: 'ends with what a speech is called (讲话, 致辞, 献词, 报告…): most gold titles do, almost no chrome line does' },
  { id: 'title-word', test: (t) => TITLE_WORD.test(t) && !TITLE_WORD_AT_END.test(t) && clean(t), reason: 'names the genre elsewhere (党课：…, …就职典禮)' },
  { id: 'at-meeting', test: (t) => AT_MEETING.test(t) && clean(t), reason: '在…上的讲话: the canonical form of a speech title' },
  { id: 'chrome-word', test: hasChromeWord, reason: 'navigation, toolbar, account or page-meta words: chrome, not a title' },
  { id: 'chrome-sign', test: hasChromeSign, reason: 'menu separators, bullets, URLs, weather, clock times' },
  { id: 'page-decoration', test: (t) => PAGE_DECORATION.test(t), reason: 'a page title advertising an article (精选, 9500字, 范文一); the document copy below it is the title, or this one without them' },
  { id: 'file-decoration', test: (t) => FILE_DECORATION.test(t), reason: 'a page title naming a document file (.docx, .pdf): that document\'s title, decorated' },
  { id: 'latin-or-digits', test: mostlyLatinOrDigits, reason: 'mostly Latin letters or digits: an English menu, a file size, a date' },
  { id: 'bracketed-label', test: (t) => BRACKETED_LINE.test(t), reason: '【…】 around the whole line: a column label or a compilation piece header' },
  { id: 'speaker-line', test: (t) => SPEAKER_LINE.test(t), reason: '县委书记 王建国: an office and a name is the speaker line under the title' },
  { id: 'office-end', test: (t) => OFFICE_AT_END.test(t), reason: '泰州市人民政府市长 / 国务院总理: an office whose holder is named on the next line' },
  { id: 'reports', test: (t) => REPORTS.test(t), reason: 'a news headline saying what happened (强调, 指出, 出席, 隆重举行, 召开): a report about the speech, not its own title' },
  { id: 'caption', test: isCaption, reason: 'a photo caption (圖：…, 图为…, （某某 摄）): it describes a picture, even when it names the speech' },
  { id: 'long', test: (t) => t.length > 40, reason: 'longer than almost every real title (the longest gold title is a news headline of 38 characters)' },
];

/**
 * A line wholly in round brackets is a note under the title (（根据录音整理）, （2022年7月11日）, （本人作为开发者代表的
 * 发言，2024年4月25日）): no gold title of the 163 pages is one.
 */
const ROUND_BRACKETED = /^[（(][^（）()]*[）)]$/;

/**
 * A field label about a speech (演讲者, 演讲时间, 演讲地点, 1 演讲背景, 讲话全文): an encyclopedia's infobox or
 * contents, its value on the next line. It names the genre but is about the speech, not its title.
 */
export const SPEECH_FIELD = new RegExp(`^[\\d\\s.]{0,3}(?:${SPEECH_KINDS})(?:者|人|时间|時間|地点|地點|背景|全文|原文|视频|視頻)$`);

/** A line that can never be the title, whatever else it shows. */
export function excludedFromTitle(text: string): boolean {
  return (
    text.length > 60 ||
    hanCount(text) < 2 ||
    SENTENCE_END.test(text) ||
    /[。！？!?]/.test(text.replace(/[。！？!?]$/, '')) ||
    isSalutation(text) ||
    headingMarker(text) !== null ||
    isSubtitleLine(text) ||
    isDateLine(text) ||
    advertisesCollection(text) ||
    ROUND_BRACKETED.test(text) ||
    SPEECH_FIELD.test(text)
  );
}

/** The features about what a page adds to a title: read on the line as it stands. */
const DECORATION_FEATURES = new Set(['page-decoration', 'file-decoration']);

/**
 * The genre evidence, which a line of genre words only does not give (【讲话稿】, 讲话致辞, 发言稿: a column or category name;
 * the shortest gold titles, 元旦献词 and 新春献词, name an occasion too), nor a line in brackets (a
 * label or an editor's note naming its source: [節錄自…口頭施政報告…]).
 */
export const GENRE_FEATURE_IDS = ['title-word-end', 'title-word', 'at-meeting'] as const;
const GENRE_FEATURES = new Set<string>(GENRE_FEATURE_IDS);

/**
 * Which of TITLE_FEATURES the line shows (1 or 0, in their order): the line's part of a candidate's
 * features. Features read the line without its piece index (篇1, （一）) or a closing bracketed date, except
 * the decoration ones, which are about those.
 */
export function titleLineFeatures(text: string): number[] {
  const core = stripTitleDecoration(text).text.replace(CLOSING_BRACKETED_DATE, '');
  const noGenre = genreOnly(text) || BRACKETED_LINE.test(core);
  return TITLE_FEATURES.map((f) => (!(noGenre && GENRE_FEATURES.has(f.id)) && f.test(DECORATION_FEATURES.has(f.id) ? text : core) ? 1 : 0));
}

const GENRE_WORDS = new RegExp(`${SPEECH_KINDS}|稿|${TEXT_KIND_TAGS}|[【】\\[\\]〔〕（）()\\s]`, 'g');

/** Nothing but genre words (【讲话稿】, 讲话致辞, 发言稿): a column or category name. */
export function genreOnly(text: string): boolean {
  return hanCount(text) > 0 && hanCount(text.replace(GENRE_WORDS, '')) === 0;
}

/** Mostly Latin letters or digits: an English menu, a file size, a date. */
function mostlyLatinOrDigits(t: string): boolean {
  return (t.match(/[A-Za-z0-9]/g)?.length ?? 0) > hanCount(t);
}

/** Chrome by its words or signs, or mostly Latin letters and digits: never the title, the speaker, nor speech prose. */
export function isChromeLike(text: string): boolean {
  return hasChromeWord(text) || hasChromeSign(text) || mostlyLatinOrDigits(text);
}

/**
 * Names what a speech is called (讲话, 致辞, 党课…), free of chrome, and is no speaker line: what the
 * start of a line must read as to be taken for a title glued to the salutation.
 */
export function namesGenre(text: string): boolean {
  const core = stripTitleDecoration(text).text;
  return TITLE_WORD.test(core) && !isChromeLike(core) && !SPEAKER_LINE.test(core);
}

/** Chrome words or signs (not merely digits: a date line is mostly digits). */
export function hasChromeMarks(text: string): boolean {
  return hasChromeWord(text) || hasChromeSign(text);
}
