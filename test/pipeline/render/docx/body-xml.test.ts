import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../../../../lambdas/pipeline';
import { defaultProfileFor, docxParagraph } from '../../../../lambdas/pipeline/render/docx';
import { blocksToParagraphs } from '../../../../lambdas/pipeline/render/docx/blocks';
import { bodyXml, paragraphXml, type BodyParagraph, type BodyRun } from '../../../../lambdas/pipeline/render/docx/body-xml';
import { printedBlocks } from '../../../../lambdas/pipeline/render/docx/printed-lines';
import { convertDocumentScript } from '../../../../lambdas/pipeline/script';
import { repoRoot } from '../../../support/shared';

/** What docx writes between `<w:body>` and the section properties for these paragraphs. */
async function docxBody(paragraphs: readonly BodyParagraph[]): Promise<string> {
  const zipped = unzipSync(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs.map(docxParagraph) }] })));
  const xml = strFromU8(zipped['word/document.xml']!);
  return xml.slice(xml.indexOf('<w:body>') + '<w:body>'.length, xml.lastIndexOf('<w:sectPr'));
}

const TEXTS = ['同志们：', '', 'a & b < c > d "e" \'f\'', 'tab\tline\nreturn\r', 'bell\u0007 nul\u0000 esc\u001b us\u001f del\u007f', '𠀀𪚥 龘', '&amp; &lt;'];

const RUNS: BodyRun[] = [
  ...TEXTS.map((text) => ({ text })),
  { text: '一是', style: 'LeadIn', bold: true },
  { text: '不粗', bold: false },
  { text: '换行', break: 1 },
  { text: '两次', break: 2 },
  { text: '紧', characterSpacing: -16 },
  { text: '松', characterSpacing: 7 },
  { text: '零', characterSpacing: 0 },
  { text: '“', font: { hint: 'eastAsia' } },
  { text: '”', characterSpacing: -27, font: { hint: 'eastAsia' } },
  { text: '—', font: { ascii: '仿宋', hAnsi: '仿宋', eastAsia: '仿宋', hint: 'eastAsia' } },
  { text: 'x', font: { ascii: 'A&B', cs: 'C"D', eastAsia: "E'F", hAnsi: 'G<H', hint: 'default' } },
  { text: '全部', style: 'RunInBody', bold: true, break: 1, characterSpacing: -5, font: { hint: 'eastAsia' } },
];

const PARAGRAPHS: BodyParagraph[] = [
  { children: [] },
  { children: RUNS },
  { style: 'Title', spacing: { line: 579, lineRule: 'exact', before: 0, after: 1158 }, children: [RUNS[0]!, RUNS[10]!] },
  { style: 'Subtitle', spacing: { after: 579 }, children: [RUNS[0]!] },
  { style: 'Heading2', alignment: 'left', children: [RUNS[0]!, RUNS[11]!] },
  { style: 'Heading1', keepNext: false, widowControl: true, alignment: 'left', children: [RUNS[8]!] },
  { style: 'Heading3', keepNext: false, widowControl: false, children: [RUNS[8]!] },
  { keepNext: true, spacing: { before: 12, line: 240, lineRule: 'atLeast' }, alignment: 'both', children: [RUNS[2]!] },
  { style: 'A&"B', children: [{ text: 'x', style: "C'<D>" }] },
];

describe('bodyXml', () => {
  it('writes what docx writes for each paragraph option and run option, alone and together', async () => {
    for (const paragraph of PARAGRAPHS) expect(paragraphXml(paragraph), JSON.stringify(paragraph)).toBe(await docxBody([paragraph]));
    for (const run of RUNS) expect(paragraphXml({ children: [run] }), JSON.stringify(run)).toBe(await docxBody([{ children: [run] }]));
    expect(bodyXml(PARAGRAPHS)).toBe(await docxBody(PARAGRAPHS));
  });

  it('writes what docx writes for the body of real speeches, both scripts', async () => {
    for (const name of ['school-safety-web.txt', 'alumni-day-address-trad-utf16.txt', 'rural-revitalization-pdf.txt', 'youth-party-lesson-gb18030.txt']) {
      const speech = parseSpeech(readFileSync(join(repoRoot, 'samples', name)), { sourceName: name }).document;
      for (const doc of [speech, convertDocumentScript(speech, { variant: 'tw' })]) {
        const paragraphs = blocksToParagraphs(doc.blocks, defaultProfileFor(doc.language), printedBlocks(doc));
        expect(paragraphs.length).toBeGreaterThan(3);
        expect(bodyXml(paragraphs), `${name} ${doc.script}`).toBe(await docxBody(paragraphs));
      }
    }
  });
});
