/**
 * A word too wide for any line (a 100-digit number, a 200-character URL, a 60-letter word), opened in real
 * LibreOffice: it breaks where the PDF broke it (printed-lines.ts wordBreaks, a manual line break), instead of
 * wrapping whole to a line of its own and leaving the line before it spread (`统 一 社 会 … 为`). Skipped,
 * visibly, where soffice or pdftotext is not installed.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentText, type Block, type SpeechDocument } from '../../../../lambdas/pipeline/model';
import { renderDocx } from '../../../../lambdas/pipeline/render/docx/index';
import { renderPdf } from '../../../../lambdas/pipeline/render/pdf/index';
import { compareLayouts, type Agreement } from '../../../../scripts/check-docx/agreement';
import { convertWithLibreOffice, missingTools } from '../../../../scripts/check-docx/libreoffice';
import { readPages } from '../../../../scripts/check-docx/pdf-rows';

const missing = missingTools();
if (missing.length > 0) console.warn(`[speech-press] word breaks in LibreOffice SKIPPED: missing ${missing.join(', ')}`);

const URL = (
  'https://www.example.gov.cn/' +
  Array.from({ length: 6 }, (_, i) => `zwgk/2026-12/content-${i}0123456789.html`).join('/') +
  '?page_id=1&from=search'
).slice(0, 200);
const TEXTS = {
  number: `统一社会信用代码为${'1234567890'.repeat(10)}，请核对。`,
  url: `详见网址${URL}。`,
  word: `这个词是${'abcdefghij'.repeat(6)}，很长。`,
};

const paragraph = (text: string): Block => ({ kind: 'paragraph', runs: [{ text, role: 'text' }], line: 1 });
const docOf = (text: string): SpeechDocument =>
  ({ script: 'Hans', language: 'zh-CN', title: null, meta: {}, blocks: [paragraph('同志们：'), paragraph(text)] }) as SpeechDocument;

describe.skipIf(missing.length > 0)('a word wider than the line, in LibreOffice', () => {
  const results = new Map<string, Agreement>();
  let dir = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'speech-press-word-breaks-'));
    const names = Object.keys(TEXTS) as (keyof typeof TEXTS)[];
    const docxFiles: string[] = [];
    for (const name of names) {
      const doc = docOf(TEXTS[name]);
      writeFileSync(join(dir, `${name}.pdf.ours`), (await renderPdf(doc)).bytes);
      writeFileSync(join(dir, `${name}.docx`), await renderDocx(doc));
      docxFiles.push(join(dir, `${name}.docx`));
    }
    const rendered = convertWithLibreOffice(docxFiles, join(dir, 'lo'));
    names.forEach((name, i) => results.set(name, compareLayouts(readPages(join(dir, `${name}.pdf.ours`)), readPages(rendered[i]!), documentText(docOf(TEXTS[name])))));
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const name of Object.keys(TEXTS)) {
    it(`${name}: every character shown, every line as the PDF sets it`, () => {
      const agreement = results.get(name)!;
      expect(agreement.charactersLost, agreement.lostSample).toBe(0);
      expect(agreement.identicalLines).toBe(agreement.pdfLines);
    });
  }
});
