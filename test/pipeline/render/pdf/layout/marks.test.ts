/** Mark placement and Latin text with the real fonts (what a reader sees on the page). */
import { describe, expect, it } from 'vitest';
import type { Block, Script, SpeechDocument } from '../../../../../lambdas/pipeline/model';
import { layoutPdf } from '../../../../../lambdas/pipeline/render/pdf';
import { CELL } from '../../../../../lambdas/pipeline/render/pdf/geometry';
import { allLines } from '../layout-checker';

const docOf = (text: string, script: Script = 'Hans'): SpeechDocument => {
  const block: Block = { kind: 'paragraph', runs: [{ text, role: 'text' }], line: 1 };
  return { script, language: script === 'Hans' ? 'zh-CN' : 'zh-TW', title: null, meta: {}, blocks: [block] };
};

describe('marks and Latin set with the real fonts', () => {
  it('sets the Simplified ？ in the left half of its cell, though FandolFang centres it (no gap in 什么 ？在)', () => {
    const { pages, resolver } = layoutPdf(docOf('我们要问一问自己做了什么？在党风廉政建设方面还要做哪些工作？'));
    const line = allLines(pages)[0]!;
    const at = line.units.findIndex((p) => p.unit.text === '？');
    const mark = line.glyphs.find((g) => g.text === '？')!;
    const cellLeft = line.units[at]!.x;
    const ink = resolver.ink('body', '？');
    expect(resolver.ink('body', '？').left).toBeGreaterThan(0.3 * 16); // the face's own design: centred
    expect(mark.x + ink.left - cellLeft).toBeLessThan(0.2 * 16); // drawn: ink starts near the cell's left
    expect(mark.x + ink.right - cellLeft).toBeLessThan(CELL / 2 + 0.5); // and stays in its left half
  });

  it('draws Latin letters and digits in the serif Latin face, not FandolFang, a quarter em from the Han around them', () => {
    const { pages, resolver } = layoutPdf(docOf('安排部署2023年重点工作任务，推进XXXX项目建设。'));
    const glyph = resolver.glyph('body', 'X')!;
    expect(glyph.face.id).toMatch(/^NotoSerif/);
    expect(resolver.glyph('body', '2')!.face.id).toMatch(/^NotoSerif/);
    expect(resolver.glyph('body', '安')!.face.id).toBe('FandolFang-Regular');
    const line = allLines(pages)[0]!;
    const digits = line.units.findIndex((p) => p.unit.text === '2023');
    const before = line.units[digits - 1]!;
    const first = line.glyphs.find((g) => g.text === '2')!;
    expect(first.x - (before.x + before.width)).toBeGreaterThanOrEqual(CELL / 4 - 1e-6);
  });

  it('sets every Taiwan-style mark in its full cell and pushes a character down instead (one way on every line)', () => {
    const text = '教育事業是基礎性群眾性事業，大有可為，事業的發展需要我們更加堅定不移加強黨的建設，更加始終不渝加強黨風廉政建設，較之以往，更加需要黨風廉政建設為教育事業發展保駕護航。';
    const lines = allLines(layoutPdf(docOf(text, 'Hant')).pages);
    for (const line of lines) for (const p of line.units) if (p.unit.side) expect(p.width).toBeCloseTo(CELL, 6);
    // no line stretched by more than the one cell a push-down leaves (27 characters, never 26 at 17 pt)
    for (const line of lines.filter((l) => l.full)) expect(line.units.length + line.indent / CELL).toBeGreaterThanOrEqual(27 - 1e-6);
  });
});
