import { LINES_PER_PAGE } from '../geometry';
import { isBlank, type Slot, type TypesetLine } from './typeset';

export interface PageLine {
  /** 0-based line slot on the page. */
  readonly slot: number;
  readonly line: TypesetLine;
}

export interface Page {
  /** 1-based page number as printed. */
  readonly number: number;
  readonly lines: readonly PageLine[];
}

/**
 * Fills pages of 22 line slots. A heading (or the title) never ends a page: a run of keep-with-next lines
 * moves to the next page together with the line that follows it. Blank slots never open a page.
 */
export function paginate(slots: readonly Slot[]): Page[] {
  const pages: PageLine[][] = [[]];
  let slot = 0;
  const newPage = (): void => {
    pages.push([]);
    slot = 0;
  };
  slots.forEach((entry, index) => {
    if (isBlank(entry)) {
      if (slot > 0) slot += 1;
      if (slot >= LINES_PER_PAGE) newPage();
      return;
    }
    if (slot >= LINES_PER_PAGE) newPage();
    const previous = slots[index - 1];
    const startsChain = entry.keepWithNext && !(previous && !isBlank(previous) && previous.keepWithNext);
    if (startsChain && slot > 0 && slot + chainLength(slots, index) > LINES_PER_PAGE) newPage();
    pages[pages.length - 1]!.push({ slot, line: entry });
    slot += 1;
  });
  return pages.filter((lines) => lines.length > 0).map((lines, i) => ({ number: i + 1, lines }));
}

/** Lines that must share a page: the keep-with-next run starting at `index` plus the line after it. */
function chainLength(slots: readonly Slot[], index: number): number {
  let length = 0;
  let i = index;
  while (i < slots.length) {
    const entry = slots[i]!;
    if (isBlank(entry)) {
      i += 1;
      continue;
    }
    length += 1;
    if (!entry.keepWithNext) break;
    i += 1;
  }
  return Math.min(length, LINES_PER_PAGE);
}
