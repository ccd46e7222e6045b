import { hanCount } from '../text/characters';
import { headingMarker, isSalutation } from '../text/markers';
import { ENDS_SENTENCE_RE } from '../text/sentences';
import { CHROME_WORDS, hasStandaloneChromeWord } from '../text/chrome-words';
import { isPublishStamp } from '../text/publish-stamp';
import { chromeWordCount } from './lexicons';
import type { WorkLine } from './lines';
import { opensBody } from './regions';
import type { CleaningReport } from './report';
import { namedLikeSpeech } from './title-guard';

/**
 * Chrome glued before the title or the salutation on one head line (a breadcrumb and a toolbar before
 * 在…的讲话, a publish stamp before 亲爱的…同学们：): the line scores as chrome, and removing it whole
 * loses the title or the salutation. Where the line splits — after a run of spaces, a 】 or ] or a >
 * — the rest may be the speech's (named like a speech with 8 or more Han characters — a column's name
 * 领导讲话 is not a title — or a salutation) while what comes before shows chrome (a separator, a
 * field label, a chrome word) and closes every bracket it opens. Boundaries are tried left to right;
 * the first whose rest shows no chrome sign of its own wins.
 */
const BOUNDARY = /[ \u3000\t]+|(?<=[】\]>＞›»|｜])/g;
/**
 * What a rest that is the speech's never holds: separators, a toolbar's brackets, a field with its
 * value, a clock time, three words apart (a keyword list: 心得體會 講話稿 演講稿 致辭).
 */
const CHROME_SIGN = /[>＞›»|｜【】[\]]|\s[》〉]\s|^[》〉)）”’、，：:]|^[^，。！？]{1,8}[:：]\s*\S|\d{1,2}:\d{2}|\S\s+\S+\s+\S/;
/** What a prefix that is chrome shows at least once (a date alone does not: 《追加撥款(2016-2017 年度)…》 is a title). */
const PREFIX_SIGN = /[>＞›»|｜【】[\]]|[:：]/;
/** Brackets and quotes a prefix must close: a boundary inside 《…》 or (…) cuts a title, not chrome off it. */
const OPENERS = /[(（《〈“「『]/g;
const CLOSERS = /[)）》〉”」』]/g;
const balanced = (text: string): boolean => (text.match(OPENERS)?.length ?? 0) === (text.match(CLOSERS)?.length ?? 0);

/** The opener each boundary closer may close: then it ends a bracket pair, not a separator. */
const OPENER_OF: Readonly<Record<string, string>> = { ']': '[［', '］': '[［', '>': '<＜‹«〈《', '＞': '<＜‹«〈《', '›': '<＜‹«〈《', '»': '<＜‹«〈《' };
/**
 * A prefix ending in an ASCII-style bracket pair that opens right after a word is the title's own text
 * (在学习‹习近平谈治国理政>第四卷…, 市委[2024]1号文件…: typed for 《》 and 〔〕), not a tag before the
 * title ([转载] opens the line; a toolbar's [打印] follows a space) nor a separator (首页 > 新闻 > has no
 * opener). 【】 is never typed for a title's brackets: 【打印】 stays a toolbar's wherever it stands.
 */
function endsInInnerPair(prefix: string): boolean {
  const trimmed = prefix.trimEnd();
  const openers = OPENER_OF[trimmed[trimmed.length - 1]!];
  if (openers === undefined) return false;
  for (let i = trimmed.length - 2; i >= 0; i--) if (openers.includes(trimmed[i]!)) return i > 0 && /[\p{L}\p{N}]/u.test(trimmed[i - 1]!);
  return false;
}

/** Named like a speech, 8 to 40 characters with no chrome word: a title, not a column's name (领导讲话). */
const titleLike = (text: string): boolean => text.length <= 40 && hanCount(text) >= 8 && namedLikeSpeech(text) && chromeWordCount(text) === 0;


/** Any word of the chrome table, whatever its title use. */
const ANY_CHROME_WORD = new RegExp(CHROME_WORDS.map((w) => w.word).join('|'), 'i');
/**
 * A speaker label — a name or a role and a colon (习近平：, 主持人：) — before the title or the
 * salutation: the speech's own text, never chrome. A field label (来源：, 位置：) names a chrome word.
 */
