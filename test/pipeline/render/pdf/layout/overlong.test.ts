/**
 * A word, number or web address wider than a line (overlong.ts, lineBreaker.ts): it is broken inside, never
 * drawn past the right margin, and the line before it is not spread to make room; every character reaches the
 * PDF's text and the DOCX, and the DOCX never tracks its characters together tighter than a normal line.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Block, SpeechDocument } from '../../../../../lambdas/pipeline/model';
import { renderDocx } from '../../../../../lambdas/pipeline/render/docx';
import { CHARACTER_SPACING } from '../../../../../lambdas/pipeline/render/docx/geometry';
import { printedBlocks } from '../../../../../lambdas/pipeline/render/docx/printed-lines';
import { layoutPdf, renderPdf } from '../../../../../lambdas/pipeline/render/pdf';
import { CELLS_PER_LINE, TYPE_AREA } from '../../../../../lambdas/pipeline/render/pdf/geometry';
import { metricsOf } from '../../../../../lambdas/pipeline/render/pdf/layout/styles';
import { typesetDocument } from '../../../../../lambdas/pipeline/render/pdf/layout/typeset';
import type { Measure } from '../../../../../lambdas/pipeline/render/pdf/layout/units';
import { convertDocumentScript } from '../../../../../lambdas/pipeline/script';
import { sampleDocument } from '../../../../fixtures/documents';
import { allLines, layoutViolations, lineText } from '../layout-checker';
import { leastCpuMs } from '../../../../support/cpu-time';

const NUMBER = '1234567890'.repeat(10);
// One long path of words joined by / . - (a single unit before the fix), then a query with _ ? & =.
const URL = (
  'https://www.example.gov.cn/' +
  Array.from({ length: 6 }, (_, i) => `zwgk/2026-12/content-${i}0123456789.html`).join('/') +
  '?page_id=1&from=search'
).slice(0, 200);
const WORD = 'abcdefghij'.repeat(6);

const CASES = [
  { name: 'a 100-digit number', token: NUMBER, text: `统一社会信用代码为${NUMBER}，请核对。` },
  { name: 'a 200-character URL', token: URL, text: `详见网址${URL}。` },
  { name: 'a 60-letter Latin word', token: WORD, text: `这个词是${WORD}，很长。` },
];

const paragraph = (text: string): Block => ({ kind: 'paragraph', runs: [{ text, role: 'text' }], line: 1 });
const docOf = (text: string): SpeechDocument =>
  ({ script: 'Hans', language: 'zh-CN', title: null, meta: {}, blocks: [paragraph('同志们：'), paragraph(text)] }) as SpeechDocument;
const editions = (text: string): [string, SpeechDocument][] => [
  ['Simplified', docOf(text)],
  ['Traditional', convertDocumentScript(docOf(text), { variant: 'tw' })],
];

const BODY_CELL = metricsOf('body').cell;

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('a token wider than the line', () => {
  for (const { name, token, text } of CASES) {
    for (const [edition, doc] of editions(text)) {
      it(`${name} (${edition}): broken inside, within the measure, the line before not spread`, () => {
        expect(token.length).toBeGreaterThan(59);
        const { pages, resolver } = layoutPdf(doc);
        const lines = allLines(pages).filter((l) => l.blockIndex === 1);
        expect(lines.map(lineText).join('')).toBe(doc.blocks[1]!.runs[0]!.text);
        expect(lines.length).toBeGreaterThan(1);
        for (const line of lines) {
          const last = line.units.at(-1)!;
          expect(last.x + last.width, lineText(line)).toBeLessThanOrEqual(line.measureWidth + 1e-6);
          for (const glyph of line.glyphs) {
            expect(line.indent + glyph.x + resolver.measure(glyph.style, glyph.text), glyph.text).toBeLessThanOrEqual(TYPE_AREA.width + 1e-6);
          }
          if (!line.full) continue;
          const natural = line.units.reduce((w, p) => w + p.width, 0);
          // Justification takes up at most one cell, as on a line of Han; a break moved back to fall after
          // / . - _ ? & = inside the token at most two.
          const hasHan = line.units.some((p) => p.unit.grid);
          expect(line.measureWidth - natural, lineText(line)).toBeLessThanOrEqual((hasHan ? 1 : 2) * BODY_CELL + 1e-6);
        }
        expect(layoutViolations(doc, pages)).toEqual([]);
      });

      it(`${name} (${edition}): every character reaches the PDF's text (pdftotext), in order`, async (context) => {
        if (!hasPdftotext()) {
          console.warn('pdftotext not installed (poppler-utils): skipping the PDF text check');
          context.skip();
        }
        const dir = mkdtempSync(join(tmpdir(), 'overlong-'));
        try {
          writeFileSync(join(dir, 'o.pdf'), (await renderPdf(doc)).bytes);
          const extracted = execFileSync('pdftotext', ['-raw', join(dir, 'o.pdf'), '-'], { encoding: 'utf8' });
          expect(extracted.replace(/\s+/gu, '')).toContain(token);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      });
    }

    it(`${name}: the DOCX keeps every character and tracks none tighter than a normal squeezed line`, async () => {
      const doc = docOf(text);
      // The tightest a line of the layout is ever set: one cell squeezed out over a full line's characters.
      const minimum = -BODY_CELL / (CELLS_PER_LINE - 2);
      for (const block of printedBlocks(doc)) for (const line of block!.tracking) expect(line.points).toBeGreaterThanOrEqual(minimum);
      const xml = await (await JSZip.loadAsync(await renderDocx(doc))).file('word/document.xml')!.async('string');
      const spacings = [...xml.matchAll(/<w:spacing w:val="(-?\d+)"\/>/gu)].map((m) => Number(m[1]));
      for (const twips of spacings) expect(twips).toBeGreaterThanOrEqual(CHARACTER_SPACING + Math.floor(minimum * 20));
      const runs = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('');
      expect(runs).toContain(token.replace(/&/gu, '&amp;'));
    });
  }

  it('the minimum the DOCX check holds to is one the sample’s squeezed lines meet', () => {
    const minimum = -BODY_CELL / (CELLS_PER_LINE - 2);
    const points = printedBlocks(sampleDocument()).flatMap((b) => b?.tracking.map((t) => t.points) ?? []);
    expect(points.some((p) => p < 0)).toBe(true);
    for (const p of points) expect(p).toBeGreaterThanOrEqual(minimum);
  });

  it('sets a 1 MB token in linear time (work ratio between n and 4n characters)', () => {
    const measure: Measure = (_style, text) => 8 * text.length;
    const setLines = (chars: number): number => {
      const doc = docOf(`代码为${'7'.repeat(chars)}。`);
      let lines = 0;
      const cpu = leastCpuMs(() => (lines = typesetDocument(doc, measure).length), 1);
      expect(lines).toBeGreaterThan(chars / 60);
      return cpu;
    };
    setLines(1 << 16); // warm up
    let ratio = Infinity;
    for (let attempt = 0; attempt < 3 && ratio >= 8; attempt += 1) {
      const small = Math.min(setLines(1 << 18), setLines(1 << 18));
      const large = Math.min(setLines(1 << 20), setLines(1 << 20));
      ratio = Math.min(ratio, large / Math.max(small, 0.05));
    }
    expect(ratio).toBeLessThan(8);
  });
});

describe('a centred block far longer than a title (a paragraph taken for a subtitle)', () => {
  it('is set line by line within the measure in linear time (balancing it was cubic: 20,000 characters took two minutes)', () => {
    const measure: Measure = (_style, text) => 8 * text.length;
    const setLines = (chars: number): number => {
      const subtitle: Block = { kind: 'subtitle', runs: [{ text: `——在${'a'.repeat(chars)}上的讲话`, role: 'text' }], line: 2 };
      const doc = { ...docOf('我们开会。'), blocks: [subtitle, ...docOf('我们开会。').blocks] } as SpeechDocument;
      let lines = 0;
      const cpu = leastCpuMs(() => (lines = typesetDocument(doc, measure).length), 1);
      expect(lines).toBeGreaterThan(chars / 60);
      return cpu;
    };
    setLines(2000); // warm up
    let ratio = Infinity;
    for (let attempt = 0; attempt < 3 && ratio >= 8; attempt += 1) {
      const small = Math.min(setLines(4000), setLines(4000));
      const large = Math.min(setLines(16000), setLines(16000));
      ratio = Math.min(ratio, large / Math.max(small, 0.5));
    }
    expect(ratio).toBeLessThan(8);
  });
});

describe('a title with a long token or wide capitals (a reviewer’s cases)', () => {
  const withinMeasure = (doc: SpeechDocument, blockIndex: number): void => {
    const { pages, resolver } = layoutPdf(doc);
    const lines = allLines(pages).filter((l) => l.blockIndex === blockIndex);
    expect(lines.map(lineText).join('')).toBe(doc.blocks[blockIndex]!.runs.map((r) => r.text).join(''));
    for (const line of lines) {
      for (const glyph of line.glyphs) {
        expect(line.indent + glyph.x + resolver.measure(glyph.style, glyph.text), lineText(line)).toBeLessThanOrEqual(TYPE_AREA.width + 1e-6);
      }
    }
  };

  for (const title of [`关于编号${'1234567890'.repeat(6)}的项目的讲话`, '关于HTTPS://WWW.EXAMPLE.GOV.CN/ABCDEFGHIJKLMNOPQRSTUVWXYZ的说明']) {
    it(`sets the title ${title.slice(0, 12)}… within the type area (it ran past the page's edge)`, () => {
      const doc = { ...docOf('我们开会。'), title, blocks: [{ kind: 'title', runs: [{ text: title, role: 'text' }], line: 1 } as Block, ...docOf('我们开会。').blocks] } as SpeechDocument;
      withinMeasure(doc, 0);
    });
  }

});
