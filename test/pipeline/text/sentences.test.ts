import { describe, expect, it } from 'vitest';
import { CLAUSE_PUNCT_RE, PHRASE_BREAK_OR_COLON_RE, PHRASE_BREAK_RE } from '../../../lambdas/pipeline/text/sentences';

describe('text/sentences', () => {
  it('tells a phrase break (sentence or clause) from 、, which lists names inside a title or a speaker line', () => {
    for (const t of ['今天开会。', '同志们，', '好！', 'ok?', '第一；', 'a,b']) expect(PHRASE_BREAK_RE.test(t), t).toBe(true);
    for (const t of ['戚本禹、张春桥', '在全市大会上的讲话', '主持人：李明']) expect(PHRASE_BREAK_RE.test(t), t).toBe(false);
    expect(PHRASE_BREAK_OR_COLON_RE.test('主持人：李明')).toBe(true);
    expect(PHRASE_BREAK_OR_COLON_RE.test('戚本禹、张春桥')).toBe(false);
    expect(CLAUSE_PUNCT_RE.test('戚本禹、张春桥')).toBe(true);
  });
});
