import { PAGE_NUMBER_DASH_Y, PAGE_NUMBER_SIZE, TYPE_AREA } from '../geometry';

/** GB/T 9704 7.5: 一字线, the number, 一字线 — "— 1 —". */
export const pageNumberText = (page: number): string => `— ${page} —`;

/** Height of the page-number face's 一字线 above its baseline, in em (measured on the Noto Serif SC cut). */
const DASH_HEIGHT_EM = 0.27;

/**
 * Where the page number starts: odd pages flush right and even pages flush left, each one 4号 character
 * (14 pt) in from the 版心's edge, with the 一字线 7 mm below the 版心.
 */
export function pageNumberOrigin(page: number, textWidth: number): { x: number; y: number } {
  const x =
    page % 2 === 1 ? TYPE_AREA.left + TYPE_AREA.width - PAGE_NUMBER_SIZE - textWidth : TYPE_AREA.left + PAGE_NUMBER_SIZE;
  return { x, y: PAGE_NUMBER_DASH_Y - DASH_HEIGHT_EM * PAGE_NUMBER_SIZE };
}
