import type { Block, Run } from '../../../model';
import { BODY_SIZE, CELL, TITLE_SIZE } from '../geometry';

/**
 * The text styles the PDF uses (GB/T 9704 + 讲话稿 house style). The layout only needs a style's size and
 * grid cell; the drawing maps the style to a font role of the FontBook.
 */
export type TextStyle =
  | 'title' // 2号 小标宋-like
  | 'subtitle' // 3号 仿宋, centred
  | 'meta' // speaker and date: 3号 楷体, centred
  | 'body' // 3号 仿宋
  | 'lead-in' // 3号 仿宋, bold
  | 'heading1' // 一、 黑体
  | 'heading2' // （一） 楷体
  | 'heading3' // 1. 仿宋, bold
  | 'heading4'; // （1） 仿宋

export interface StyleMetrics {
  readonly size: number;
  /** Width one Han character occupies on the line. */
  readonly cell: number;
}

// The title is not on the body grid: its characters sit on their own 22 pt em.
const TITLE_METRICS: StyleMetrics = Object.freeze({ size: TITLE_SIZE, cell: TITLE_SIZE });
const BODY_METRICS: StyleMetrics = Object.freeze({ size: BODY_SIZE, cell: CELL });

/** One shared object per kind (the layout asks for every unit it places: a new object each time was garbage). */
export function metricsOf(style: TextStyle): StyleMetrics {
  return style === 'title' ? TITLE_METRICS : BODY_METRICS;
}

/** Style of one run inside a block: heading runs take the level's style, lead-ins bold, the rest body. */
export function styleOfRun(block: Block, run: Run): TextStyle {
  switch (block.kind) {
    case 'title':
      return 'title';
    case 'subtitle':
      return 'subtitle';
    case 'speaker':
    case 'date':
      return 'meta';
    case 'heading':
      return run.role === 'text' ? 'body' : (`heading${block.level ?? 1}` as TextStyle);
    default:
      return run.role === 'lead-in' || run.role === 'heading' ? 'lead-in' : 'body';
  }
}

/** How a block's lines sit in the measure. */
export type BlockAlignment = 'centred' | 'justified';

export function alignmentOf(block: Block): BlockAlignment {
  return block.kind === 'title' || block.kind === 'subtitle' || block.kind === 'speaker' || block.kind === 'date'
    ? 'centred'
    : 'justified';
}

/** First-line indent in cells: every 自然段 and heading 左空二字; the salutation stays flush left (顶格). */
export function firstLineIndentCells(block: Block): number {
  return block.kind === 'salutation' ? 0 : 2;
}
