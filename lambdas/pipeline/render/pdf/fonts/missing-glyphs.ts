import type { PipelineWarning } from '../../../warnings';
import { isInvisible } from '../../../text/invisible';

function describe(char: string): string {
  const hex = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return `${char} (U+${hex})`;
}

/**
 * The `missing-glyph` warning for characters no font in their role's chain has (FontBook.faceFor
 * returned null), or null when there are none. Samples are unique and in code-point order so the
 * manifest is deterministic. Emoji stay listed (with a keycap's U+20E3, which draws the key around the digit).
 */
export function missingGlyphWarning(characters: Iterable<string>): PipelineWarning | null {
  const unique = [...new Set(characters)]
    // Not content a reader sees (variation selectors, tags, ZWJ): drawn as nothing, so nothing is missing.
    .filter((char) => !isInvisible(char))
    .sort((a, b) => (a.codePointAt(0) ?? 0) - (b.codePointAt(0) ?? 0));
  if (unique.length === 0) return null;
  return {
    code: 'missing-glyph',
    message: `${unique.length} character(s) have no glyph in any bundled font and are left blank in the PDF: ${unique.map(describe).join(', ')}`,
    count: unique.length,
    samples: unique.map(describe),
  };
}
