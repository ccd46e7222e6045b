/**
 * Quotation marks. Mainland text uses “” and ‘’; Taiwan and Hong Kong readers expect 「」 and 『』.
 * OpenCC converts characters only, so the marks are mapped here, one for one, which keeps nesting.
 */
import type { Direction } from './opencc-chain';

const TO_CORNER: Readonly<Record<string, string>> = { '“': '「', '”': '」', '‘': '『', '’': '』' };
const TO_CURLY: Readonly<Record<string, string>> = { '「': '“', '」': '”', '『': '‘', '』': '’' };

const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * “”→「」 and ‘’→『』, except a ’ between two Latin letters, which is an apostrophe (China’s),
 * not a closing quote.
 */
export function toCornerQuotes(text: string): string {
  return text.replace(/[“”‘’]/g, (mark, offset: number) =>
    mark === '’' && isApostrophe(text, offset) ? mark : (TO_CORNER[mark] ?? mark),
  );
}

/** 「」→“” and 『』→‘’ (the Simplified edition of a Traditional text). */
export function toCurlyQuotes(text: string): string {
  return text.replace(/[「」『』]/g, (mark) => TO_CURLY[mark] ?? mark);
}

export function convertQuotes(text: string, direction: Direction): string {
  return direction === 'to-traditional' ? toCornerQuotes(text) : toCurlyQuotes(text);
}

function isApostrophe(text: string, offset: number): boolean {
  return LATIN_LETTER.test(text.charAt(offset - 1)) && LATIN_LETTER.test(text.charAt(offset + 1));
}
