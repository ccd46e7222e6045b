import { HAN } from '../text/characters';
import { headingMarker } from '../text/markers';
import { CLAUSE_PUNCT_RE, ENDS_SENTENCE_RE, STOPS_PARAGRAPH } from '../text/sentences';
import { isBlank, type WorkLine } from './lines';
import { isProse } from './regions';
import { startsBlock } from './split';

/**
 * Repairs of paragraphs that a web or PDF copy damaged without adding noise: a paragraph cut by a line
 * of invisible characters, spaces a PDF copy left between Han characters (热烈的 祝贺, 2025 年 3 月),
 * and `.` typed as a full stop between Han characters.
 */

/**
 * Rejoins a paragraph cut in two by a line of zero-width characters only (removed as noise): the line
 * above stops mid-sentence and the line below does not start a block of its own.
 */
export function rejoinAcrossInvisible(kept: readonly WorkLine[], invisible: ReadonlySet<number>): WorkLine[] {
  const cuts = [...invisible].sort((a, b) => a - b);
  let next = 0;
  let lastLine = 0;
  const out: WorkLine[] = [];
  for (const w of kept) {
    // Was a line of invisible characters removed between the previous kept line and this one?
    while (next < cuts.length && cuts[next]! < lastLine) next++;
    const cut = next < cuts.length && cuts[next]! < w.line;
    lastLine = w.line;
    const prev = out[out.length - 1];
    if (cut && !isBlank(w) && prev && !isBlank(prev) && !ENDS_SENTENCE_RE.test(prev.text) && !/[：:；;，,]$/.test(prev.text) && !startsBlock(w.text)) {
      out[out.length - 1] = { ...prev, text: prev.text + w.text };
    } else out.push(w);
  }
  return out;
}

const HAN_SPACE_HAN = new RegExp(`(?<=[${HAN}])[ \\u3000](?=[${HAN}])`, 'gu');
/** 2025 年 / 3 月 / 6.7 % / 增长 6.7: a space between a number and the Han word or mark it belongs to. */
const DIGIT_SPACE_HAN = new RegExp(`(?<=\\d)[ \\u3000](?=[${HAN}%])|(?<=[${HAN}])[ \\u3000](?=\\d)`, 'gu');
/** `.` after two Han characters, before a Han character or the line end: a full stop typed as `.`. */
const DOT_FULL_STOP = new RegExp(`(?<=[${HAN}]{2})\\.(?=[${HAN}“”]|$)`, 'gu');
const NUMERAL_RUN = /^[一二三四五六七八九十百]+$/;

/**
 * Spacing and full stops inside a line of running prose in the body. Head lines keep their spaces
 * (香港立法會 涂謹申議員, 市长 张明: a space there separates an office from a name), as do lines
 * that are not prose.
 */
export function repairProseLine(text: string): string {
  if (!isProse(text)) return text;
  let out = text.replace(HAN_SPACE_HAN, '').replace(DIGIT_SPACE_HAN, '');
  // 十一.加强… is a heading marker written with a dot, not a sentence end.
  out = out.replace(DOT_FULL_STOP, (dot, offset: number) => (NUMERAL_RUN.test(out.slice(0, offset)) ? dot : '。'));
  return out;
}

/** A short piece with no punctuation at all: a linked term a wiki copy put on its own line (习近平, 十三五, 2). */
const FRAGMENT = /^[^，,。！？!?；;：:、\s]{1,12}$/;
const isFragment = (text: string): boolean => FRAGMENT.test(text) && headingMarker(text) === null;

/**
 * Rejoins a sentence that a web copy broke at its links (…稳中向好。党的十八届六中全会 / 正式明确 /
 * 习近平 / 总书记的核心地位，…“ / 十三五 / ”实现了良好开局。): a run of adjacent lines (no blank
 * between), each but the last stopping mid-sentence and none starting a block of its own (a heading,
 * a lead-in, a salutation), joins when it ends a sentence, holds running prose before its end and a short unpunctuated
 * fragment after its first line. A signature and its date (no sentence end), an unnumbered heading over
 * its paragraph (no fragment inside) and lines that each end a sentence stay apart. A run that opens
 * with a fragment right after a line ending a sentence continues that line's paragraph. Body lines only.
 */
export function rejoinSentenceFragments(lines: readonly WorkLine[], bodyStartLine: number): WorkLine[] {
  const out: WorkLine[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i]!;
    let end = i;
    if (!isBlank(first) && first.line >= bodyStartLine && !startsBlock(first.text)) {
      while (end + 1 < lines.length && !STOPS_PARAGRAPH.test(lines[end]!.text) && !isBlank(lines[end + 1]!) && !startsBlock(lines[end + 1]!.text)) end++;
    }
    const run = lines.slice(i, end + 1).map((w) => w.text);
    const joins =
      run.length >= 3 || (run.length === 2 && (isFragment(run[0]!) || isFragment(run[1]!)))
        ? ENDS_SENTENCE_RE.test(run[run.length - 1]!) && run.slice(0, -1).some((t) => CLAUSE_PUNCT_RE.test(t) && t.length > 12) && run.slice(1).some(isFragment)
        : false;
    if (!joins) {
      // No later start inside the run can join either (its lines are a subset ending on the same line):
      // moving past the whole run keeps this linear. One push per line: spreading a run of 120k lines
      // into push() overflows the call stack.
      for (let k = i; k <= end; k++) out.push(lines[k]!);
      i = end + 1;
      continue;
    }
    const text = run.join('');
    const prev = out[out.length - 1];
    // 党的十八届六中全会 right under …稳中向好。 (no blank between) goes on that paragraph.
    if (isFragment(run[0]!) && prev && !isBlank(prev) && prev.line >= bodyStartLine && ENDS_SENTENCE_RE.test(prev.text) && isProse(prev.text)) {
      out[out.length - 1] = { ...prev, text: prev.text + text };
    } else out.push({ ...first, text });
    i = end + 1;
  }
  return out;
}
