import { describe, expect, it } from 'vitest';
import { CHROME_WORDS, chromeWordAlternation } from '../../../lambdas/pipeline/text/chrome-words';

describe('text/chrome-words', () => {
  it('lists each word once, none with a regex metacharacter (the lists are joined into alternations)', () => {
    const words = CHROME_WORDS.map((w) => w.word);
    expect(new Set(words).size).toBe(words.length);
    for (const w of words) expect(w, w).toMatch(/^[^\s|()[\]{}.*+?^$\\]+$/);
  });

  it('builds one alternation per title use, together holding every word', () => {
    const alternations = (['never', 'unless-genre-end', 'allowed'] as const).map(chromeWordAlternation);
    expect(alternations.join('|').split('|').sort()).toEqual(CHROME_WORDS.map((w) => w.word).sort());
  });

  it('marks the words a speech says too, which the line classifier does not count', () => {
    const prose = new Set(CHROME_WORDS.filter((w) => w.prose).map((w) => w.word));
    for (const w of ['欢迎', '查看', '访问', '为您提供']) expect(prose.has(w), w).toBe(true);
    for (const w of ['首页', '二维码', '新闻', '范文']) expect(prose.has(w), w).toBe(false);
  });
});
