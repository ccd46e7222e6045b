import type { HeadingLevel } from '../model';
import { chineseNumeral, headingMarker, isSalutation, type HeadingMarker } from '../text/markers';
import { HAN, hanCount } from '../text/characters';
import { ENDS_SENTENCE_RE, SENTENCE_END_RE } from '../text/sentences';
import { isDateLine } from './meta-lines';
import { isPieceHeader } from './piece-label';

/**
 * Which numbered lines of the body are headings. A marker (一、 （一） 1. （1）) alone does not make
 * a heading: real pages also number notes, agenda items, speaking orders, tables of contents and
 * press-release paragraphs. The decision is taken over the whole document, from how the numbered
 * lines sit among their siblings.
 */

/** 壹、貳、參: the Taiwan style puts one level above 一、. */
const UPPER_MARKER = /^([壹贰貳叁參肆伍陆陸柒捌玖拾])\s*、/;
const UPPER_DIGITS = '壹贰貳叁參肆伍陆陸柒捌玖拾';
const UPPER_ORDINAL: Record<string, number> = { 壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9, 拾: 10 };

/** A numbered line's marker, its own level in the document and its heading text. */
export interface OutlineEntry {
  readonly level: HeadingLevel;
  readonly ordinal: number;
  /** Length of the heading part: the whole line, the first sentence of a run-in heading, or a heading glued to its body. */
  readonly headLength: number;
  /** A heading glued to its paragraph without punctuation: `headLength` is where the paragraph starts. */
  readonly glued: boolean;
}

interface Candidate {
  readonly kind: 'upper' | HeadingLevel;
  readonly ordinal: number;
  readonly text: string;
  readonly marker: HeadingMarker | null;
}

function candidateOf(text: string): Candidate | null {
  const upper = UPPER_MARKER.exec(text);
  if (upper && UPPER_DIGITS.includes(upper[1]!)) return { kind: 'upper', ordinal: UPPER_ORDINAL[upper[1]!] ?? 0, text, marker: null };
  const marker = headingMarker(text);
  return marker ? { kind: marker.level, ordinal: marker.ordinal, text, marker } : null;
}

/** 三是… 二要…: the ordinal of a lead-in sentence. */
const LEAD_IN_ORDINAL = /^([一二三四五六七八九十]{1,2})(?:是|要)/;

/** The heading sentence of a run-in heading, including its end mark; null when the line is one sentence. */
export function firstSentenceLength(text: string): number | null {
  // The sentence keeps the quotes and brackets it closes: （一）坚持“两个确立。”要…
  const m = /[。！？!?][”’」』）)]*/.exec(text);
  if (!m) return null;
  const cut = m.index + m[0].length;
  return cut < text.length ? cut : null;
}

/**
 * Where a heading without punctuation runs into its paragraph on a flattened page: before the first
 * lower-level marker that starts its own section (一、…工作（一）…), before an opening quote, or
 * before the words a paragraph of a speech opens with (今年以来, 我县…). Null when no such place
 * lies 6–40 characters in, before any sentence end.
 */
const PARAGRAPH_OPENING = /[（(]一[)）]|[“《]|今年以来|近年来|近年來|当前|當前|目前|去年以来|我县|我縣|我市|我省|我区|我區|我国|我國|我们|我們/g;

function gluedHeadingLength(text: string, markerLength: number): number | null {
  const sentence = SENTENCE_END_RE.exec(text);
  const limit = Math.min(sentence ? sentence.index : text.length, 41);
  PARAGRAPH_OPENING.lastIndex = markerLength + 6;
  const m = PARAGRAPH_OPENING.exec(text);
  if (!m || m.index >= limit) return null;
  const head = text.slice(markerLength, m.index);
  // The heading must be a finished phrase: not cut after a function word, not inside quotes or brackets.
  if (/[的和与與及在对對把为為、，,：:]$/.test(head) || (head.match(/[“《（(]/g)?.length ?? 0) !== (head.match(/[”》）)]/g)?.length ?? 0)) return null;
  return m.index;
}

