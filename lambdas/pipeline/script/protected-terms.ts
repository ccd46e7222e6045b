/**
 * Proper nouns OpenCC is known to mis-convert, written here in both scripts and applied on top of
 * OpenCC: wherever the source form occurs, its counterpart is written as-is and OpenCC converts
 * only the text around it. Each entry was checked against opencc-js 1.4.2 (see docs/traditional.md).
 */
import type { Direction, TextConverter } from './opencc-chain';

export interface ProtectedTerm {
  readonly simplified: string;
  readonly traditional: string;
  /** What OpenCC does wrong without the entry. */
  readonly reason: string;
}

export const PROTECTED_TERMS: readonly ProtectedTerm[] = [
  { simplified: '乾安', traditional: '乾安', reason: '乾安县 (Jilin): Traditional→Simplified writes 干安 unless 縣 follows (opencc-js #24)' },
  { simplified: '于洪', traditional: '于洪', reason: '于洪区 (Shenyang): Simplified→Traditional writes 於洪 unless 区 follows' },
  { simplified: '乾德', traditional: '乾德', reason: 'Song-dynasty era name: Traditional→Simplified writes 干德' },
  { simplified: '乾佑', traditional: '乾佑', reason: 'Later-Han era name: Traditional→Simplified writes 干佑' },
];

/**
 * Converts `text` with `convert`, except that occurrences of protected terms (source form for
 * `direction`, longest first, left to right) become the term's target form unchanged.
 */
export function convertProtectingTerms(
  text: string,
  direction: Direction,
  convert: TextConverter,
  terms: readonly ProtectedTerm[] = PROTECTED_TERMS,
): string {
  const protection = compiledProtection(terms, direction);
  if (!protection) return convert(text);
  let out = '';
  let gapStart = 0;
  for (const match of text.matchAll(protection.pattern)) {
    out += convert(text.slice(gapStart, match.index)) + (protection.targets.get(match[0]) ?? match[0]);
    gapStart = match.index + match[0].length;
  }
  return out + convert(text.slice(gapStart));
}

interface CompiledProtection {
  readonly pattern: RegExp;
  readonly targets: ReadonlyMap<string, string>;
}

const compiled = new WeakMap<readonly ProtectedTerm[], Map<Direction, CompiledProtection | null>>();

function compiledProtection(terms: readonly ProtectedTerm[], direction: Direction): CompiledProtection | null {
  let byDirection = compiled.get(terms);
  if (!byDirection) compiled.set(terms, (byDirection = new Map()));
  if (byDirection.has(direction)) return byDirection.get(direction) ?? null;
  const targets = new Map<string, string>();
  for (const term of terms) {
    const [source, target] =
      direction === 'to-traditional' ? [term.simplified, term.traditional] : [term.traditional, term.simplified];
    if (source.length > 0) targets.set(source, target);
  }
  const sources = [...targets.keys()].sort((a, b) => b.length - a.length);
  const protection = sources.length === 0 ? null : { pattern: new RegExp(sources.map(escapeRegExp).join('|'), 'g'), targets };
  byDirection.set(direction, protection);
  return protection;
}

function escapeRegExp(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
