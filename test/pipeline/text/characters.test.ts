import { describe, expect, it } from 'vitest';
import { codePointCount, hanCount, isAsciiAlnumCode } from '../../../lambdas/pipeline/text/characters';

describe('text/characters', () => {
  it('counts code points as [...s] does, astral characters and lone surrogates once', () => {
    for (const s of ['', '讲话', '𠀀a𠀁', 'a\ud800b', '\udc00', '——……']) {
      expect(codePointCount(s)).toBe([...s].length);
    }
  });

  it('counts Han characters, Ext B included, and nothing else', () => {
    expect(hanCount('同志们：2025年𠀀!')).toBe(5);
  });

  it('tells ASCII letters and digits from everything else', () => {
    const alnum = [...'09AZaz'].map((c) => c.charCodeAt(0));
    const other = [...'/:@[`{ ０Ａ讲'].map((c) => c.charCodeAt(0));
    expect(alnum.every(isAsciiAlnumCode)).toBe(true);
    expect(other.some(isAsciiAlnumCode)).toBe(false);
    expect(isAsciiAlnumCode(NaN)).toBe(false);
  });
});
