import { LINE_PITCH, PAGE_NUMBER_SIZE, TYPE_AREA, baselineOfSlot } from '../geometry';
import type { FontFace } from '../fonts';
import type { Page } from '../layout/paginate';
import { metricsOf } from '../layout/styles';
import type { FontResolver } from './fontResolver';
import { roleOf } from './fontRoles';
import type { Bookmark } from './outline';
import { pageNumberOrigin, pageNumberText } from './pageNumber';
import { textRuns, type GlyphToDraw, type TextRun } from './textRuns';

/** Everything to draw on one page, in absolute page coordinates, with faces resolved. */
export interface PageScene {
  readonly number: number;
  readonly lines: readonly { readonly y: number; readonly runs: readonly TextRun<FontFace>[] }[];
}

export interface Scene {
  readonly pages: readonly PageScene[];
  readonly bookmarks: readonly Bookmark[];
}

/**
 * Resolves every glyph of the paginated layout to the face that draws it (recording the characters each
 * face must embed, and those no face has) and groups the glyphs into text runs.
 */
export function buildScene(pages: Iterable<Page>, resolver: FontResolver): Scene {
  const bookmarks: Bookmark[] = [];
  const scenes: PageScene[] = [];
  for (const page of pages) scenes.push(scenePage(page, scenes.length, resolver, bookmarks));
  return { pages: scenes, bookmarks };
}

/** One page of the scene; its headings are appended to `bookmarks`. The page's layout can be dropped after. */
export function scenePage(page: Page, pageIndex: number, resolver: FontResolver, bookmarks: Bookmark[]): PageScene {
  const lines = page.lines.map(({ slot, line }) => {
    if (line.outline) bookmarks.push({ ...line.outline, pageIndex, top: TYPE_AREA.top - slot * LINE_PITCH });
    const glyphs: GlyphToDraw<FontFace>[] = [];
    for (const glyph of line.glyphs) {
      const role = roleOf(glyph.style);
      const face = resolver.face(role, glyph.text);
      if (!face) continue; // reported as missing-glyph; the gap stays where the character was
      const { size } = metricsOf(glyph.style);
      const scale = glyph.scale ?? 1;
      glyphs.push({
        text: glyph.text,
        face,
        size,
        bold: resolver.book.syntheticBold(role, face),
        scale,
        x: TYPE_AREA.left + line.indent + glyph.x,
        advance: resolver.book.advance(face, glyph.text, size) * scale,
      });
    }
    return { y: baselineOfSlot(slot, line.size), runs: textRuns(glyphs) };
  });
  return { number: page.number, lines: [...lines, pageNumberLine(page.number, resolver)] };
}

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
