import type { CleanLine } from '../clean';

/** The rest of a bracketed marker: 三）, 12）. */
const MARKER_REST = /^\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[）)]/;

/**
 * A heading marker an HTML export broke over two lines, the opening bracket alone on the first
 * (`（` / `三）改革开放持续深化…`: a bold run of its own): the two lines are one. Nothing is lost —
 * the bracket is joined to the line it opens, at the bracket's line.
 */
export function rejoinBrokenMarkers(lines: readonly CleanLine[]): CleanLine[] {
  const out: CleanLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const next = lines[i + 1];
    if (/^\s*[（(]\s*$/.test(line.text) && next && MARKER_REST.test(next.text)) {
      out.push({ line: line.line, text: line.text.trim() + next.text.trimStart() });
      i++;
    } else out.push(line);
  }
  return out;
}
