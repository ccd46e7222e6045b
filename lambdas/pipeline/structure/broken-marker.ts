import type { CleanLine } from '../clean';
import type { LineReport } from '../clean/report';
import { headingMarker } from '../text/markers';
import { STOPS_PARAGRAPH } from '../text/sentences';

/** The rest of a bracketed marker: 三）, 12）. */
const MARKER_REST = /^\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[）)]/;

/** An opening bracket alone on its line. */
const LONE_BRACKET = /^\s*[（(]\s*$/;

/**
 * A heading marker an HTML export broke over two lines, the opening bracket alone on the first
 * (`（` / `三）改革开放持续深化…`: a bold run of its own): the two lines are one. Nothing is lost —
 * the bracket is joined to the line it opens, at the bracket's line, whose number goes into `rejoined`.
 *
 * The same break inside a sentence (`今年全县生产总值预计增长` / `（` / `12）个百分点以上…`) is a hard wrap,
 * not a heading: when the line above neither ends its paragraph nor is a heading, and the number neither
 * starts a series (1) nor continues the one above, the three lines are one paragraph.
 */
export function rejoinBrokenMarkers(lines: readonly CleanLine[], rejoined?: Set<number>): CleanLine[] {
  // Nearly every page has no lone bracket: then there is nothing to rejoin and no marker to read here.
  if (!lines.some((l) => LONE_BRACKET.test(l.text))) return [...lines];
  const out: CleanLine[] = [];
  /** The last ordinal seen per heading level, to tell a series going on from a number in a sentence. */
  const lastOrdinal = new Map<number, number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (LONE_BRACKET.test(line.text) && next && MARKER_REST.test(next.text)) {
      const joined = line.text.trim() + next.text.trimStart();
      const above = out[out.length - 1];
      if (above && isMidSentence(above.text) && !startsOrContinuesSeries(joined, lastOrdinal)) {
        out[out.length - 1] = { line: above.line, text: above.text.trimEnd() + joined };
      } else {
        out.push({ line: line.line, text: joined });
        noteMarker(joined, lastOrdinal);
      }
      rejoined?.add(line.line);
      i++;
    } else {
      out.push(line);
      noteMarker(line.text, lastOrdinal);
    }
  }
  return out;
}

/** A line that runs on into the next: no paragraph-ending mark and no heading marker of its own. */
const isMidSentence = (text: string): boolean => !STOPS_PARAGRAPH.test(text.trimEnd()) && headingMarker(text.trim()) === null;

function startsOrContinuesSeries(text: string, lastOrdinal: ReadonlyMap<number, number>): boolean {
  const marker = headingMarker(text);
  return marker !== null && (marker.ordinal === 1 || lastOrdinal.get(marker.level) === marker.ordinal - 1);
}

function noteMarker(text: string, lastOrdinal: Map<number, number>): void {
  const marker = headingMarker(text.trim());
  if (marker) lastOrdinal.set(marker.level, marker.ordinal);
}

/**
 * A lone bracket the cleaning kept as doubtful (suspected trailing junk) and the structure rejoined with
 * its marker is part of a heading: it is no longer listed as suspected, nor counted in the warning.
 */
export function withdrawRejoinedSuspicions(suspected: LineReport[], rejoined: ReadonlySet<number>): void {
  if (rejoined.size === 0) return;
  let kept = 0;
  for (const s of suspected) if (!(rejoined.has(s.line) && LONE_BRACKET.test(s.text))) suspected[kept++] = s;
  suspected.length = kept;
}
