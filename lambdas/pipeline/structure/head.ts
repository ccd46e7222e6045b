import type { CleanLine } from '../clean';
import { isSalutation, TITLE_ENDING } from '../text/markers';

const DATE_LINE = /^[（(]?\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年[^。，]{1,20}?日[^。，]{0,30}[)）]?$/;

export function isDateLine(text: string): boolean {
  return DATE_LINE.test(text);
}

export function isSubtitleLine(text: string): boolean {
  return /^(?:——|—|--|－－)/.test(text);
}

function isTitleLike(text: string): boolean {
  return text.length >= 2 && text.length <= 80 && !/[。！？!?]$/.test(text) && !isSalutation(text) && !isSubtitleLine(text) && !isDateLine(text);
}

export interface Head {
  readonly title: string | null;
  readonly titleLine: number;
  readonly subtitle?: CleanLine;
  readonly speaker?: CleanLine;
  readonly date?: CleanLine;
  /** Head lines that are none of the above: kept as paragraphs. */
  readonly others: readonly CleanLine[];
}

/**
 * Reads the head (the lines above the running text): title, possibly split over two lines, then the
 * subtitle, speaker and date lines in whatever order the page gives them.
 */
export function readHead(head: readonly CleanLine[]): Head {
  let i = 0;
  let title: string | null = null;
  let titleLine = 0;
  const others: CleanLine[] = [];
  const first = head[0];
  if (first && isTitleLike(first.text)) {
    title = first.text;
    titleLine = first.line;
    i = 1;
    const next = head[1];
    if (next && !TITLE_ENDING.test(title) && isTitleLike(next.text) && next.text.length <= 30 && !/[，,：:]/.test(next.text) && TITLE_ENDING.test(next.text)) {
      title += next.text;
      i = 2;
    }
  }
  let subtitle: CleanLine | undefined;
  let speaker: CleanLine | undefined;
  let date: CleanLine | undefined;
  for (; i < head.length; i++) {
    const line = head[i]!;
    if (!subtitle && isSubtitleLine(line.text)) subtitle = line;
    else if (!date && isDateLine(line.text)) date = line;
    else if (!speaker && title !== null && line.text.length <= 30 && !/[。！？，,]/.test(line.text)) speaker = line;
    else others.push(line);
  }
  return { title, titleLine, subtitle, speaker, date, others };
}