/** 2009年工作回顧, 二〇二四年工作安排: a report's part named by its year. */
const YEAR_PART = /^(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年/;

/** A phrase of words and figures only: no punctuation, bracket or mark. */
const PHRASE_ONLY = new RegExp(`^[${HAN}\\d\\s]+$`, 'u');

/**
 * Part headings without a number (2009年工作回顧 over 一、…二、…, 2010年工作安排 over 一、… again, in a
 * 政府工作报告): short phrases (4–16 characters, no punctuation) standing between a finished paragraph and
 * the prose under it, each over a section the page numbers from 一、 anew — at least two of them. A lone
 * such line counts only when it names the year its part reports on (2009年工作回顧): a slogan or motto
 * between paragraphs (不忘初心 牢记使命, 实干才能出成效) has the same shape, and taking it as a part would
 * push every real 一、 heading to level 2. On the 163 gold pages the shape occurs once, in 169's excerpt,
 * whose second part is cut off (a hard-wrapped fragment, 揭榜 or 巴黎协定, follows no finished paragraph or
 * is shorter; a salutation's words, 女士们先生们, read as a salutation).
 */
function partHeadings(texts: readonly string[], candidates: readonly (Candidate | null)[]): Set<number> {
  const parts = new Set<number>();
  // The next numbered line after each line, found in one pass from the end.
  let next: Candidate | null = null;
  for (let i = texts.length - 1; i >= 1; i--) {
    const c = candidates[i];
    if (c) {
      next = c;
      continue;
    }
    const t = texts[i]!.trim();
    const before = texts[i - 1]!;
    const after = texts[i + 1] ?? '';
    if (t.length > 16 || hanCount(t) < 4 || !PHRASE_ONLY.test(t) || isDateLine(t) || isSalutation(`${t}：`)) continue;
    if (before.length < 40 || !ENDS_SENTENCE_RE.test(before) || after.length < 40 || !SENTENCE_END_RE.test(after)) continue;
    if (next?.kind === 1 && next.ordinal === 1) parts.add(i);
  }
  // One such line is as often a slogan or a motto between paragraphs (不忘初心 牢记使命) as a part:
  // parts come at least two, each over a series of its own numbered from 一、 — or a lone one names the
  // year its part reports on (2009年工作回顧, an excerpt whose next part is cut off), as no slogan does.
  if (parts.size >= 2 || (parts.size === 1 && [...parts].every((i) => YEAR_PART.test(texts[i]!.trim())))) return parts;
  return new Set<number>();
}

/**
 * Sections headed by lead-in phrases standing alone (`一要收心归位，迅速进入工作状态` / paragraph / `二要谋划开局…`):
 * on a speech with no numbered line at all, two or more such lines numbering on from 一, each a phrase of at
 * most 30 characters with no sentence end or colon and each followed by prose, are its level-1 headings.
 * A lead-in that opens its paragraph (`一是…。…`) stays a lead-in. On the 163 gold pages only own-pages 47
 * shows the shape (its gold takes them as headings), and no lead-in line standing alone is body text there.
 */
function leadInHeadings(texts: readonly string[], candidates: readonly (Candidate | null)[]): Set<number> {
  const found = new Set<number>();
  if (candidates.some((c) => c !== null)) return found;
  const ordinals = new Map<number, number>();
  texts.forEach((text, i) => {
    const t = text.trim();
    const lead = LEAD_IN_ORDINAL.exec(t);
    const next = texts[i + 1]?.trim() ?? '';
    if (!lead || t.length > 30 || /[。！？!?；;：:]/.test(t) || next.length < 20 || !SENTENCE_END_RE.test(next) || LEAD_IN_ORDINAL.test(next)) return;
    ordinals.set(i, chineseNumeral(lead[1]!));
  });
  const numbers = new Set(ordinals.values());
  if (!numbers.has(1) || !numbers.has(2)) return found;
  for (const [i, n] of ordinals) if (numbers.has(n - 1) || numbers.has(n + 1)) found.add(i);
  return found;
}

/** A numbered item that is a whole line of one sentence or phrase (no body after it). */
function isSingleItem(text: string): boolean {
  return firstSentenceLength(text) === null;
}

/** 1、市中院2、市检察院3、…: the line goes on numbering inside itself. */
function enumeratesInside(c: Candidate): boolean {
  if (c.kind !== 3) return false;
  const next = String(c.ordinal + 1);
  for (let at = c.text.indexOf(next, 2); at >= 0; at = c.text.indexOf(next, at + 1)) {
    if (/[、.．]/.test(c.text[at + next.length] ?? '') && !/\d/.test(c.text[at - 1] ?? '')) return true;
  }
  return false;
}

/** A 1./（1） item whose first sentence (or its one sentence) is longer than 40 characters: a paragraph's opening. */
function opensWithLongSentence(c: Candidate): boolean {
  const markerLength = c.marker?.length ?? 0;
  return (firstSentenceLength(c.text) ?? c.text.length) - markerLength > 40 && SENTENCE_END_RE.test(c.text);
}

/**
 * The 1./（1） items that are numbered paragraphs (press releases, notes, a preview's chunks), decided per
 * series — the items of one kind numbering on (1, 2, 3…; a new 1. starts another) — not item by item:
 * one run-in heading with a long heading sentence (1.着力稳定工业经济增长，确保…以上。要…) does not make
 * its short siblings paragraphs, nor does one short first sentence make a heading of a paragraph among
 * paragraphs (155: 1、 a long chunk, 2、国情怀得到了生动地诠释。…). A series is paragraphs when half its
 * items or more open with a long sentence.
 */
function numberedParagraphs(candidates: readonly (Candidate | null)[]): Set<number> {
  const paragraphs = new Set<number>();
  for (const kind of [3, 4] as const) {
    let series: number[] = [];
    let long = 0;
    const close = () => {
      if (series.length > 0 && long * 2 >= series.length) for (const i of series) paragraphs.add(i);
      series = [];
      long = 0;
    };
    candidates.forEach((c, i) => {
      if (c?.kind !== kind) return;
      const last = series.length > 0 ? candidates[series[series.length - 1]!]! : null;
      if (!last || c.ordinal !== last.ordinal + 1) close();
      series.push(i);
      if (opensWithLongSentence(c)) long++;
    });
    close();
  }
  return paragraphs;
}

/**
 * The heading decision for every line (null: not a heading). Rules, each from what the training
 * pages show:
 * - an item ending in ；，、 is one item of a list read out (agenda, speaking order), not a heading;
 * - two or more consecutive one-sentence siblings (一、…\n二、…) are a list or a table of contents:
 *   a heading is followed by its own text;
 * - a numbered line that numbers on inside itself (1、…2、…3、…) is an enumeration;
 * - a series of 1. or （1） items half of which or more open with a sentence longer than 40 characters
 *   is numbered paragraphs (press releases, notes), not headings;
 * - a heading n > 1 with no earlier sibling that goes on from a lead-in list (四、 after 一是…三是…)
 *   is the list's next item;
 * - lead-in phrases standing alone (一要…, 二要…) on a speech with no numbered line are its headings;
 * - 壹、 above 一、, or a part heading without a number above a section numbered from 一、
 *   (partHeadings), moves every level down by one;
 * - a numbered line ending in 篇一/篇2 is a compilation's piece header.
 */
function decide(texts: readonly string[]): (OutlineEntry | null)[] {
  const candidates = texts.map(candidateOf);
  const parts = partHeadings(texts, candidates);
  // 壹、 or an unnumbered part heading above 一、 moves every numbered level down by one.
  const hasUpper = candidates.some((c) => c?.kind === 'upper') || parts.size > 0;
  const seen = new Map<Candidate['kind'], Set<number>>();
  const leadIns = new Set<number>();
  const paragraphs = numberedParagraphs(candidates);
  const leadHeadings = leadInHeadings(texts, candidates);
  return candidates.map((c, i) => {
    if (parts.has(i)) return { level: 1, ordinal: 0, headLength: texts[i]!.length, glued: false };
    if (leadHeadings.has(i)) return { level: 1, ordinal: chineseNumeral(LEAD_IN_ORDINAL.exec(texts[i]!.trim())![1]!), headLength: texts[i]!.length, glued: false };
    if (!c) {
      const lead = LEAD_IN_ORDINAL.exec(texts[i]!);
      if (lead) leadIns.add(chineseNumeral(lead[1]!));
      return null;
    }
    const ordinals = seen.get(c.kind) ?? new Set<number>();
    seen.set(c.kind, ordinals);
    // A text may start mid-speech (三、 first); only a number that goes on from 一是…三是 is no heading.
    const hasPrevious = c.ordinal <= 1 || [...ordinals].some((o) => o < c.ordinal) || !leadIns.has(c.ordinal - 1);
    ordinals.add(c.ordinal);

    const level = (c.kind === 'upper' ? 1 : Math.min(4, c.kind + (hasUpper ? 1 : 0))) as HeadingLevel;
    const text = c.text;
    if (!hasPrevious || isPieceHeader(text)) return null;
    if (enumeratesInside(c)) return null;
    if (isSingleItem(text)) {
      if (/[；;，,、]$/.test(text) && text.length <= 60) return null;
      const sibling = (j: number) => {
        const s = candidates[j];
        return s !== null && s !== undefined && s.kind === c.kind && Math.abs(s.ordinal - c.ordinal) === 1 && isSingleItem(s.text);
      };
      if (sibling(i - 1) || sibling(i + 1)) return null;
    }
    const markerLength = c.marker?.length ?? (UPPER_MARKER.exec(text)?.[0].length ?? 0);
    const sentence = firstSentenceLength(text);
    if (c.kind === 3 || c.kind === 4) {
      if (paragraphs.has(i)) return null;
      return { level, ordinal: c.ordinal, headLength: sentence ?? text.length, glued: false };
    }
    const firstEnd = SENTENCE_END_RE.exec(text)?.index ?? text.length;
    // Longer than a heading: a heading sentence of over 40 characters, or over 30 with no end at all.
    if (firstEnd - markerLength > 40 || (firstEnd === text.length && !SENTENCE_END_RE.test(text) && text.length - markerLength > 30)) {
      const glued = gluedHeadingLength(text, markerLength);
      if (glued !== null) return { level, ordinal: c.ordinal, headLength: glued, glued: true };
    }
    return { level, ordinal: c.ordinal, headLength: sentence ?? text.length, glued: false };
  });
}

export interface BodyLine {
  readonly text: string;
  readonly line: number;
}

/**
 * The body lines with their heading decisions. A heading glued to its paragraph is split off and the
 * lines are decided again, so that the paragraph may itself start with a heading ((一) after 一、…).
 */
export function outlineOf(lines: readonly BodyLine[]): { lines: BodyLine[]; entries: (OutlineEntry | null)[] } {
  let current = [...lines];
  let entries = decide(current.map((l) => l.text));
  // Each pass only splits lines, and a split-off heading is never glued again: a few passes suffice.
  for (let pass = 0; pass < 4 && entries.some((e) => e?.glued); pass++) {
    current = current.flatMap((l, i) => {
      const e = entries[i];
      return e?.glued ? [{ line: l.line, text: l.text.slice(0, e.headLength) }, { line: l.line, text: l.text.slice(e.headLength) }] : [l];
    });
    entries = decide(current.map((l) => l.text));
  }
  return { lines: current, entries };
}
