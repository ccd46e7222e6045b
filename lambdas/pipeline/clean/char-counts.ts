/** A line's characters by class, counted in one pass: the shares and densities the line features read. */
import { isHanCode } from '../text/characters';

const codes = (chars: string): Set<number> => new Set(Array.from(chars, (ch) => ch.codePointAt(0)!));
/** 的 了 是 在 和 要 我们…: the words running prose is made of and menus, banners and link lists lack. */
const FUNCTION_CHARS = codes('的了是在和要我们你他这那就都也对把被为与以及着有不而并将从其之所让使能会');
const SYMBOLS = codes('|｜>›»＞→•·●○◆■□▲▼★☆◎※#@&*_=+<~^:：/\\');
const CLAUSE_MARKS = codes('，,、；;');

interface CharCounts {
  han: number;
  latin: number;
  digit: number;
  space: number;
  symbol: number;
  clause: number;
  functionWord: number;
}

/** The character-class counts of a line in one pass (no regex, no allocation per character). */
export function charCounts(text: string): CharCounts {
  const c: CharCounts = { han: 0, latin: 0, digit: 0, space: 0, symbol: 0, clause: 0, functionWord: 0 };
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      code = text.codePointAt(i)!;
      i++;
    }
    if (isHanCode(code)) {
      c.han++;
      if (FUNCTION_CHARS.has(code)) c.functionWord++;
    } else if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) c.latin++;
    else if (code >= 48 && code <= 57) c.digit++;
    else if (code === 32 || code === 0x3000) c.space++;
    else if (SYMBOLS.has(code)) c.symbol++;
    else if (CLAUSE_MARKS.has(code)) c.clause++;
  }
  return c;
}
