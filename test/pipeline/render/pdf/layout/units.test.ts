/**
 * unitsOf scans its tokens by hand (no regular expression, no string per character): it must cut text exactly
 * where the rule it documents does — 2-em pairs, Latin words and digit runs whole, anything else one code point.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unitsOf, type Measure } from '../../../../../lambdas/pipeline/render/pdf/layout/units';

const RULE = /—{2}|―{2}|…{2}|⋯{2}|[A-Za-z0-9]+(?:[.,:/\-+'’][A-Za-z0-9]+)*%?|[\s\S]/gu;
const ruleTokens = (text: string): string[] => [...text.matchAll(RULE)].map((m) => m[0]);
const measure: Measure = () => 7;
const unitTexts = (text: string): string[] => unitsOf([{ text, style: 'body' }], 'Hans', measure).map((u) => u.text);

// The characters the rule treats specially, their neighbours, and code points outside the BMP and lone surrogates.
const PIECES = ['a', 'Z', '0', '9', '.', ',', ':', '/', '-', '+', "'", '’', '%', '—', '―', '…', '⋯', '中', '，', '𠀀', '\uD800', '\uDC00', ' ', '“', '（'];

describe('unitsOf', () => {
  it('cuts text into the units its rule describes', () => {
    for (const text of ['GB/T 9704-2012', '增长5.2%。', '——……⋯⋯――', '———', 'COVID-19’s', 'a.', '1,000,000%%', '𠀀中', '\uD800a']) {
      expect(unitTexts(text), text).toEqual(ruleTokens(text));
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        expect(unitTexts(text)).toEqual(ruleTokens(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('gives a repeated character the same unit object', () => {
    const units = unitsOf([{ text: '中国中国', style: 'body' }], 'Hans', measure);
    expect(units[0]).toBe(units[2]);
    expect(units[1]).toBe(units[3]);
  });
});
