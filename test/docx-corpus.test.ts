import JSZip from 'jszip';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../lambdas/pipeline/index';
import { documentText } from '../lambdas/pipeline/model';
import { renderDocx } from '../lambdas/pipeline/render/docx/index';
import { corpusEntries, hasCorpus } from './support/shared';

const han = (text: string): string => [...text].filter((ch) => /\p{Script=Han}/u.test(ch)).join('');
const bodyText = (xml: string): string => [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');

describe.skipIf(!hasCorpus)('DOCX of every corpus transcript', () => {
  for (const entry of corpusEntries()) {
    it(`${entry.name}: holds exactly the Han characters of the cleaned text and reads back heading by heading`, async () => {
      const doc = parseSpeech(entry.bytes, { sourceName: `${entry.name}.txt` }).document;
      const bytes = await renderDocx(doc);
      const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
      expect(han(bodyText(xml))).toBe(han(documentText(doc)));

      const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
      const headingsBack = [...value.matchAll(/<h([1-4])>(.*?)<\/h\1>/g)].map((m) => `${m[1]}:${m[2]!.replace(/<[^>]+>/g, '')}`);
      const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => `${b.level}:${b.runs.map((r) => r.text).join('')}`);
      expect(headingsBack).toEqual(headings);
    });
  }
});
