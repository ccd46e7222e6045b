import { hanCount } from '../text/characters';
import { PIECE_NUMBER } from '../text/page-title-decoration';
import { hasStandaloneChromeWord } from '../text/chrome-words';
import { endsWithTitleGenre, isSubtitleLine } from '../text/markers';
import { isBlank, type WorkLine } from './lines';

/** A compilation's piece index after a title (2016市长新年致辞范文一, …讲话（篇2）): the title goes on before it. */
const PIECE_INDEX_END = new RegExp(`(?:范文|範文|篇)\\s*${PIECE_NUMBER}$|[（(]\\s*篇?\\s*${PIECE_NUMBER}\\s*[）)]$`);

/** A line named like a speech (…的讲话, 新春献词), a piece index after the name allowed. */
export function namedLikeSpeech(text: string): boolean {
  return endsWithTitleGenre(text) || endsWithTitleGenre(text.replace(PIECE_INDEX_END, ''));
}

/** A chrome word no speech title uses (text/chrome-words.ts: 首页, 当前位置, 下载, 搜索, 热门…). */
/**
 * What no title shows: a menu's or breadcrumb's separator (> ｜ |), a site name set off by a hyphen
 * (范文之家-免费范文大全-…-讲话稿, 范文屋 - …, …_某某网), a list bullet (· 2024年…讲话稿), a chrome word no title uses
 * (附件下载：…报告.pdf, 熱門：… 講話稿 演講稿 致辭). On ../shared and the own pages every head line named like a
 * speech that shows one is gold noise.
 */
// (One bare hyphen is not enough: 在2024中国-东盟博览会开幕式上的致辞 is a title.)
const CHROME_SIGN = /[>＞›»|｜]|\p{Script=Han}\s+[-_－]\s+\p{Script=Han}|\p{Script=Han}[-_－]\p{Script=Han}.*[-_－]|_|^[•·●◆■▪]/u;
const showsChrome = (text: string): boolean => CHROME_SIGN.test(text) || hasStandaloneChromeWord(text);

/**
 * A head line that may be the speech's title, which nothing removes (a score, a block, the span
 * decision): structure chooses among them. Named like a speech, at most 40 characters, at least
 * four Han characters (a site's category label 发言稿 is no title), and showing no chrome.
 */
export function guardedAsTitle(text: string): boolean {
  return titleSized(text) && namedLikeSpeech(text) && !showsChrome(text);
}

/** At most 40 characters and at least four Han characters: a title's size. */
const titleSized = (text: string): boolean => text.length <= 40 && hanCount(text) >= 4;

/** A line that ends a sentence or asks something is prose, not a title over a subtitle. */
const SENTENCE_END = /[。！？!?；;]$/;

/**
 * The head lines nothing removes: those named like a speech, and a slogan title (奋力谱写现代化建设新篇章)
 * whose next kept line is a dashed subtitle naming the speech (——在全市经济工作会议上的讲话). A slogan
 * names no genre, so the score and the span decision took it for a page's banner; the subtitle under
 * it says it is the title.
 */
export function guardedTitleLines(work: readonly WorkLine[]): Set<number> {
  const guarded = new Set<number>();
  let next = -1;
  for (let i = work.length - 1; i >= 0; i--) {
    const w = work[i]!;
    if (w.removed || isBlank(w)) continue;
    const below = next >= 0 ? work[next]!.text : '';
    if (guardedAsTitle(w.text)) guarded.add(i);
    else if (isSubtitleLine(below) && namedLikeSpeech(below) && !isSubtitleLine(w.text) && titleSized(w.text) && !SENTENCE_END.test(w.text)) guarded.add(i);
    next = i;
  }
  return guarded;
}
