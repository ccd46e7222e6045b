/**
 * unitsOf scans its tokens by hand (no regular expression, no string per character): it must cut text exactly
 * where the rule it documents does — 2-em pairs, Latin words and digit runs whole, anything else one code point.
 */
import fc from 'fast-check';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
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

describe('unitsOf and the process-lived unit cache', () => {
  it('lets a paragraph go once it is laid out, even when a long word of it stays cached', async () => {
    // gc is not exposed to test workers; V8 lets a running process turn the flag on and hand it out.
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const heapAfterGc = async (): Promise<number> => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      gc();
      return process.memoryUsage().heapUsed;
    };
    // Ten paragraphs of ~1 MB each (two-byte text), each with its own web address: over 12 characters, the
    // length from which V8 makes a slice a view into its parent. Built at run time, so each is a fresh string.
    const layOut = (n: number): void => {
      const paragraph = `本段讲话办事指南见https://example.org/guide/${n}/notice，${'各单位要认真落实。'.repeat(60_000)}`;
      unitsOf([{ text: paragraph, style: 'body' }], 'Hans', measure);
    };
    layOut(-1);
    const before = await heapAfterGc();
    for (let n = 0; n < 10; n++) layOut(n);
    const after = await heapAfterGc();
    // Holding the paragraphs would keep ~10 MB; the ten cached addresses themselves are a few hundred bytes.
    expect(after - before).toBeLessThan(2 * 1024 * 1024);
  });
});
