import { hanCount } from '../text/characters';
import { endsWithTitleGenre } from '../text/markers';

/** A compilation's piece index after a title (2016市长新年致辞范文一, …讲话（篇2）): the title goes on before it. */
const PIECE_INDEX_END = /(?:范文|範文|篇)\s*[一二三四五六七八九十\d]{1,2}$|[（(]\s*篇?\s*[一二三四五六七八九十\d]{1,2}\s*[）)]$/;

/** A line named like a speech (…的讲话, 新春献词), a piece index after the name allowed. */
export function namedLikeSpeech(text: string): boolean {
  return endsWithTitleGenre(text) || endsWithTitleGenre(text.replace(PIECE_INDEX_END, ''));
}

/**
 * A head line that may be the speech's title, which nothing removes (a score, a block, the span
 * decision): structure chooses among them. Named like a speech, at most 40 characters, and at least
 * four Han characters (a site's category label 发言稿 is no title).
 */
export function guardedAsTitle(text: string): boolean {
  return text.length <= 40 && hanCount(text) >= 4 && namedLikeSpeech(text);
}
