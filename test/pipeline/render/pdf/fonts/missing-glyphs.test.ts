import { describe, expect, it } from 'vitest';
import { renderPdf } from '../../../../../lambdas/pipeline/render/pdf';
import { missingGlyphWarning } from '../../../../../lambdas/pipeline/render/pdf/fonts';
import { sampleDocument } from '../../../../fixtures/documents';

// What a copied page holds that no reader sees: an ideographic variation sequence (葛 + U+E0100), VS16 after
// an emoji, ZWJ between a family's emoji, a flag's tag characters, a keycap (1 VS16 U+20E3).
const LINE = '还有变体葛\u{E0100}，表情😀\uFE0F，家庭👨\u200D👩\u200D👧，旗帜🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}，按键1\uFE0F\u20E3。';

describe('missingGlyphWarning', () => {
  it('does not count default-ignorable characters (variation selectors, ZWJ, tags) as left blank; emoji stay', () => {
    expect(missingGlyphWarning(['\uFE0F', '\u{E0100}', '\u200D', '\u{E0067}', '\u{E007F}', '\u202E'])).toBeNull();
    expect(missingGlyphWarning(['😀', '\uFE0F', '\u20E3'])).toMatchObject({ count: 2, samples: ['\u20E3 (U+20E3)', '😀 (U+1F600)'] });
  });

  it('lists only the emoji of a rendered paragraph full of invisible characters', async () => {
    const doc = sampleDocument();
    const blocks = [...doc.blocks, { kind: 'paragraph' as const, runs: [{ text: LINE, role: 'text' as const }], line: 20 }];
    const { warnings } = await renderPdf({ ...doc, blocks });
    const missing = warnings.filter((w) => w.code === 'missing-glyph');
    expect(missing).toHaveLength(1);
    expect(missing[0]!.samples).toEqual(['\u20E3 (U+20E3)', '🏴 (U+1F3F4)', '👧 (U+1F467)', '👨 (U+1F468)', '👩 (U+1F469)', '😀 (U+1F600)']);
    expect(missing[0]!.message).toMatch(/^6 character\(s\) have no glyph/);
  }, 60_000);
});
