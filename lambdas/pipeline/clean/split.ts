import { headingMarker, isSalutation, startsWithLeadIn } from '../text/markers';
import type { WorkLine } from './lines';
import type { CleaningReport } from './report';

/** Where a page export glued paragraphs with single spaces: after a sentence end, before a new block. */
const SENTENCE_END_SPACE = /(?<=[。！？!?：:；;”」』…])\s+(?=[^\s，。、；：？！）」』”’,.;:?!)\]])/g;

/** A speech turns to its audience at the start of a paragraph: 同志们，… 各位代表，… */
const VOCATIVE_OPENER = /^(?:同志们|同志們|同学们|同學們|老师们|老師們|朋友们|朋友們|各位[^，,！!。]{0,8})[，,！!]/;

function startsBlock(text: string): boolean {
  return headingMarker(text) !== null || startsWithLeadIn(text) || isSalutation(text) || VOCATIVE_OPENER.test(text);
}

/**
 * Splits one glued line into paragraphs. Only lines with several sentence-end-plus-space joints
 * qualify: a single space in ordinary prose (2024 年, 134.9 万亿元) is never a paragraph break.
 */
function splitGlued(text: string): string[] {
  const joints = [...text.matchAll(SENTENCE_END_SPACE)];
  if (text.length < 100 || joints.length < 2) return [text];
  const parts: string[] = [];
  for (const piece of text.split(SENTENCE_END_SPACE)) {
    // Inside a piece, a heading without final punctuation is followed by a space and its body.
    const marker = headingMarker(piece);
    const heading = marker ? /^(\S{4,60}?)\s+(?=\S)/.exec(piece) : null;
    if (heading && !/[。！？!?]/.test(heading[1]!)) {
      parts.push(heading[1]!, piece.slice(heading[0].length));
    } else {
      // A salutation glued to the next paragraph (同志们: 今天…) or a heading glued after a title.
      const inner = /^(.{2,40}?[:：])\s+(?=\S)/.exec(piece);
      if (inner && isSalutation(inner[1]!)) parts.push(inner[1]!, piece.slice(inner[0].length));
      else parts.push(piece);
    }
  }
  return parts.filter((p) => p !== '');
}

/** A heading sitting mid-line after a sentence end: …讲几点意见：一、提高站位… */
const MID_LINE_HEADING = /(?<=[。！？：；:;!?])(?=(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])[^\s\d])/g;

/**
 * For each position of the text, whether the first 。！？ or ； at or after it is a ；. Found in one pass
 * from the end, so testing every candidate heading of a long line stays linear.
 */
function semicolonComesFirst(text: string): (at: number) => boolean {
  const semicolonFirst = new Uint8Array(text.length + 1);
  for (let i = text.length - 1; i >= 0; i--) {
    const ch = text[i]!;
    semicolonFirst[i] = ch === '；' ? 1 : ch === '。' || ch === '！' || ch === '？' ? 0 : semicolonFirst[i + 1]!;
  }
  return (at) => semicolonFirst[at] === 1;
}

function splitMidLineHeadings(text: string, expected: { 1: number; 2: number }): string[] {
  const matches = [...text.matchAll(MID_LINE_HEADING)];
  if (matches.length === 0) return text === '' ? [] : [text];
  const inlineList = semicolonComesFirst(text);
  // Collected from the end backwards and reversed once (unshift would make 200,000 headings quadratic).
  const tail: string[] = [];
  let rest = text;
  for (const m of matches.reverse()) {
    const candidate = text.slice(m.index);
    const marker = headingMarker(candidate);
    // Only the next number in sequence counts: "一、二等奖" or a quoted list is not a heading.
    if (!marker || (marker.level !== 1 && marker.level !== 2)) continue;
    if (marker.ordinal !== expected[marker.level] && marker.ordinal !== 1) continue;
    // 二、三年级 is an enumeration of numbers, not heading 二.
    if (/^[一二三四五六七八九十]/.test(candidate.slice(marker.length))) continue;
    // 一、要加强领导；二、要… is an inline list: its items end with ；, a heading with 。 or the line end.
    if (inlineList(m.index)) continue;
    tail.push(rest.slice(m.index));
    rest = rest.slice(0, m.index);
  }
  return [rest, ...tail.reverse()].filter((p) => p !== '');
}

/**
 * Splits glued paragraphs and mid-line headings into separate lines (all keeping the source line
 * number), and drops a title that the page repeated at the start of the glued text.
 */
export function splitLines(work: readonly WorkLine[], headTexts: readonly string[], report: CleaningReport): WorkLine[] {
  const out: WorkLine[] = [];
  const expected = { 1: 1, 2: 1 };
  for (const w of work) {
    if (w.removed || w.text === '') {
      out.push(w);
      continue;
    }
    let text = w.text;
    for (const title of headTexts) {
      if (title.length >= 6 && text.length > title.length + 20 && text.startsWith(title) && /^\s/.test(text.slice(title.length))) {
        report.removedFragments.push({ line: w.line, text: text.slice(0, title.length + 1), reason: 'title repeated at the start of the text' });
        text = text.slice(title.length).trimStart();
        break;
      }
    }
    for (const glued of splitGlued(text)) {
      for (const part of splitMidLineHeadings(glued, expected)) {
        const marker = headingMarker(part);
        if (marker && (marker.level === 1 || marker.level === 2)) {
          expected[marker.level] = marker.ordinal + 1;
          if (marker.level === 1) expected[2] = 1;
        }
        out.push({ line: w.line, text: part, removed: false });
      }
    }
  }
  return out;
}

export { startsBlock };
