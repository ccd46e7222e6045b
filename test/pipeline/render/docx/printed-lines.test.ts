import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockText, type Block, type SpeechDocument } from '../../../../lambdas/pipeline/model';
import { printedBlocks, trackingAt } from '../../../../lambdas/pipeline/render/docx/printed-lines';
import { layoutPdf } from '../../../../lambdas/pipeline/render/pdf/index';
import { sampleDocument } from '../../../fixtures/documents';

/** The PDF's lines of each block, as text (what printedBlocks must reproduce). */
function pdfLines(doc: SpeechDocument): Map<number, string[]> {
  const lines = new Map<number, string[]>();
  for (const page of layoutPdf(doc).pages)
    for (const { line } of page.lines) {
      const list = lines.get(line.blockIndex) ?? [];
      list.push(line.units.map((u) => u.unit.text).join(''));
      lines.set(line.blockIndex, list);
    }
  return lines;
}

const splitAt = (text: string, breaks: readonly number[]): string[] =>
  [0, ...breaks].map((start, i) => text.slice(start, breaks[i] ?? text.length));

const paragraph = (text: string): Block => ({ kind: 'paragraph', runs: [{ text, role: 'text' }], line: 1 });
const docOf = (blocks: Block[]): SpeechDocument => ({ script: 'Hans', language: 'zh-CN', title: null, meta: {}, blocks }) as SpeechDocument;

describe('printedBlocks: the PDF’s line setting, for the DOCX', () => {
  it('breaks every block of the sample where the PDF breaks it', () => {
    const doc = sampleDocument();
    const printed = printedBlocks(doc);
    for (const [index, lines] of pdfLines(doc)) {
      expect(printed[index], `block ${index}`).toBeDefined();
      expect(splitAt(blockText(doc.blocks[index]!), printed[index]!.breaks)).toEqual(lines);
    }
  });

  it('shares out evenly what the PDF squeezed into or spread over a line, and leaves plain full lines alone', () => {
    const text =
      '一二三四五六七八九十一二三四五六七八九十一二三四五，六七八九十一二三四五六七八九十一二三四五六七八九十一二三，“四五六七八九十”，' +
      '一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十。';
    const doc = docOf([paragraph(text)]);
    const [printed] = printedBlocks(doc);
    const lines = pdfLines(doc).get(0)!;
    expect(splitAt(text, printed!.breaks)).toEqual(lines);
    const starts = [0, ...printed!.breaks];
    const kinds = lines.map((line, i) => {
      const points = Array.from({ length: line.length }, (_, k) => trackingAt(printed!.tracking, starts[i]! + k)).filter((p) => p !== undefined);
      if (points.length === 0) return 'plain';
      expect(points).toHaveLength(line.length);
      expect(new Set(points.map((p) => p.toFixed(4))).size).toBe(1);
      return points[0]! < 0 ? 'squeezed' : 'spread';
    });
    // 26 cells after the indent and 28 after that: a line holding more characters was squeezed, fewer spread
    lines.forEach((line, i) => {
      const cells = i === 0 ? 26 : 28;
      if (i === lines.length - 1) return;
      expect(kinds[i]).toBe(line.length > cells ? 'squeezed' : line.length < cells ? 'spread' : 'plain');
    });
    expect(kinds).toContain('plain');
    expect(kinds.some((k) => k !== 'plain')).toBe(true);
  });

  it('accounts for every character of random paragraphs, in order, with lines the PDF sets', () => {
    const character = fc.constantFrom(...'的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严，。、；：？！“”（）《》');
    const paragraphText = fc.array(character, { minLength: 1, maxLength: 200 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(
        fc.array(paragraphText, { minLength: 1, maxLength: 3 }),
        (texts) => {
          const doc = docOf(texts.map(paragraph));
          const printed = printedBlocks(doc);
          for (const [index, lines] of pdfLines(doc)) {
            const block = printed[index]!;
            expect(splitAt(blockText(doc.blocks[index]!), block.breaks)).toEqual(lines);
            for (const { start, end, points } of block.tracking) {
              expect(start).toBeLessThan(end);
              expect(end).toBeLessThanOrEqual(blockText(doc.blocks[index]!).length);
              expect(Math.abs(points)).toBeLessThan(2.6); // LibreOffice clamps stronger negative tracking
            }
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('marks where the PDF broke a word too wide for a line, and nowhere else', () => {
    const text = `统一社会信用代码为${'1234567890'.repeat(10)}，请核对。`;
    const doc = docOf([paragraph(text)]);
    const [printed] = printedBlocks(doc);
    const lines = pdfLines(doc).get(0)!;
    expect(lines.length).toBe(3);
    expect(splitAt(text, printed!.breaks)).toEqual(lines);
    // Both breaks fall inside the digits; the one before them (after 为) LibreOffice finds by itself.
    expect([...printed!.wordBreaks]).toEqual(printed!.breaks);
    expect(printedBlocks(sampleDocument()).every((block) => !block || block.wordBreaks.size === 0)).toBe(true);
  });
});
