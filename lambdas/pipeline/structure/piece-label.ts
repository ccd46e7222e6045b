import type { CleanLine } from '../clean';
import { PIECE_INDEX, PIECE_NUMBER } from '../text/page-title-decoration';

/**
 * A compilation page (one page holding several speeches) labels each piece: `演讲比赛主持词双人 篇1`,
 * `1.微党课党课比赛领导 篇一`, `第一篇：党支部书记培训收获与感悟`, a bare `篇一`. Such a label is either
 * the speech's title (its piece index taken off: 109, 126, 151, 157 and 09 in the gold) or, when the
 * title decision takes another line below it, the page's numbering of its pieces (122, 192, 188, 116 and
 * own-pages 35: gold noise on every page where the title is elsewhere).
 */

const PIECE_INDEX_END = new RegExp(`${PIECE_INDEX}$`);
const PIECE_COUNT_START = new RegExp(`^第\\s*${PIECE_NUMBER}\\s*篇(?:\\s*[:：]|$)`);

/** 1.微党课党课比赛领导 篇一: a compilation numbering its pieces, not a heading of the speech. */
export function isPieceHeader(text: string): boolean {
  return PIECE_INDEX_END.test(text);
}

/** A piece's label: its index closing the line (…篇1, 篇一) or its count opening it (第一篇：…, 第1篇). */
export function isPieceLabel(text: string): boolean {
  const t = text.trim();
  return t.length <= 60 && (isPieceHeader(t) || PIECE_COUNT_START.test(t));
}

/**
 * The piece labels above the line chosen as the title, among the first `titleIndex` lines: the
 * compilation's numbering, removed (and listed) rather than printed as the body's first paragraph.
 */
export function pieceLabelsAbove(lines: readonly CleanLine[], titleIndex: number): CleanLine[] {
  return lines.slice(0, titleIndex).filter((l) => isPieceLabel(l.text));
}
