/**
 * Hostile inputs for the linear-time checks: each one is a unit repeated k times between a prefix and a
 * suffix, so the same shape can be built at sizes n and 4n and the work compared. The families are the
 * shapes that have made the text core quadratic before (runs of spaces, brackets never closed, markers
 * repeated on one line, hard-wrapped full lines, one very long line, thousands of short lines).
 */
import fc from 'fast-check';

export interface HostileShape {
  readonly family: string;
  readonly prefix: string;
  readonly unit: string;
  readonly suffix: string;
  /** Size n at which the quadratic path this shape once took shows clearly (the default n is smaller). */
  readonly minChars?: number;
}

/** The input with the unit repeated until it holds about `chars` characters. */
export function buildShape(shape: HostileShape, chars: number): string {
  const times = Math.max(1, Math.ceil(chars / Math.max(1, shape.unit.length)));
  return shape.prefix + shape.unit.repeat(times) + shape.suffix;
}

/** A short printable description for reports: `prefix + unit × k + suffix` with invisible characters escaped. */
export function describeShape(shape: HostileShape): string {
  const show = (s: string) => JSON.stringify(s).replace(/[\u0080-\u00a0\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufeff\uffa0]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `${shape.family}: ${show(shape.prefix)} + ${show(shape.unit)} × k + ${show(shape.suffix)}`;
}

/** Every character JavaScript's \s matches, and the invisible ones that look like a space or nothing. */
export const UNICODE_SPACES: readonly string[] = [
  '\t', '\n', '\v', '\f', '\r', ' ', '\u0085', '\u00a0', '\u1680',
  ...Array.from({ length: 11 }, (_, i) => String.fromCharCode(0x2000 + i)),
  '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff',
  '\u00ad', '\u180e', '\u200b', '\u200c', '\u200d', '\u2060', '\u3164', '\uffa0', '\u2800',
];

const HAN = Array.from('我们要坚持以人民为中心的发展思想深化改革开放推进高质量发展全面建设社会主义现代化国家讲话同志');
const han = (min: number, max: number) => fc.array(fc.constantFrom(...HAN), { minLength: min, maxLength: max }).map((a) => a.join(''));

/** What stands next to a run: Han text, the marks the punctuation rules look at, Latin, nothing. */
const EDGE = fc.constantFrom('我', '我...', '我--', '...', '--', 'a', '。', '，', ',', '(', ')', '“', '"', ':', '');

const spaceRun: fc.Arbitrary<HostileShape> = fc.record({
  family: fc.constant('space run'),
  prefix: EDGE,
  unit: fc.array(fc.constantFrom(...UNICODE_SPACES), { minLength: 1, maxLength: 3 }).map((a) => a.join('')),
  suffix: EDGE.map((e) => `${e}们。`),
});

/** Openers that a fragment, quote or bracket rule starts on and that never close. */
const OPENERS = ['[标签:', '[标签：', '(', '（', '【', '[', '{', '{a:', 'a{', 'color:', '<p ', '<span', '"', "'", '“', '‘', '**', '&#', '&#1', '&', '戰(', '(zh', '《', '「', 'l> ', '#'];

const unclosed: fc.Arbitrary<HostileShape> = fc.record({
  family: fc.constant('unclosed brackets'),
  prefix: fc.constantFrom('', '我们', '标题\n', '{a:b}'),
  unit: fc.array(fc.constantFrom(...OPENERS), { minLength: 1, maxLength: 3 }).map((a) => a.join('')),
  suffix: fc.constantFrom('', '{a:b}', '}', ']', ')', '。'),
});

/** Heading, lead-in, salutation, page and sentence markers the structure and split rules react to. */
const MARKERS = ['讲话。一、', '一、', '（一）', '(一)', '1.', '1、', '（1）', '第一，', '一是', '二要', '首先，', '同志们：', '- 3 -', '。', '：', '；二、', '。二、', '一、二', '第1篇：', '——', '……', '阅读全文', '分享到：', 'XX', '***'];

const repeatedMarkers: fc.Arbitrary<HostileShape> = fc.record({
  family: fc.constant('repeated markers'),
  prefix: fc.constantFrom('', '关于工作的讲话\n', '同志们：\n'),
  unit: fc.tuple(fc.array(fc.constantFrom(...MARKERS), { minLength: 1, maxLength: 2 }), han(0, 6), fc.constantFrom('', ' ', '\n', '。'))
    .map(([markers, words, sep]) => markers.join('') + words + sep),
  suffix: fc.constant(''),
});

/** Every line full to the wrap width, so paragraph joining continues over all of them. */
const wrappedLines: fc.Arbitrary<HostileShape> = fc.record({
  family: fc.constant('full wrapped lines'),
  prefix: fc.constantFrom('', '关于工作的讲话\n'),
  unit: fc.tuple(han(18, 36), fc.constantFrom('', '，', '。', '、', 'ab'), fc.constantFrom('\n', '\n\n', '\n- 3 -\n'))
    .map(([words, end, newline]) => words + end + newline),
  suffix: fc.constant(''),
});

/** One physical line holding a whole speech: sentences glued with nothing, a space, or chrome words. */
const longLine: fc.Arbitrary<HostileShape> = fc.record({
  family: fc.constant('long single line'),
  prefix: fc.constantFrom('', '关于工作的讲话 ', '首页 > 讲话 > '),
  unit: fc.tuple(han(4, 20), fc.constantFrom('，', '。', '：', '；', '！'), fc.constantFrom('', ' ', '  ', '本站', '未完', '{', '一、', '1.', '"'))
    .map(([words, mark, glue]) => words + mark + glue),
  suffix: fc.constantFrom('', '。', '阅读全文'),
});

/** Thousands of short lines: chrome, meta lines or titles, none of them prose. */
const shortLines: fc.Arbitrary<HostileShape> = fc.record({
  family: fc.constant('short lines'),
  prefix: fc.constant(''),
  unit: fc.tuple(fc.constantFrom('手机版', '首页 > 正文', '分享到：', '相关文章', '上一篇：', '第1篇：', '关于工作的讲话', '讲话稿', '12', 'abc', ''), han(0, 4))
    .map(([chrome, words]) => `${chrome}${words}\n`),
  suffix: fc.constantFrom('', '同志们：\n我们要坚持以人民为中心的发展思想，深化改革开放。'),
});

/** One mark or short unit repeated along a line (digits, dots, ellipses, list numbers, a portal's suffix words): the runs a pattern anchored at the line's end is tried across. */
const markRuns: fc.Arbitrary<HostileShape> = fc.record({
  family: fc.constant('runs of one mark'),
  prefix: fc.constantFrom('', '关于工作的讲话\n\n同志们：\n我们'),
  unit: fc.constantFrom('1', '.', '…', '。', '(1)', '（1）', '1篇', '篇一', '实用', '·', '-', '*'),
  suffix: fc.constantFrom('', '。\n', '篇'),
});

export const FAMILIES: Readonly<Record<string, fc.Arbitrary<HostileShape>>> = {
  'space run': spaceRun,
  'unclosed brackets': unclosed,
  'repeated markers': repeatedMarkers,
  'full wrapped lines': wrappedLines,
  'long single line': longLine,
  'short lines': shortLines,
  'runs of one mark': markRuns,
};

/** The inputs of the issue that found the quadratic paths, kept as fixed cases. */
export const KNOWN_CASES: readonly HostileShape[] = [
  { family: 'space run', prefix: '我', unit: '\u2003', suffix: '们。' },
  { family: 'unclosed brackets', prefix: '', unit: '[标签:', suffix: '{a:b}' },
  { family: 'full wrapped lines', prefix: '', unit: '我们要坚持以人民为中心的发展思想，深化改革开放。\n', suffix: '', minChars: 32_000 },
  { family: 'repeated markers', prefix: '', unit: '讲话。一、', suffix: '', minChars: 64_000 },
  // A reviewer's runs (2026-12-02): a line of digits (COMPILATION_WORDS), of dots (a trailing-ellipsis
  // pattern), of (1) (a title copy's suffix) — each tried from every position of the run.
  { family: 'runs of one mark', prefix: '', unit: '1', suffix: '。\n' },
  { family: 'runs of one mark', prefix: '关于工作的讲话\n\n同志们：\n我们', unit: '.', suffix: '。\n' },
  { family: 'runs of one mark', prefix: '', unit: '(1)', suffix: '。\n' },
];
