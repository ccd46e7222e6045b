import { describe, expect, it } from 'vitest';
import { canonicalCharacters } from '../../../../../lambdas/pipeline/render/pdf/fonts/embed';

describe('canonicalCharacters', () => {
  it('lists each code point once, ascending', () => {
    expect(canonicalCharacters(['讲话稿', '讲稿 a'])).toBe(' a稿讲话'.split('').sort((x, y) => x.codePointAt(0)! - y.codePointAt(0)!).join(''));
  });

  it('holds 150,000 distinct characters without overflowing the call stack (one argument per character did)', () => {
    const points = Array.from({ length: 150_000 }, (_, i) => 0x20000 + i);
    const text = points.map((p) => String.fromCodePoint(p)).reverse().join('');
    const set = canonicalCharacters([text]);
    expect([...set]).toHaveLength(150_000);
    expect(set.codePointAt(0)).toBe(0x20000);
  });
});