const SPEAKER_LABEL = /^[\p{Script=Han}·•A-Za-z]{1,12}\s*[:：]\s*$/u;
const isSpeakerLabel = (prefix: string): boolean => SPEAKER_LABEL.test(prefix) && !ANY_CHROME_WORD.test(prefix);

export interface GluedHead {
  /** The chrome before the speech's part, to list as a removed fragment. */
  readonly chrome: string;
  /** The title or salutation that stays. */
  readonly rest: string;
}

/**
 * The speech's title or salutation at the end of a head line, after chrome: null when the line has
 * none. `chrome` is empty when the part before shows no chrome sign: nothing is split off then.
 */
export function gluedHeadContent(text: string): GluedHead | null {
  for (const m of text.matchAll(BOUNDARY)) {
    const at = m.index + m[0].length;
    // A title or a salutation is at most 40 characters: only the line's last few boundaries are
    // tried, so a long line costs one scan, not one per space.
    if (at <= 0 || at >= text.length || text.length - at > 48) continue;
    const rest = text.slice(at).trim();
    if (CHROME_SIGN.test(rest)) continue;
    if (!(isSalutation(rest) || titleLike(rest))) continue;
    const chrome = text.slice(0, at);
    if (!balanced(chrome) || endsInInnerPair(chrome)) continue;
    const isChrome = !isSpeakerLabel(chrome) && (PREFIX_SIGN.test(chrome) || hasStandaloneChromeWord(chrome));
    return { chrome: isChrome ? chrome : '', rest };
  }
  return null;
}

/** Head lines tried (the title and the salutation come early): bounds the work on a page with no body. */
const MAX_HEAD_LINES = 60;

/**
 * A bracket closing the line with a number in it: a blog's or forum's post stamp after its title
 * (2019-11-20 21:33:12) when text/publish-stamp.ts says so, or the meeting's own date and time
 * (2024-01-05 09:30), which stays.
 */
const TRAILING_BRACKET = /\s*[(（]([^()（）]{1,40})[)）]\s*$/;
const trailingStamp = (text: string): RegExpExecArray | null => {
  const m = TRAILING_BRACKET.exec(text);
  return m && /\d/.test(m[1]!) && isPublishStamp(m[1]!) ? m : null;
};

/**
 * From the top of the page down to the line that opens the speech (a salutation, a heading or a
 * paragraph that ends a sentence — read after the split), every line whose end is the title or the
 * salutation with chrome glued before it loses the chrome, and a title its post stamp after it, listed
 * as fragments: the rules and the score then judge the speech's part alone, as they would had the page
 * put it on a line of its own.
 */
export function splitGluedHead(work: WorkLine[], report: CleaningReport): void {
  // The page's text, to tell a title printed elsewhere too: the glued one is then a copy (a breadcrumb
  // ending in the title above the title's own line), and the line goes whole as before.
  const page = work.map((w) => w.text).join('\n');
  const elsewhere = (rest: string): boolean => page.indexOf(rest) !== page.lastIndexOf(rest);
  for (let i = 0; i < work.length && i < MAX_HEAD_LINES; i++) {
    const w = work[i]!;
    if (w.removed || w.text === '') continue;
    // A post stamp after the title goes with the chrome before it, or alone when the title has none.
    const stamp = trailingStamp(w.text);
    const text = stamp ? w.text.slice(0, stamp.index) : w.text;
    const chrome = gluedHeadContent(text)?.chrome ?? '';
    const rest = chrome !== '' ? text.slice(chrome.length).trim() : text;
    if ((chrome !== '' || (stamp && titleLike(text))) && (isSalutation(rest) || !elsewhere(rest))) {
      if (chrome !== '') report.removedFragments.push({ line: w.line, text: chrome, reason: 'page chrome glued to the text' });
      if (stamp) report.removedFragments.push({ line: w.line, text: stamp[0], reason: 'page chrome glued to the text' });
      w.text = rest;
    }
    // The speech has begun at a salutation, a heading or a paragraph that ends a sentence (a stamp with
    // 203,117 in it reads as prose to opensBody, and the title may sit below it).
    if (opensBody(work, i) && (isSalutation(w.text) || headingMarker(w.text) !== null || ENDS_SENTENCE_RE.test(w.text))) return;
  }
}
