import { LINE_PITCH, PAGE_NUMBER_SIZE, TYPE_AREA, baselineOfSlot } from '../geometry';
import type { FontFace } from '../fonts';
import type { Page } from '../layout/paginate';
import type { FontResolver } from './fontResolver';
import type { Bookmark } from './outline';
import { pageNumberOrigin, pageNumberText } from './pageNumber';
import { drawnAs } from './stand-ins';
import { textRuns, type GlyphToDraw, type TextRun } from './textRuns';

/** The 版心's left edge, read once (a hot loop below). */
const LEFT = TYPE_AREA.left;

/** Everything to draw on one page, in absolute page coordinates, with faces resolved. */
export interface PageScene {
  readonly number: number;
  readonly lines: readonly { readonly y: number; readonly runs: readonly TextRun<FontFace>[] }[];
}

/** One page of the scene; its headings are appended to `bookmarks`. The page's layout can be dropped after. */
export function scenePage(page: Page, pageIndex: number, resolver: FontResolver, bookmarks: Bookmark[]): PageScene {
  const lines = page.lines.map(({ slot, line }) => {
    if (line.outline) bookmarks.push({ ...line.outline, pageIndex, top: TYPE_AREA.top - slot * LINE_PITCH });
    const left = LEFT + line.indent;
    let count = 0;
    line.eachGlyph((unit, style, x, scaled) => {
      const text = drawnAs(unit);
      const drawn = resolver.glyph(style, text);
      if (!drawn) return; // reported as missing-glyph; the gap stays where the character was
      const scale = scaled ?? 1;
      const to = count < linePool.length ? linePool[count]! : (linePool[count] = blankGlyph());
      to.text = text;
      to.face = drawn.face;
      to.size = drawn.size;
      to.bold = drawn.bold;
      to.scale = scale;
      to.x = left + x;
      to.advance = drawn.advance * scale;
      count += 1;
    });
    return { y: baselineOfSlot(slot, line.size), runs: textRuns(linePool, count) };
  });
  return { number: page.number, lines: [...lines, pageNumberLine(page.number, resolver)] };
}

type PooledGlyph = { -readonly [K in keyof GlyphToDraw<FontFace>]: GlyphToDraw<FontFace>[K] };

/**
 * One line's glyphs to draw, overwritten line after line: textRuns keeps none of them (its runs copy the
 * numbers and strings they need), and a new object per glyph drawn was a good part of a document's garbage.
 * Doubles from the start, so V8 keeps those fields' boxes and overwrites them in place.
 */
const linePool: PooledGlyph[] = [];
const blankGlyph = (): PooledGlyph => ({ text: '', face: undefined as unknown as FontFace, size: 0.5, bold: false, scale: 0.5, x: 0.5, advance: 0.5 });

function pageNumberLine(page: number, resolver: FontResolver): PageScene['lines'][number] {
  const text = pageNumberText(page);
  const width = resolver.advance('pageNumber', text, PAGE_NUMBER_SIZE);
  const origin = pageNumberOrigin(page, width);
  const glyphs: GlyphToDraw<FontFace>[] = [];
  let x = origin.x;
  for (const char of text) {
    const face = resolver.face('pageNumber', char);
    const advance = face ? resolver.book.advance(face, char, PAGE_NUMBER_SIZE) : PAGE_NUMBER_SIZE;
    if (face) glyphs.push({ text: char, face, size: PAGE_NUMBER_SIZE, bold: false, scale: 1, x, advance });
    x += advance;
  }
  return { y: origin.y, runs: textRuns(glyphs) };
}
