/**
 * Our dictionary index must convert exactly as opencc-js's own converters do: same dictionaries,
 * same chain, only faster to build. Compared on the corpus and on random text built from
 * dictionary phrases (where segmentation and longest-match decisions actually happen).
 */
import fc from 'fast-check';
import * as OpenCC from 'opencc-js';
import { configs as toTraditionalConfigs } from 'opencc-js/preset/cn2t';
import { describe, expect, it } from 'vitest';
import { openccConverter, type Direction } from '../lambdas/pipeline/script';
import type { ScriptVariant } from '../lambdas/pipeline/script';
import { corpusEntries, hasCorpus } from './support/shared';

const cases: readonly { direction: Direction; variant: ScriptVariant; from: string; to: string }[] = [
  { direction: 'to-traditional', variant: 'tw', from: 'cn', to: 'tw' },
  { direction: 'to-traditional', variant: 'hk', from: 'cn', to: 'hk' },
  { direction: 'to-traditional', variant: 't', from: 'cn', to: 't' },
  { direction: 'to-traditional', variant: 'twp', from: 'cn', to: 'twp' },
  { direction: 'to-simplified', variant: 'tw', from: 'tw', to: 'cn' },
  { direction: 'to-simplified', variant: 'hk', from: 'hk', to: 'cn' },
  { direction: 'to-simplified', variant: 't', from: 't', to: 'cn' },
  { direction: 'to-simplified', variant: 'twp', from: 'twp', to: 'cn' },
];

/**
 * Inputs on which a wrong engine decision shows: 光明台 and 利舞台广场 convert differently without
 * segmentation (s2hk); 核心 is in two dictionaries of one tw2sp group, so the first must win.
 */
const decisiveExamples = ['光明台', '利舞台广场', '核心', '低级别产品', '在这里干净', '乾安县', '于洪区'];

/** Words of STPhrases and their Traditional forms: material where phrase boundaries matter. */
function phraseAlphabet(): string[] {
  const phrases = String(toTraditionalConfigs['s2t']?.conversionChain[0]?.[0] ?? '').split('|');
  const words: string[] = [];
  for (let i = 0; i < phrases.length; i += 97) words.push(...(phrases[i]?.split(' ') ?? []));
  return [...words, '里', '干', '后', '发', '于', '乾', '“', '」', 'a', ' ', '。', '𠮷', '\n'];
}

describe.each(cases)('$direction $variant matches opencc-js Converter({from: $from, to: $to})', (c) => {
  const reference = OpenCC.Converter({ from: c.from, to: c.to });
  const ours = openccConverter(c.direction, c.variant);

  it('on inputs where segmentation and dictionary order decide', () => {
    for (const text of decisiveExamples) expect(ours(text), text).toBe(reference(text));
  });

  it('on random phrase sequences', () => {
    const alphabet = phraseAlphabet();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (words) => {
        const text = words.join('');
        expect(ours(text)).toBe(reference(text));
      }),
      { numRuns: 300, seed: 20241 },
    );
  });

  it.skipIf(!hasCorpus)('on every corpus text', () => {
    for (const entry of corpusEntries()) {
      const text = entry.bytes.toString('utf8');
      expect(ours(text), entry.name).toBe(reference(text));
    }
  });
});
