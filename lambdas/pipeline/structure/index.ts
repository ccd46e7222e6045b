import type { CleanLine, CleanedText } from '../clean';
import type { LineReport } from '../clean/report';
import type { Block, DocumentMeta, SpeechDocument } from '../model';
import { bodyBlock } from './body';
import { rejoinBrokenMarkers } from './broken-marker';
import { readHead } from './head';
import type { TitleModel } from './title-features';
import { outlineOf } from './outline';
import { isSalutation } from '../text/markers';
import { detectScript } from './script-detect';

export { detectScript } from './script-detect';

const single = (kind: Block['kind'], line: CleanLine): Block => ({ kind, runs: [{ text: line.text, role: 'text' }], line: line.line });

/** 同志们：经县政府研究决定，…: a salutation a flattened page glued to the first paragraph. */
function gluedSalutation(text: string): string | null {
  const m = /^.{2,40}?[:：]/.exec(text.slice(0, 41));
  return m && m[0].length < text.length && isSalutation(m[0]) ? m[0] : null;
}

/**
 * Cleaned lines → typed document: title and meta lines from the head, the salutation, then headings
 * (levels 1–4, run-in or standalone) and paragraphs with their lead-ins. Decorations removed from
 * the title are added to `removedFragments` (the manifest lists them with the cleaning's removals).
 */
export function structure(cleaned: CleanedText, removedFragments: LineReport[] = [], titleModel?: TitleModel): SpeechDocument {
  const head = readHead(cleaned.lines, removedFragments, titleModel, cleaned.report.removed);
  const blocks: Block[] = [];
  if (head.title !== null) blocks.push({ kind: 'title', runs: [{ text: head.title, role: 'text' }], line: head.titleLine });
  if (head.subtitle) blocks.push(single('subtitle', head.subtitle));
  if (head.speaker) blocks.push(single('speaker', head.speaker));
  if (head.date) blocks.push(single('date', head.date));

  let salutationSeen = false;
  const body: CleanLine[] = [];
  for (const line of cleaned.lines) {
    const text = head.rest?.line === line ? head.rest.text : line.text;
    if ((head.consumed.has(line) && head.rest?.line !== line) || text === '') continue;
    // The salutation opens the body; one split off the title line is the salutation wherever the line sits.
    if (!salutationSeen && (body.length === 0 || head.rest?.line === line)) {
      const salutation = isSalutation(text) ? text : gluedSalutation(text);
      if (salutation) {
        blocks.push(single('salutation', { line: line.line, text: salutation }));
        salutationSeen = true;
        if (salutation.length < text.length) body.push({ line: line.line, text: text.slice(salutation.length).trimStart() });
        continue;
      }
    }
    body.push({ line: line.line, text });
  }
  const outline = outlineOf(rejoinBrokenMarkers(body));
  outline.lines.forEach((l, i) => blocks.push(bodyBlock(l.text, l.line, outline.entries[i] ?? null)));

  const meta: DocumentMeta = {
    ...(head.subtitle && { subtitle: head.subtitle.text }),
    ...(head.speaker && { speaker: head.speaker.text }),
    ...(head.date && { date: head.date.text }),
  };
  const script = detectScript(cleaned.lines.map((l) => l.text).join(''));
  return { script, language: script === 'Hant' ? 'zh-TW' : 'zh-CN', title: head.title, meta, blocks };
}
