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
export function paginate(slots: Iterable<Slot>): Page[] {
  return [...paginateSlots(slots)];
}

/**
 * The same pages, each handed out as soon as it is full: reads the slots lazily, looking ahead no further
 * than a keep-with-next chain can reach (one page), so the caller can draw and drop pages as they come.
 */
export function* paginateSlots(slots: Iterable<Slot>): Generator<Page> {
  const ahead = new Lookahead(slots[Symbol.iterator]());
  let lines: PageLine[] = [];
  let number = 0;
  let slot = 0;
  let previous: Slot | undefined;
  for (let entry = ahead.shift(); entry !== undefined; previous = entry, entry = ahead.shift()) {
    let full = false;
    if (isBlank(entry)) {
      if (slot > 0) slot += 1;
      full = slot >= LINES_PER_PAGE;
    } else {
      const startsChain = entry.keepWithNext && !(previous && !isBlank(previous) && previous.keepWithNext);
      if (slot >= LINES_PER_PAGE || (startsChain && slot > 0 && slot + chainLength(entry, ahead) > LINES_PER_PAGE)) {
        if (lines.length > 0) yield { number: (number += 1), lines };
        lines = [];
        slot = 0;
      }
      lines.push({ slot, line: entry });
      slot += 1;
    }
    if (full) {
      if (lines.length > 0) yield { number: (number += 1), lines };
      lines = [];
      slot = 0;
    }
  }
  if (lines.length > 0) yield { number: number + 1, lines };
}

/** Lines that must share a page: the keep-with-next run starting at `first` plus the line after it. */
function chainLength(first: TypesetLine, ahead: Lookahead<Slot>): number {
  let length = 1;
  if (!first.keepWithNext) return length;
  for (let i = 0; length < LINES_PER_PAGE; i += 1) {
    const entry = ahead.peek(i);
    if (entry === undefined) break;
    if (isBlank(entry)) continue;
    length += 1;
    if (!entry.keepWithNext) break;
  }
  return length;
}

/** An iterator with a look at the items after the current one (kept only until they are taken). */
class Lookahead<T> {
  private readonly buffered: T[] = [];
  private head = 0;

  constructor(private readonly source: Iterator<T>) {}

  shift(): T | undefined {
    if (this.head < this.buffered.length) {
      const item = this.buffered[this.head]!;
      this.head += 1;
      if (this.head === this.buffered.length) this.buffered.length = this.head = 0;
      return item;
    }
    const next = this.source.next();
    return next.done ? undefined : next.value;
  }

  /** The item `offset` places after the last one taken (0 = the next), or undefined past the end. */
  peek(offset: number): T | undefined {
    while (this.buffered.length - this.head <= offset) {
      const next = this.source.next();
      if (next.done) return undefined;
      this.buffered.push(next.value);
    }
    return this.buffered[this.head + offset];
  }
}
