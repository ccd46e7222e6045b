import { describe, expect, it } from 'vitest';
import type { SpeechDocument } from '../../../lambdas/pipeline/model';
import { isInvisible } from '../../../lambdas/pipeline/text/invisible';
import { layoutPdf } from '../../../lambdas/pipeline/render/pdf';
import { sampleDocument } from '../../fixtures/documents';

// Variation selectors, tag characters and ZWJ, which no bundled font has, in justified lines and the last one.
const INVISIBLES = ['\u{E0100}', '\uFE0F', '\u{E0067}\u{E007F}', '\u200D'];
const PLAIN =
  // Latin words and digits leave space for justification to spread over the line's gaps.
  '我们要坚持以人民为中心的发展思想，把葛根产业作为富民强县的重要抓手，2024年全县GDP增长5.2%，推动一二三产业融合发展，' +
  '让群众在家门口就能增收致富。要加强组织领导，压实各级责任，确保各项任务落到实处，取得实效。';

function withParagraph(text: string): SpeechDocument {
  const doc = sampleDocument();
  return { ...doc, blocks: [...doc.blocks, { kind: 'paragraph', runs: [{ text, role: 'text' }], line: 20 }] };
}

/** Every glyph of the last paragraph's lines the reader sees: page, line slot, character, x. */
function visibleGlyphs(doc: SpeechDocument): [number, number, string, number][] {
  const last = doc.blocks.length - 1;
  return layoutPdf(doc).pages.flatMap((page) =>
    page.lines
      .filter(({ line }) => line.blockIndex === last)
      .flatMap(({ slot, line }) => line.glyphs.filter((g) => !isInvisible(g.text)).map((g): [number, number, string, number] => [page.number, slot, g.text, g.x])),
  );
}

describe('characters a reader never sees (default-ignorable)', () => {
  it('are variation selectors, tag characters, ZWJ and bidi controls, not emoji, keycaps or ideographs', () => {
    for (const char of ['\uFE0F', '\u{E0100}', '\u{E0020}', '\u{E007F}', '\u200D', '\u202E']) expect(isInvisible(char), char).toBe(true);
    for (const char of ['😀', '\u20E3', '葛', ' ', '\u3000']) expect(isInvisible(char), char).toBe(false);
  });

  it('take no space in the PDF: the text around them is laid out as if they were not there', () => {
    const marked = PLAIN.replace('葛', `葛${INVISIBLES[0]}`).replace('抓手', `抓手${INVISIBLES[1]}`).replace('落到', `落${INVISIBLES[2]}到`).replace('增收', `增${INVISIBLES[3]}收`);
    const plain = visibleGlyphs(withParagraph(PLAIN));
    const withInvisibles = visibleGlyphs(withParagraph(marked));
    expect(plain.length).toBeGreaterThan(60);
    expect(withInvisibles.map(([page, slot, char]) => [page, slot, char])).toEqual(plain.map(([page, slot, char]) => [page, slot, char]));
    withInvisibles.forEach(([, , char, x], i) => expect(x, `${char} at ${i}`).toBeCloseTo(plain[i]![3], 6));
  });
});
