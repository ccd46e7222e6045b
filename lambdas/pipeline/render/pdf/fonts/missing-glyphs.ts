import type { PipelineWarning } from '../../../warnings';

function describe(char: string): string {
  const hex = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return `${char} (U+${hex})`;
}

/**
 * The `missing-glyph` warning for characters no font in their role's chain has (FontBook.faceFor
 * returned null), or null when there are none. Samples are unique and in code-point order so the
 * manifest is deterministic.
 */
export function missingGlyphWarning(characters: Iterable<string>): PipelineWarning | null {
  const unique = [...new Set(characters)].sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0));
  if (unique.length === 0) return null;
  return {
    code: 'missing-glyph',
    message: `${unique.length} character(s) have no glyph in any bundled font and are left blank in the PDF: ${unique.map(describe).join(', ')}`,
    count: unique.length,
    samples: unique.map(describe),
  };
}
