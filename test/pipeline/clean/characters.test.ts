import { describe, expect, it } from 'vitest';
import { dropXmlForbidden, repairCharacters } from '../../../lambdas/pipeline/clean/characters';
import { emptyReport } from '../../../lambdas/pipeline/clean/report';
import { parseSpeech } from '../../../lambdas/pipeline';
import { documentText } from '../../../lambdas/pipeline/model';

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

  it('drops direction marks, Hangul fillers and other invisible characters, and rejoins a paragraph a line of them cut', () => {
    const report = emptyReport();
    expect(repairCharacters('讲\u200e话\u3164的\u202a内\u202c容\u180e。', report)).toBe('讲话的内容。');
    expect(report.repairedCharacters).toEqual({ 'zero-width': 5 });
    const raw = '在全县工作会议上的讲话\n同志们：\n过去一年，全县经济运行稳中有进，地区生产总值达到\n\u3164\u200e\n74万亿元，增长6.7%，各项工作取得新成效。\n';
    const parsed = parseSpeech(Buffer.from(raw, 'utf8'));
    expect(documentText(parsed.document)).toContain('地区生产总值达到74万亿元');
    expect(parsed.cleaned.report.removed).toEqual([{ line: 4, text: '\u3164\u200e', reason: 'invisible characters only' }]);
  });
});
