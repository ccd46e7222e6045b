import { describe, expect, it } from 'vitest';
import { big5Common, cutCharacters, gb2312 } from '../../scripts/cut-fonts';

/** CJK Unified Ideographs (the Script=Han property would also count 々 among GB 2312's symbols). */
const han = (set: Set<number>) => [...set].filter((cp) => cp >= 0x4e00 && cp <= 0x9fff).length;
const has = (set: Set<number>, text: string) => [...text].every((ch) => set.has(ch.codePointAt(0)!));

describe('the characters faces are cut to', () => {
  it('GB 2312 levels 1–2 and Big5 common characters, decoded from their code pages', () => {
    expect(han(gb2312())).toBe(6763);
    expect(han(big5Common())).toBe(5401 + 10); // 常用字, and 10 ideographs Big5 places among its symbol rows
  });

  it('Simplified: GB 2312 and common punctuation; Traditional: also every Traditional form of GB 2312 (饋 for 馈)', () => {
    const sets = cutCharacters();
    expect(has(sets.Hans, '同志们：“讲话”——《通知》〇①ⅡＡ１，。、…·')).toBe(true);
    expect(has(sets.Hans, '們')).toBe(false);
    expect(has(sets.Hant, '同志們：「講話」——《通知》〇饋澇紓')).toBe(true);
    expect(has(sets.both, '们們')).toBe(true);
  });
});
