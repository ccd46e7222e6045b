/**
 * Characters that are not content a reader sees (Unicode's Default_Ignorable_Code_Point): variation selectors
 * (VS16 after an emoji, U+E0100… after an ideograph), tag characters, ZWJ, bidi controls. A font draws nothing
 * for them, so where none has a glyph they take no space (render/pdf/draw/fontResolver.ts) and are not missing
 * (render/pdf/fonts/missing-glyphs.ts); a line of nothing else is no paragraph (clean/index.ts), and they do
 * not end a sentence (truncation.ts).
 */
const INVISIBLE = /^\p{Default_Ignorable_Code_Point}$/u;

/** True for one default-ignorable code point. */
export function isInvisible(char: string): boolean {
  return INVISIBLE.test(char);
}
