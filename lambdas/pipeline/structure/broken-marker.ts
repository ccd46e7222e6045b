import type { CleanLine } from '../clean';
import type { LineReport } from '../clean/report';

/** The rest of a bracketed marker: 三）, 12）. */
const MARKER_REST = /^\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[）)]/;

/** An opening bracket alone on its line. */
const LONE_BRACKET = /^\s*[（(]\s*$/;

/**
 * A heading marker an HTML export broke over two lines, the opening bracket alone on the first
 * (`（` / `三）改革开放持续深化…`: a bold run of its own): the two lines are one. Nothing is lost —
 * the bracket is joined to the line it opens, at the bracket's line, whose number goes into `rejoined`.
 */
export function rejoinBrokenMarkers(lines: readonly CleanLine[], rejoined?: Set<number>): CleanLine[] {
  const out: CleanLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (LONE_BRACKET.test(line.text) && next && MARKER_REST.test(next.text)) {
      out.push({ line: line.line, text: line.text.trim() + next.text.trimStart() });
      rejoined?.add(line.line);
      i++;
    } else out.push(line);
  }
  return out;
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
