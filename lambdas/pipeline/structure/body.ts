import type { Block, Run } from '../model';
import { startsWithLeadIn } from '../text/markers';
import type { OutlineEntry } from './outline';

/** The first sentence of a line, including its end mark; null when the line is one sentence. */
function firstSentence(text: string, ends: RegExp): string | null {
  const m = ends.exec(text);
  if (!m) return null;
  const cut = m.index + m[0].length;
  return cut < text.length ? text.slice(0, cut) : null;
}

/** A body paragraph; a lead-in sentence (一是…。) becomes its own bold run. */
export function paragraphBlock(text: string, line: number): Block {
  if (startsWithLeadIn(text)) {
    const lead = firstSentence(text, /[。！？!?；;][”’」』）)]*/);
    if (lead) return { kind: 'paragraph', runs: [{ text: lead, role: 'lead-in' }, { text: text.slice(lead.length), role: 'text' }], line };
    if (/[。！？!?；;]$/.test(text) && text.length <= 120) return { kind: 'paragraph', runs: [{ text, role: 'lead-in' }], line };
  }
  return { kind: 'paragraph', runs: [{ text, role: 'text' }], line };
}

/**
 * The blocks of one body line. A heading line is a heading block; a run-in heading (heading sentence
 * and body on one line) keeps its body in the same block, only its own sentence being the heading.
 */
export function bodyBlock(text: string, line: number, entry: OutlineEntry | null): Block {
  if (!entry) return paragraphBlock(text, line);
  const head = text.slice(0, entry.headLength);
  const rest = text.slice(entry.headLength);
  const runs: Run[] = rest ? [{ text: head, role: 'heading' }, { text: rest, role: 'text' }] : [{ text: head, role: 'heading' }];
  return { kind: 'heading', level: entry.level, runs, line };
}
