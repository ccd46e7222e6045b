import type { WorkLine } from './lines';
import { endOfArticleMarker } from './regions';
import { removeLine, type CleaningReport } from './report';

/** Shorter than this, a line that starts another one is a heading or a lead-in, not a copy. */
const MIN_COPY = 40;
// Each run tried from its first mark only: from every mark of a long run not at the end, each try scanned
// the rest of it (quadratic: 200k dots in a line took 15 s). Same matches.
const TRAILING_ELLIPSIS = /(?:(?<!…)…+|(?<!\.)\.{3,}|(?<!。)。{3,})$/;
const compact = (text: string): string => text.replace(/\s+/g, '').replace(TRAILING_ELLIPSIS, '');

/**
 * Removes a page's summary of its own text (a meta description, a list teaser): a line that copies
 * the start of the running text below it — either the opening of a longer line further down, or a
 * line further down followed by the start of the lines after it (a summary that runs on past the
 * first paragraph). Nothing is lost: every character of the copy is in the lines it copies. Only the
 * copy *above* goes. Linear: lines are grouped by their first MIN_COPY characters, and each is
 * compared with the first later line of its group only.
 */
export function removeTruncatedCopies(work: WorkLine[], raw: readonly string[], report: CleaningReport): void {
  const texts = work.map((w) => (w.removed ? '' : compact(w.text)));
  const nextWithKey = new Map<string, number>();
  const laterSameStart: (number | undefined)[] = [];
  for (let i = texts.length - 1; i >= 0; i--) {
    if (texts[i]!.length < MIN_COPY) continue;
    const key = texts[i]!.slice(0, MIN_COPY);
    laterSameStart[i] = nextWithKey.get(key);
    nextWithKey.set(key, i);
  }
  work.forEach((w, i) => {
    const copy = texts[i]!;
    const j = laterSameStart[i];
    if (j === undefined || copy === texts[j]) return;
    if (!copiesFrom(copy, texts, j)) return;
    removeLine(w, 'truncated copy of a longer line', raw, report);
  });
  removeCopiesAfterTheEnd(work, texts, raw, report);
}

/** How many earlier lines opening alike a copy after the end is compared with (keeps this linear). */
const MAX_ORIGINALS = 8;

/**
 * After an end-of-article marker a page may print its summary again (打印本页 / 关闭窗口 / the title /
 * the opening paragraph): a line there that copies the running text from a line above the marker
 * goes too. Nothing is lost: every character of it is in the lines it copies.
 */
function removeCopiesAfterTheEnd(work: WorkLine[], texts: readonly string[], raw: readonly string[], report: CleaningReport): void {
  const marker = endOfArticleMarker(work);
  if (marker < 0) return;
  const byOpening = new Map<string, number[]>();
  for (let j = 0; j < marker; j++) {
    if (texts[j]!.length < 2) continue;
    const list = byOpening.get(texts[j]!.slice(0, 2)) ?? [];
    if (list.length < MAX_ORIGINALS) list.push(j);
    byOpening.set(texts[j]!.slice(0, 2), list);
  }
  for (let i = marker + 1; i < work.length; i++) {
    const copy = texts[i]!;
    if (copy.length < MIN_COPY || work[i]!.removed) continue;
    if (!(byOpening.get(copy.slice(0, 2)) ?? []).some((j) => copiesFrom(copy, texts, j))) continue;
    removeLine(work[i]!, 'truncated copy of a longer line', raw, report);
  }
}

/** Whether `copy` is the start of the text from line `from` on (lines joined without breaks). */
function copiesFrom(copy: string, texts: readonly string[], from: number): boolean {
  let at = 0;
  for (let k = from; k < texts.length && at < copy.length; k++) {
    const part = texts[k]!;
    if (part === '') continue;
    const want = copy.slice(at, at + part.length);
    if (!part.startsWith(want)) return false;
    at += want.length;
  }
  return at >= copy.length;
}
