import { describe, expect, it } from 'vitest';
import { codePointCount, HAN_RE, hanCount, isAsciiAlnumCode, isHanCode, STARTS_WITH_BULLET_RE } from '../../../lambdas/pipeline/text/characters';

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

  it('has one Han range: the regex class and the code-point test agree, ideographs in, radicals and 〇 out', () => {
    const ideographs = ['一', '龥', '㐀', '䶿', '豈', '𠀀', '𪛖', '𰀀', '𱍊', '𱍐', '𲎯', '丽'];
    const others = ['⼤', '⺀', '〇', '々', '〻', 'a', '１', '。', 'ー', 'あ', '가'];
    for (const ch of [...ideographs, ...others]) expect(isHanCode(ch.codePointAt(0)!), ch).toBe(HAN_RE.test(ch));
    expect(ideographs.every((ch) => HAN_RE.test(ch))).toBe(true);
    expect(others.some((ch) => HAN_RE.test(ch))).toBe(false);
  });

  it('knows the marks a list or menu item opens with, and not a transliterated name\'s dot inside a line', () => {
    for (const line of ['• 立法院第10屆', '· 首页', '● 通知', '- 2021-05-07 发布 |', '* 相关阅读', '– 下载']) expect(STARTS_WITH_BULLET_RE.test(line), line).toBe(true);
    for (const line of ['买买提·艾力', '一、总体要求', '——在全市大会上的讲话']) expect(STARTS_WITH_BULLET_RE.test(line), line).toBe(false);
  });
});
