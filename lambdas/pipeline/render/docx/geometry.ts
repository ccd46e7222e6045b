/**
 * GB/T 9704-2012 page geometry in twips (1/20 pt), the unit WordprocessingML measures in.
 *
 * Every figure is derived from the standard's millimetres so a change of margin moves
 * the line pitch and the character tracking with it.
 */

const TWIPS_PER_MM = 1440 / 25.4;
const mm = (value: number): number => Math.round(value * TWIPS_PER_MM);

export const PAGE_WIDTH = 11906; // A4, 210 mm
export const PAGE_HEIGHT = 16838; // A4, 297 mm

export const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) } as const;

/** Distance from the page's bottom edge to the footer; puts the `— 1 —` dash about 7 mm below the text block. */
export const FOOTER_DISTANCE = mm(25);
export const HEADER_DISTANCE = mm(15);

/** 版心 156 × 225 mm. */
export const TEXT_WIDTH = PAGE_WIDTH - MARGIN.left - MARGIN.right;
export const TEXT_HEIGHT = PAGE_HEIGHT - MARGIN.top - MARGIN.bottom;

export const LINES_PER_PAGE = 22;
export const CHARS_PER_LINE = 28;

/** Font sizes in half-points (w:sz): 2号 22 pt, 3号 16 pt, 4号 14 pt. */
export const SIZE_TITLE = 44;
export const SIZE_BODY = 32;
export const SIZE_PAGE_NUMBER = 28;

/** Exact line pitch that fits 22 lines in the text block: 579 twips = 28.95 pt. */
export const LINE_PITCH = Math.floor(TEXT_HEIGHT / LINES_PER_PAGE);

/**
 * Run tracking (w:spacing, twips) that fits 28 body characters in the text width:
 * 16 pt glyphs advance 15.75 pt each. Expressed as tracking rather than a `linesAndChars`
 * document grid because LibreOffice lays that grid out at ~14 characters per line, and using
 * both would make Word compress twice.
 */
export const CHARACTER_SPACING = Math.floor(TEXT_WIDTH / CHARS_PER_LINE - (SIZE_BODY / 2) * 20);

/** One character of the given size (half-points) in twips: the GB/T "空一字". */
export const oneCharacter = (halfPoints: number): number => (halfPoints / 2) * 20;

/** How many full-width characters of a size fit one line, given the tracking above. */
export function charactersPerLine(halfPoints: number): number {
  return Math.floor(TEXT_WIDTH / (oneCharacter(halfPoints) + CHARACTER_SPACING));
}
