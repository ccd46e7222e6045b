import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PrefixDictionary } from '../../../../lambdas/pipeline/render/jieba/dictionary';
import { JIEBA_DICTIONARY_TOTAL } from '../../../../lambdas/pipeline/render/words';
import { repoRoot } from '../../../support/shared';

const bytes = readFileSync(join(repoRoot, 'assets', 'jieba', 'dict.txt'));
const lines = bytes.toString('utf8').split('\n').filter((line) => line !== '');

describe("jieba's prefix dictionary, read lazily by first character", () => {
  it('the file is what the reader assumes: sorted by first code point, three fields, BMP words; the total is its sum', () => {
    let previous = -1;
    let total = 0;
    const wrong: string[] = [];
    for (const line of lines) {
      const [word, freq, tag, extra] = line.split(' ');
      const first = word?.codePointAt(0) ?? -1;
      const wellFormed = word && /^[1-9][0-9]*$/.test(freq ?? '') && tag && extra === undefined;
      if (!wellFormed || [...word].length !== word.length || first < previous) wrong.push(line);
      previous = first;
      total += Number(freq);
    }
    expect(wrong).toEqual([]);
    expect(lines.length).toBe(349_045);
    expect(total).toBe(JIEBA_DICTIONARY_TOTAL);
  });

  it('finds every word of the file with its frequency and tag (first, last and a sample between)', () => {
    const dictionary = new PrefixDictionary(bytes, JIEBA_DICTIONARY_TOTAL);
    for (let i = 0; i < lines.length; i += i < 20 || i > lines.length - 20 ? 1 : 997) {
      const [word, freq, tag] = lines[i]!.split(' ');
      expect(dictionary.get(word!), word).toEqual({ freq: Number(freq), tag });
    }
    expect(dictionary.get('党组织书记抓基层')).toBeUndefined();
    expect(dictionary.get('𠀀')).toBeUndefined();
    expect(dictionary.get('')).toBeUndefined();
  });

  it("lists the words starting at a position, shortest first (the DAG's edges)", () => {
    const dictionary = new PrefixDictionary(bytes, JIEBA_DICTIONARY_TOTAL);
    const text = '中华人民共和国';
    const ends = dictionary.wordEnds(text, 0);
    expect(ends.map((end) => text.slice(0, end))).toEqual(['中', '中华', '中华人民', '中华人民共和国']);
    expect(dictionary.wordEnds('𠀀中', 0)).toEqual([]);
    expect(dictionary.logTotal).toBe(Math.log(JIEBA_DICTIONARY_TOTAL));
  });
});
