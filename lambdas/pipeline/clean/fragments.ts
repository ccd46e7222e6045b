import { HAN } from '../text/characters';
import type { CleaningReport, RemovalReason } from './report';

interface FragmentRule {
  readonly reason: RemovalReason;
  readonly pattern: RegExp;
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
  // Hanyu Pinyin gloss glued after a character: 戰(zhàn) 發(fā — the last one cut off at the end of the text.
  {
    reason: 'pinyin gloss',
    pattern: new RegExp(
      String.raw`(?<=[${HAN}])[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹ])${SYLLABLE}(?:\s${SYLLABLE}){0,3}(?:[)）]|$)`,
      'gu',
    ),
  },
];

/**
 * Removes noise fragments from one line and reports each with its line number. (HTML character
 * references were decoded with the bytes: they stand for real characters.)
 */
export function removeFragments(line: string, lineNo: number, report: CleaningReport): string {
  let out = line;
  // **bold** from a web editor: drop the paired stars, keep the words (a *** placeholder is left alone).
  out = out.replace(/(?<!\*)\*\*([^*\s](?:[^*]*[^*\s])?)\*\*(?!\*)/g, (_, inner: string) => {
    report.removedFragments.push({ line: lineNo, text: '**', reason: 'markdown emphasis' }, { line: lineNo, text: '**', reason: 'markdown emphasis' });
    return inner;
  });
  for (const rule of RULES) {
    if (rule.reason === 'leaked CSS' && !(out.includes('{') && out.includes('}'))) continue;
    out = out.replace(rule.pattern, (fragment) => {
      report.removedFragments.push({ line: lineNo, text: fragment, reason: rule.reason });
      return rule.reason === 'leaked CSS' ? ' ' : '';
    });
  }
  return out;
}
