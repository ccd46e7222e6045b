import type { Block, HeadingLevel, Run } from '../model';
import { headingMarker, startsWithLeadIn } from '../text/markers';

/** The first sentence of a line, including its end mark; null when the line is one sentence. */
function firstSentence(text: string, ends: RegExp): string | null {
  const m = ends.exec(text);
  if (!m) return null;
  const cut = m.index + m[0].length;
  return cut < text.length ? text.slice(0, cut) : null;
}

/**
 * A heading line. A run-in heading (heading sentence and body on one line) keeps its body in the
 * same block: only the sentence up to and including the first 。 is the heading.
 */
export function headingBlock(text: string, level: HeadingLevel, line: number): Block {
  const head = firstSentence(text, /[。！？!?]/);
  const runs: Run[] = head ? [{ text: head, role: 'heading' }, { text: text.slice(head.length), role: 'text' }] : [{ text, role: 'heading' }];
  return { kind: 'heading', level, runs, line };
}

/** A body paragraph; a lead-in sentence (一是…。) becomes its own bold run. */
export function paragraphBlock(text: string, line: number): Block {
  if (startsWithLeadIn(text)) {
    const lead = firstSentence(text, /[。！？!?；;]/);
    if (lead) return { kind: 'paragraph', runs: [{ text: lead, role: 'lead-in' }, { text: text.slice(lead.length), role: 'text' }], line };
    if (/[。！？!?；;]$/.test(text) && text.length <= 120) return { kind: 'paragraph', runs: [{ text, role: 'lead-in' }], line };
  }
  return { kind: 'paragraph', runs: [{ text, role: 'text' }], line };
}

export function bodyBlock(text: string, line: number): Block {
  const marker = headingMarker(text);
  return marker ? headingBlock(text, marker.level, line) : paragraphBlock(text, line);
}
