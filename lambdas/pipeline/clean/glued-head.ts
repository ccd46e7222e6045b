import { hanCount } from '../text/characters';
import { isSalutation } from '../text/markers';
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
    if (!(isSalutation(rest) || (rest.length <= 40 && hanCount(rest) >= 8 && namedLikeSpeech(rest) && chromeWordCount(rest) === 0))) continue;
    const chrome = text.slice(0, at);
    if (!balanced(chrome)) continue;
    return { chrome: PREFIX_SIGN.test(chrome) || chromeWordCount(chrome) > 0 ? chrome : '', rest };
  }
  return null;
}

/** Head lines tried (the title and the salutation come early): bounds the work on a page with no body. */
const MAX_HEAD_LINES = 60;

/**
 * From the top of the page down to the line that opens the speech (prose, a heading, a salutation —
 * read after the split), every line whose end is the title or the salutation with chrome glued before
 * it loses the chrome, listed as a fragment: the rules and the score then judge the speech's part
 * alone, as they would had the page put it on a line of its own.
 */
export function splitGluedHead(work: WorkLine[], report: CleaningReport): void {
  // The page's text, to tell a title printed elsewhere too: the glued one is then a copy (a breadcrumb
  // ending in the title above the title's own line), and the line goes whole as before.
  const page = work.map((w) => w.text).join('\n');
  const elsewhere = (rest: string): boolean => page.indexOf(rest) !== page.lastIndexOf(rest);
  for (let i = 0; i < work.length && i < MAX_HEAD_LINES; i++) {
    const w = work[i]!;
    if (w.removed || w.text === '') continue;
    const glued = gluedHeadContent(w.text);
    if (glued && glued.chrome !== '' && (isSalutation(glued.rest) || !elsewhere(glued.rest))) {
      report.removedFragments.push({ line: w.line, text: glued.chrome, reason: 'page chrome glued to the text' });
      w.text = glued.rest;
    }
    if (opensBody(work, i)) return;
  }
}
