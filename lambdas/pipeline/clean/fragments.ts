import { HAN } from '../text/characters';
import type { CleaningReport, RemovalReason } from './report';

interface FragmentRule {
  readonly reason: RemovalReason;
  readonly pattern: RegExp;
  /** Lines the rule takes a fragment from (hit) and lines it must leave whole (miss): the table's test. */
  readonly examples?: { readonly hit: readonly string[]; readonly miss: readonly string[]; readonly missBelowSentence?: readonly string[] };
  /** Only on a line with no sentence above it: the rule takes what opens a report, not what a speech says later. */
  readonly beforeFirstSentence?: true;
}

const SYLLABLE = '[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}';

/** A CSS rule body: `selector { prop: value; … }` — recognised by property syntax inside braces. */
// Bounded quantifiers keep this linear on long lines without braces (a leaked base64 blob, say).
const CSS_RULE = String.raw`(?:@[a-z-]{1,20}|[a-zA-Z][\w.#:-]{0,40}(?:\s{0,3},\s{0,3}[a-zA-Z][\w.#:-]{0,40}){0,8})?\s{0,3}\{[^{}]{0,400}?[a-z-]{1,30}\s{0,3}:\s{0,3}[^{}]{0,400}\}`;

/**
 * Fragments removed from inside a line. Order matters: leaked style sheets first (they contain
 * brackets and colons the later rules would otherwise look at).
 */
const RULES: readonly FragmentRule[] = [
  // Leaked style sheet of an HTML export, possibly led by the tail of a tag (`l> `) and a CMS label.
  // The label is bounded: `[标签:` repeated without `]` would otherwise be rescanned from every label.
  {
    reason: 'leaked CSS',
    pattern: new RegExp(String.raw`(?:^[a-z]{0,8}>\s*)?(?:\[标签[:：][^\]]{0,40}\]\s*)?(?:${CSS_RULE}\s*){1,}`, 'g'),
  },
  // Markdown a web editor left behind: a heading hash at line start, bold stars around a phrase.
  { reason: 'markdown heading mark', pattern: /^#{1,6}\s+/g },
  { reason: 'leaked HTML tag', pattern: /<\/?(?:p|br|div|span|strong|b|i|em|font|a|img|table|tr|td|section|h[1-6])\b[^<>]*>/gi },
  // A news report's dateline opening its first paragraph (【看中国2018年2月15日讯】, 【記者郭姿柔/嘉縣報導】,
  // 【Now新聞台】): the agency's, not the speaker's. Only a bracket that opens the line and closes on a
  // dateline word, and only above the page's first sentence: a speech's bracketed line (【重要讲话】), or
  // a speech quoting a dateline (【新华社北京3月5日电】这样的电头，…) further down, keeps it.
  {
    reason: 'publish/source line',
    beforeFirstSentence: true,
    pattern: /^\s*【[^【】]{2,30}(?:讯|訊|报道|報導|报导|日电|日電|新闻台|新聞台|电视台|電視台)】\s*/g,
    examples: {
      hit: ['【看中国2018年2月15日讯】今天是农历除夕', '【記者郭姿柔/嘉縣報導】寫下嘉義縣地方自治史上', '【Now新聞台】主席、各位議員', '【新华社北京3月5日电】今天上午'],
      miss: ['【重要讲话】今天上午', '同志们，【通讯】工作要加强', '【讯】', '我们要用好【新闻台】这个平台'],
      // below the page's first sentence: a speech quoting a dateline
      missBelowSentence: ['【新华社北京3月5日电】这样的电头，大家天天都能在报纸上看到。', '【本报讯】我们的市报也要学习这种严谨的作风。'],
    },
  },
  // Hanyu Pinyin gloss glued after a character: 戰(zhàn) 發(fā — the last one cut off at the end of the text.
  {
    reason: 'pinyin gloss',
    pattern: new RegExp(
      String.raw`(?<=[${HAN}])[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ])${SYLLABLE}(?:\s${SYLLABLE}){0,3}(?:[)）]|$)`,
      'gu',
    ),
  },
];

/** The rules that carry examples, for their table test. */
export const FRAGMENT_RULES: readonly FragmentRule[] = RULES;

/**
 * Removes noise fragments from one line and reports each with its line number. (HTML character
 * references were decoded with the bytes: they stand for real characters.)
 */
export function removeFragments(line: string, lineNo: number, report: CleaningReport, sentenceAbove = false): string {
  let out = line;
  // **bold** from a web editor: drop the paired stars, keep the words (a *** placeholder is left alone).
  out = out.replace(/(?<!\*)\*\*([^*\s](?:[^*]*[^*\s])?)\*\*(?!\*)/g, (_, inner: string) => {
    report.removedFragments.push({ line: lineNo, text: '**', reason: 'markdown emphasis' }, { line: lineNo, text: '**', reason: 'markdown emphasis' });
    return inner;
  });
  for (const rule of RULES) {
    if (rule.reason === 'leaked CSS' && !(out.includes('{') && out.includes('}'))) continue;
    if (rule.beforeFirstSentence && sentenceAbove) continue;
    out = out.replace(rule.pattern, (fragment) => {
      report.removedFragments.push({ line: lineNo, text: fragment, reason: rule.reason });
      return rule.reason === 'leaked CSS' ? ' ' : '';
    });
  }
  return out;
}
