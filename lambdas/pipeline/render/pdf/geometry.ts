/**
 * Page geometry of GB/T 9704-2012 in PDF points (1 mm = 72 / 25.4 pt), y measured from the page BOTTOM
 * as PDF does. One place for every number so the layout and the drawing cannot disagree.
 */
export const MM = 72 / 25.4;

export const PAGE_WIDTH = 595.28;
export const PAGE_HEIGHT = 841.89;

/** 版心 (type area): 156 × 225 mm, 37 mm from the top, 28 mm from the left. */
export const TYPE_AREA = {
  left: 28 * MM,
  top: PAGE_HEIGHT - 37 * MM,
  width: 156 * MM,
  height: 225 * MM,
} as const;
export const TYPE_AREA_BOTTOM = TYPE_AREA.top - TYPE_AREA.height;

export const LINES_PER_PAGE = 22;
export const CELLS_PER_LINE = 28;
/** Vertical distance between line slots: 225 mm / 22 ≈ 28.99 pt. */
export const LINE_PITCH = TYPE_AREA.height / LINES_PER_PAGE;
/** Horizontal grid cell: 156 mm / 28 ≈ 15.79 pt, a little tighter than the 16 pt em. */
export const CELL = TYPE_AREA.width / CELLS_PER_LINE;

export const BODY_SIZE = 16;
export const TITLE_SIZE = 22;
export const PAGE_NUMBER_SIZE = 14;
/** The page number's 一字线 sits 7 mm below the 版心. */
export const PAGE_NUMBER_DASH_Y = TYPE_AREA_BOTTOM - 7 * MM;

/**
 * Ideographic em box of the CJK faces we embed: 0.88 em above the baseline, 0.12 em below.
 * Used to centre a glyph's em box vertically in its line slot.
 */
export const EM_ASCENT = 0.88;

/** Baseline y of line slot `slot` (0 = first line of the 版心) for glyphs of `size`. */
export function baselineOfSlot(slot: number, size: number): number {
  const slotTop = TYPE_AREA.top - slot * LINE_PITCH;
  return slotTop - (LINE_PITCH - size) / 2 - EM_ASCENT * size;
}
