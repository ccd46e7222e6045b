import { describe, expect, it } from 'vitest';
import { COLLECTION_WORDS, PIECE_INDEX, PRAISE_TAGS, TEXT_KIND_TAGS } from '../../../lambdas/pipeline/text/page-title-decoration';

const whole = (alternation: string): RegExp => new RegExp(`^(?:${alternation})$`);

describe('text/page-title-decoration', () => {
  it('keeps the three kinds of words apart: what the page offers, praise, a collection', () => {
    for (const w of ['范文', '範文', '模板', '全文']) expect(whole(TEXT_KIND_TAGS).test(w), w).toBe(true);
    for (const w of ['精选', '精選', '实用', '實用', '最新']) expect(whole(PRAISE_TAGS).test(w), w).toBe(true);
    for (const w of ['汇编', '匯編', '大全', '合集']) expect(whole(COLLECTION_WORDS).test(w), w).toBe(true);
    const all = [TEXT_KIND_TAGS, PRAISE_TAGS, COLLECTION_WORDS].join('|').split('|');
    expect(new Set(all).size).toBe(all.length);
  });

  it('reads a piece index after a title: 篇1, 篇 三, 篇十二; not 篇幅 or a count', () => {
    const end = new RegExp(`${PIECE_INDEX}$`);
    for (const t of ['元旦致辞 篇1', '开学典礼讲话篇 三', '党课讲稿篇十二']) expect(end.test(t), t).toBe(true);
    for (const t of ['篇幅', '致辞7篇', '第一篇']) expect(end.test(t), t).toBe(false);
  });
});
