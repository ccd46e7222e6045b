import type { CleanLine } from '../clean';
import type { LineReport } from '../clean/report';
import { PIECE_INDEX, PIECE_NUMBER } from '../text/page-title-decoration';

/**
 * A compilation page (one page holding several speeches) labels each piece: `演讲比赛主持词双人 篇1`,
 * `1.微党课党课比赛领导 篇一`, `第一篇：党支部书记培训收获与感悟`, a bare `篇一`. Such a label is either
 * the speech's title (its piece index taken off: 109, 126, 151, 157 and 09 in the gold) or, when the
 * title decision takes another line below it, the page's numbering of its pieces (122, 192, 188, 116 and
 * own-pages 35: gold noise on every page where the title is elsewhere). A count with words after it
 * (`第一篇：我的入党初心`, a contents entry `第二篇：在全县卫生工作会议上的讲话`) is a piece's own heading
 * and stays, unless its words only repeat the page's heading above it (122: 党支部书记培训收获与感悟4篇 /
 * 第一篇：党支部书记培训收获与感悟).
 */

const PIECE_INDEX_END = new RegExp(`${PIECE_INDEX}$`);
const PIECE_COUNT_START = new RegExp(`^第\\s*${PIECE_NUMBER}\\s*篇(?:\\s*[:：]|$)`);
/** 第3篇, 第一篇： with nothing after it. */
const BARE_COUNT = new RegExp(`^第\\s*${PIECE_NUMBER}\\s*篇\\s*[:：]?$`);
/** 第一篇：我的入党初心: the words after the count. */
const COUNT_WORDS = new RegExp(`^第\\s*${PIECE_NUMBER}\\s*篇\\s*[:：]\\s*(.+)$`);

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
export function pieceLabelsAbove(lines: readonly CleanLine[], titleIndex: number, removed: readonly LineReport[] = []): CleanLine[] {
  const above = lines.slice(0, titleIndex);
  // The page's own heading lines (kept or removed by the cleaning), not the compilation's labels or contents.
  const headings = [...above, ...removed.filter((r) => r.line < (lines[titleIndex]?.line ?? Infinity))].filter((l) => !isPieceLabel(l.text));
  return above.filter((l) => {
    const t = l.text.trim();
    if (!isPieceLabel(t)) return false;
    if (isPieceHeader(t) || BARE_COUNT.test(t)) return true;
    const words = COUNT_WORDS.exec(t)?.[1]?.trim() ?? '';
    return words.length >= 4 && headings.some((h) => h.line < l.line && h.text.includes(words));
  });
}
