import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { getDocumentProxy } from 'unpdf';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentText, type SpeechDocument } from '../lambdas/pipeline/model';
import { TYPE_AREA } from '../lambdas/pipeline/render/pdf/geometry';
import { renderPdf, type PdfRendering } from '../lambdas/pipeline/render/pdf';
import { convertDocumentScript } from '../lambdas/pipeline/script';
import { sampleDocument } from './fixtures/documents';

interface TextItem {
  readonly str: string;
  readonly transform: number[];
  readonly width: number;
}

async function readPdf(bytes: Uint8Array) {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  const pages: TextItem[][] = [];
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const content = await (await pdf.getPage(n)).getTextContent();
    pages.push((content.items as object[]).filter((i): i is TextItem => 'str' in i));
  }
  return { pdf, pages };
}

const PAGE_NUMBER = /^—\s*\d+\s*—$/u;
/** Items at the page-number position (below the 版心). */
const isPageNumber = (item: TextItem): boolean => item.transform[5]! < TYPE_AREA.top - TYPE_AREA.height;
const squeeze = (text: string): string => text.replace(/\s+/gu, '');

/** The Traditional (Taiwan) edition of the sample, as the pipeline makes it. */
const traditionalSample = (): SpeechDocument => convertDocumentScript(sampleDocument(), { variant: 'tw' });

describe('renderPdf on sampleDocument()', () => {
  const doc = sampleDocument();
  let rendering: PdfRendering;
  let read: Awaited<ReturnType<typeof readPdf>>;
  beforeAll(async () => {
    rendering = await renderPdf(doc);
    read = await readPdf(rendering.bytes);
  }, 60_000);

  it('contains exactly the cleaned text, page numbers aside', () => {
    const body = read.pages.flatMap((items) => items.filter((i) => !isPageNumber(i)).map((i) => i.str)).join('');
    expect(squeeze(body)).toBe(squeeze(documentText(doc)));
  });

  it('has one outline entry per heading, nested by level', async () => {
    const outline = (await read.pdf.getOutline()) as { title: string; items: unknown[] }[];
    const flatten = (items: { title: string; items: unknown[] }[]): string[] =>
      items.flatMap((i) => [i.title, ...flatten(i.items as { title: string; items: unknown[] }[])]);
    expect(flatten(outline)).toEqual(['一、统一思想，提高认识', '（一）把握形势任务', '1.落实安全责任', '（1）食堂安全']);
    expect(outline).toHaveLength(1); // the lower levels sit under 一、
  });

  it('reports its page count and declares title, producer and language', async () => {
    expect(rendering.pageCount).toBe(read.pdf.numPages);
    expect(rendering.pageCount).toBe(2);
    const info = (await read.pdf.getMetadata()).info as Record<string, unknown>;
    expect(info['Title']).toBe('在全市秋季学期工作部署会议上的讲话');
    expect(info['Producer']).toMatch(/speech-press/);
    expect(info['Language']).toBe('zh-CN');
    expect(rendering.warnings).toEqual([]);
  });

  it('prints "— N —" below the 版心, odd pages at the right and even pages at the left, one char in', () => {
    read.pages.forEach((items, index) => {
      const number = items.filter(isPageNumber);
      expect(squeeze(number.map((i) => i.str).join(''))).toMatch(PAGE_NUMBER);
      expect(squeeze(number.map((i) => i.str).join(''))).toBe(`—${index + 1}—`);
      const left = Math.min(...number.map((i) => i.transform[4]!));
      const right = Math.max(...number.map((i) => i.transform[4]! + i.width));
      if ((index + 1) % 2 === 1) expect(TYPE_AREA.left + TYPE_AREA.width - right).toBeCloseTo(14, 0);
      else expect(left - TYPE_AREA.left).toBeCloseTo(14, 0);
    });
  });

  it('is byte-identical when rendered twice', async () => {
    const again = await renderPdf(sampleDocument());
    expect(Buffer.from(again.bytes).equals(Buffer.from(rendering.bytes))).toBe(true);
  });
});

describe('renderPdf fonts and warnings', () => {
  it('sets a Traditional document in TC faces and declares zh-TW', async () => {
    const doc = traditionalSample();
    const { bytes } = await renderPdf(doc);
    const pdf = await PDFDocument.load(bytes);
    const fonts = new Set<string>();
    for (const page of pdf.getPages()) {
      const fontDict = page.node.Resources()?.lookup(PDFName.of('Font'), PDFDict);
      for (const [, ref] of fontDict?.entries() ?? []) {
        const font = pdf.context.lookup(ref, PDFDict);
        fonts.add(String(font.get(PDFName.of('BaseFont'))).replace(/^\/[A-Z]{6}\+/u, ''));
      }
    }
    expect(fonts).toContain('NotoSerifTC-Regular');
    expect(fonts).toContain('NotoSerifTC-Bold');
    expect([...fonts].some((f) => f.startsWith('FandolFang'))).toBe(false);
    const read = await readPdf(bytes);
    const info = (await read.pdf.getMetadata()).info as Record<string, unknown>;
    expect(info['Language']).toBe('zh-TW');
    const body = read.pages.flatMap((items) => items.filter((i) => !isPageNumber(i)).map((i) => i.str)).join('');
    expect(squeeze(body)).toBe(squeeze(documentText(doc)));
  }, 60_000);

  it('lists characters no font has in a missing-glyph warning instead of failing', async () => {
    const doc = sampleDocument();
    const blocks = [...doc.blocks, { kind: 'paragraph' as const, runs: [{ text: '请注意\uE000和\uE001两处。', role: 'text' as const }], line: 13 }];
    const { warnings, pageCount } = await renderPdf({ ...doc, blocks });
    expect(pageCount).toBeGreaterThan(0);
    const missing = warnings.find((w) => w.code === 'missing-glyph');
    expect(missing?.count).toBe(2);
    expect(missing?.samples?.join(' ')).toContain('U+E000');
  }, 60_000);
});
