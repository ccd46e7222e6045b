import type { PipelineWarning } from '../warnings';

interface PlaceholderKind {
  readonly label: string;
  readonly pattern: RegExp;
}

/**
 * Blanks a drafter left to be filled in (XXXX, XX同志, ×××, ***, ○○) and censorship-style
 * abbreviations (D中央). They are content and stay; the user is told so they can fill them in.
 */
const KINDS: readonly PlaceholderKind[] = [
  { label: 'XX', pattern: /(?<![A-Za-z])[XxＸｘ]{2,}(?![A-Za-z])/g },
  { label: '×××', pattern: /[×✕]{2,}/g },
  { label: '***', pattern: /[*＊]{2,}/g },
  { label: '○○', pattern: /[○〇◯]{2,}(?=[^一二三四五六七八九十年]|$)/g },
  { label: '□□', pattern: /[□■]{2,}/g },
  { label: 'D中央', pattern: /(?<![A-Za-z])[A-Z](?=中央|国务院|省委|市委|县委|区委|党委|政府)/g },
];

export function placeholderWarnings(text: string): PipelineWarning[] {
  const warnings: PipelineWarning[] = [];
  for (const { label, pattern } of KINDS) {
    const found = text.match(pattern);
    if (!found) continue;
    const samples = [...new Set(found)].slice(0, 5);
    warnings.push({
      code: 'placeholder',
      message: `${found.length} placeholder(s) like “${samples[0]}” (${label}) are still in the text: fill them in before printing.`,
      count: found.length,
      samples,
    });
  }
  return warnings;
}
