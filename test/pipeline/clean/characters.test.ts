import { describe, expect, it } from 'vitest';
import { dropXmlForbidden, repairCharacters } from '../../../lambdas/pipeline/clean/characters';
import { emptyReport } from '../../../lambdas/pipeline/clean/report';

describe('characters', () => {
  it('drops every character XML 1.0 forbids and counts each kind', () => {
    const report = emptyReport();
    const text = '讲\u0001话\uffff的\ufffe内\u007f容\u0085，\ud800第\ufdd0二\u{10ffff}段\f落\v。\t\n';
    expect(dropXmlForbidden(text, report)).toBe('讲话的内容，第二段 落 。\t\n');
    expect(report.repairedCharacters).toEqual({ 'control-character': 5, noncharacter: 4, 'lone-surrogate': 1 });
  });

  it('keeps paired surrogates (Ext B ideographs) and U+FFFD', () => {
    const report = emptyReport();
    expect(dropXmlForbidden('𠮷野家\ufffd', report)).toBe('𠮷野家\ufffd');
    expect(report.repairedCharacters).toEqual({});
  });

  it('turns typographic spaces (en, em, thin, hair) into ordinary spaces', () => {
    const report = emptyReport();
    expect(repairCharacters('我\u2003\u2002们\u2009是', report)).toBe('我  们 是');
    expect(report.repairedCharacters).toEqual({ 'unicode-space': 3 });
  });
});
