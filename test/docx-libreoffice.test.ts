/**
 * The DOCX as a user who opens it in LibreOffice sees it, against our PDF of the same speech: every
 * character on the page, and the PDF's lines and pages. Real LibreOffice (one soffice call for all files)
 * with the DOCX's font names mapped to the PDF's faces (scripts/docx-preview-fonts.conf); skipped, visibly,
 * where soffice or pdftotext is not installed. `npm run check:docx` runs the same comparison on the corpus.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareLayouts, type Agreement } from '../scripts/check-docx/agreement';
import { editionsOf } from '../scripts/check-docx/editions';
import { convertWithLibreOffice, missingTools } from '../scripts/check-docx/libreoffice';
import { readPages } from '../scripts/check-docx/pdf-rows';
import { corpusDir, hasCorpus, sampleFiles } from './support/shared';

const missing = missingTools();
if (missing.length > 0) console.warn(`[speech-press] DOCX-in-LibreOffice tests SKIPPED: missing ${missing.join(', ')}`);

// The seed is the longest text (13–14 pages); the samples cover the other sources. Modest on purpose:
// LibreOffice is the slow part, and `npm run check:docx` covers the whole corpus.
const transcripts = [...sampleFiles(), ...(hasCorpus ? [join(corpusDir, 'raw', '00_seed.txt')] : [])];

describe.skipIf(missing.length > 0)('DOCX rendered by LibreOffice', () => {
  const results = new Map<string, Agreement>();
  let dir = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'speech-press-docx-lo-'));
    const editions = (await Promise.all(transcripts.map(editionsOf))).flat();
    const docxFiles = editions.map((e) => {
      writeFileSync(join(dir, `${e.name}.pdf.ours`), e.pdf);
      const path = join(dir, `${e.name}.docx`);
      writeFileSync(path, e.docx);
      return path;
    });
    const rendered = convertWithLibreOffice(docxFiles, join(dir, 'lo'));
    editions.forEach((e, i) => results.set(e.name, compareLayouts(readPages(join(dir, `${e.name}.pdf.ours`)), readPages(rendered[i]!), e.text)));
  }, 300_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('shows every character of every edition (no punctuation hung past the margin and dropped)', () => {
    expect(results.size).toBe(transcripts.length * 2);
    const lost = [...results].filter(([, a]) => a.charactersLost > 0).map(([name, a]) => `${name}: ${a.charactersLost} (${a.lostSample})`);
    expect(lost).toEqual([]);
  });

  it('sets at least 90 % of the PDF’s lines identically', () => {
    const lines = [...results.values()].reduce((n, a) => n + a.pdfLines, 0);
    const identical = [...results.values()].reduce((n, a) => n + a.identicalLines, 0);
    console.info(`[docx-libreoffice] ${identical}/${lines} PDF lines set identically by LibreOffice`);
    expect(identical / lines).toBeGreaterThanOrEqual(0.9);
  });

  it('gives the PDF’s page count', () => {
    const differ = [...results].filter(([, a]) => a.pdfPages !== a.docxPages).map(([name, a]) => `${name}: PDF ${a.pdfPages}, DOCX ${a.docxPages}`);
    expect(differ.length, differ.join('; ')).toBeLessThanOrEqual(Math.floor(results.size / 10));
  });
});
