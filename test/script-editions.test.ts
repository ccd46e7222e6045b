/**
 * Acceptance for the converted-script edition on real texts: the Traditional (or, for Traditional
 * input, Simplified) PDF renders every character and its text is the edition's text; the DOCX
 * declares the edition's language and Traditional fonts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import JSZip from 'jszip';
import { getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../lambdas/pipeline';
import { documentText, type SpeechDocument } from '../lambdas/pipeline/model';
import { renderDocx } from '../lambdas/pipeline/render/docx';
import { renderPdf } from '../lambdas/pipeline/render/pdf';
import { TYPE_AREA } from '../lambdas/pipeline/render/pdf/geometry';
import { convertDocumentScript } from '../lambdas/pipeline/script';
import { corpusEntries, hasCorpus, repoRoot, sampleFiles } from './support/shared';

const squeeze = (text: string): string => text.replace(/\s+/gu, '');
const han = (text: string): string => [...text].filter((ch) => /\p{Script=Han}/u.test(ch)).join('');

/** Text of every page, page numbers (below the 版心) left out. */
async function pdfBodyText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(new Uint8Array(bytes));
  let text = '';
  for (let n = 1; n <= pdf.numPages; n += 1) {
    const items = (await (await pdf.getPage(n)).getTextContent()).items as { str?: string; transform?: number[] }[];
    for (const item of items) {
      if (item.str !== undefined && (item.transform?.[5] ?? 0) >= TYPE_AREA.top - TYPE_AREA.height) text += item.str;
    }
  }
  return text;
}

async function docxPart(bytes: Uint8Array, name: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file(name);
  if (!file) throw new Error(`${name} missing from the DOCX`);
  return file.async('string');
}

const editionOf = (bytes: Uint8Array, name: string, variant: 'tw' | 'hk'): { source: SpeechDocument; edition: SpeechDocument } => {
  const source = parseSpeech(bytes, { sourceName: `${name}.txt` }).document;
  return { source, edition: convertDocumentScript(source, { variant }) };
};

const samplesDir = join(repoRoot, 'samples');
const samples = existsSync(samplesDir)
  ? sampleFiles().map((path) => ({ name: `samples/${basename(path, '.txt')}`, bytes: readFileSync(path) }))
  : [];

describe.skipIf(samples.length === 0)('converted-script editions of the samples', () => {
  it.each(samples)('$name: the PDF edition has every glyph and exactly the edition text', async (entry) => {
    const { source, edition } = editionOf(entry.bytes, entry.name, 'tw');
    expect(edition.script).not.toBe(source.script);
    const pdf = await renderPdf(edition);
    expect(pdf.warnings.filter((w) => w.code === 'missing-glyph')).toEqual([]);
    expect(squeeze(await pdfBodyText(pdf.bytes))).toBe(squeeze(documentText(edition)));
  });
});

describe.skipIf(!hasCorpus)('converted-script editions of the corpus', () => {
  const entries = corpusEntries();

  it.each(entries)('$name: the PDF edition has every glyph and exactly the edition text', async (entry) => {
    const { source, edition } = editionOf(entry.bytes, entry.name, 'tw');
    expect(edition.script).not.toBe(source.script);
    const pdf = await renderPdf(edition);
    expect(pdf.warnings.filter((w) => w.code === 'missing-glyph')).toEqual([]);
    expect(squeeze(await pdfBodyText(pdf.bytes))).toBe(squeeze(documentText(edition)));
  });

  it('the seed in the hk variant: every glyph, zh-HK declared in PDF and DOCX', async () => {
    const seed = entries.find((e) => e.name === '00_seed');
    expect(seed).toBeDefined();
    const { edition } = editionOf(seed!.bytes, seed!.name, 'hk');
    expect(documentText(edition)).toContain('裏');
    const pdf = await renderPdf(edition);
    expect(pdf.warnings).toEqual([]);
    const info = (await (await getDocumentProxy(new Uint8Array(pdf.bytes))).getMetadata()).info as Record<string, unknown>;
    expect(info['Language']).toBe('zh-HK');
    const styles = await docxPart(await renderDocx(edition), 'word/styles.xml');
    expect(styles).toMatch(/w:eastAsia="zh-HK"/);
  });

  it('the Traditional DOCX declares zh-TW and Traditional fonts, and holds the edition text', async () => {
    const seed = entries.find((e) => e.name === '00_seed');
    const { edition } = editionOf(seed!.bytes, seed!.name, 'tw');
    const docx = await renderDocx(edition);
    const styles = await docxPart(docx, 'word/styles.xml');
    expect(styles).toMatch(/w:eastAsia="zh-TW"/);
    expect(styles).toContain('標楷體');
    expect(styles).not.toContain('仿宋');
    const body = [...(await docxPart(docx, 'word/document.xml')).matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(han(body)).toBe(han(documentText(edition)));
  });
});
