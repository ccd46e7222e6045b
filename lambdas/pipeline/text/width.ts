/**
 * Display width on a Chinese text grid — the one width function of the project (cleaning detects
 * hard wraps with it, the renderers balance titles and lay out the grid with it).
 */

/**
 * Characters laid on the grid (one cell each): Han, kana, CJK symbols and full-width forms, and the
 * typographic quotes/dashes/ellipsis Chinese text uses as full-width marks. Everything else (Latin letters,
 * digits, ASCII punctuation) keeps its own font width.
 */
export function isFullWidth(ch: string): boolean {
  return /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u2E80-\u2FFF\u3000-\u303F\u31C0-\u31EF\uFE30-\uFE4F\uFF01-\uFF60\uFFE0-\uFFE6“”‘’—―…‥·‧※§№]/u.test(
    ch,
  );
}

/** Width in full-width cells: a grid character counts 1, anything else (Latin, digits, ASCII) half. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isFullWidth(ch) ? 1 : 0.5;
  return width;
}
