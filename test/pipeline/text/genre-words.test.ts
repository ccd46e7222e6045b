import { describe, expect, it } from 'vitest';
import { genreAlternation } from '../../../lambdas/pipeline/text/genre-words';
import { endsWithTitleGenre, TITLE_ENDING } from '../../../lambdas/pipeline/text/markers';

describe('text/genre-words', () => {
  it('gives each test its words, the title decision the widest list', () => {
    const words = (use: Parameters<typeof genreAlternation>[0]) => new Set(genreAlternation(use).split('|'));
    const title = words('title');
    for (const w of words('rejoin')) expect(title.has(w), w).toBe(true);
    for (const w of ['贺辞', '賀辭', '開幕辭', '感言', '发言稿']) expect(title.has(w), w).toBe(true);
    expect(words('occasion')).toEqual(new Set(['就职', '就職']));
    expect(words('genre-end').has('典礼')).toBe(true);
    expect(title.has('典礼')).toBe(false);
  });

  it('puts a word before the longer words it starts (发言 before 发言稿), so the shorter is found', () => {
    const all = genreAlternation('title').split('|');
    expect(all.indexOf('发言')).toBeLessThan(all.indexOf('发言稿'));
    expect(all.indexOf('演讲')).toBeLessThan(all.indexOf('演讲稿'));
  });

  it('feeds the markers\' tests', () => {
    expect(TITLE_ENDING.test('在全县工作会议上的讲话')).toBe(true);
    expect(TITLE_ENDING.test('2023年新年献词')).toBe(false);
    expect(endsWithTitleGenre('2023年新年献词')).toBe(true);
    expect(endsWithTitleGenre('开学典礼')).toBe(true);
    expect(endsWithTitleGenre('讲话稿.docx')).toBe(true);
  });
});
