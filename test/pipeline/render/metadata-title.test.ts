import { unzipSync, strFromU8 } from 'fflate';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { SpeechDocument } from '../../../lambdas/pipeline/model';
import { renderDocx } from '../../../lambdas/pipeline/render/docx';
import { MAX_METADATA_TITLE, metadataTitle } from '../../../lambdas/pipeline/render/metadata-title';
import { renderPdf } from '../../../lambdas/pipeline/render/pdf';
import { sampleDocument } from '../../fixtures/documents';

/** The sample speech with no title found: it opens with the salutation, then one very long paragraph. */
function untitled(paragraphChars: number): SpeechDocument {
  const doc = sampleDocument();
  const long = '我们要坚持以人民为中心的发展思想，'.repeat(Math.ceil(paragraphChars / 17)).slice(0, paragraphChars);
  const blocks = doc.blocks.filter((b) => b.kind !== 'title' && b.kind !== 'speaker' && b.kind !== 'date');
  return { ...doc, title: null, meta: {}, blocks: [{ kind: 'paragraph', runs: [{ text: long, role: 'text' }], line: 1 }, ...blocks] };
}

async function pdfTitle(doc: SpeechDocument): Promise<{ title: string | undefined; displayDocTitle: boolean }> {
  const pdf = await PDFDocument.load((await renderPdf(doc)).bytes, { updateMetadata: false });
  const preferences = pdf.catalog.lookupMaybe(PDFName.of('ViewerPreferences'), PDFDict);
  return { title: pdf.getTitle(), displayDocTitle: preferences?.get(PDFName.of('DisplayDocTitle'))?.toString() === 'true' };
}

async function docxTitle(doc: SpeechDocument): Promise<string | undefined> {
  const core = strFromU8(unzipSync(await renderDocx(doc))['docProps/core.xml']!);
  return /<dc:title>([^<]*)<\/dc:title>/.exec(core)?.[1];
}

describe('metadataTitle: the Title of the PDF and the DOCX', () => {
  it('is no title at all when the speech has none, not its first block (a 96,000-character paragraph)', async () => {
    const doc = untitled(96_000);
    expect(metadataTitle(doc)).toBeUndefined();
    expect(await pdfTitle(doc)).toEqual({ title: undefined, displayDocTitle: false });
    expect(await docxTitle(doc)).toBeUndefined();
  }, 60_000);

  it('is the title itself, shown in the window title bar', async () => {
    const doc = sampleDocument();
    expect(await pdfTitle(doc)).toEqual({ title: doc.title, displayDocTitle: true });
    expect(await docxTitle(doc)).toBe(doc.title);
  }, 60_000);

  it('cuts an overlong title at 200 characters, never inside one (an astral ideograph, a variation sequence)', async () => {
    const doc = { ...sampleDocument(), title: `${'关于'.repeat(99)}𠀀葛\u{E0100}${'乡村振兴'.repeat(50)}` };
    const expected = `${'关于'.repeat(99)}𠀀…`; // 198 + 1 characters and the ellipsis
    expect([...new Intl.Segmenter('zh', { granularity: 'grapheme' }).segment(metadataTitle(doc)!)]).toHaveLength(MAX_METADATA_TITLE);
    expect(metadataTitle(doc)).toBe(expected);
    expect(metadataTitle({ ...doc, title: `${'关于'.repeat(99)}葛\u{E0100}乡村振兴` })).toBe(`${'关于'.repeat(99)}葛\u{E0100}…`);
    expect((await pdfTitle(doc)).title).toBe(expected);
    expect(await docxTitle(doc)).toBe(expected);
    expect(metadataTitle({ ...doc, title: '讲'.repeat(MAX_METADATA_TITLE) })).toBe('讲'.repeat(MAX_METADATA_TITLE));
  }, 60_000);

  it('keeps a title of exactly 200 characters whole when one of them is astral (201 UTF-16 units)', () => {
    const title = `${'讲'.repeat(MAX_METADATA_TITLE - 1)}𠀀`;
    expect(title.length).toBe(MAX_METADATA_TITLE + 1);
    expect(metadataTitle({ ...sampleDocument(), title })).toBe(title);
    expect(metadataTitle({ ...sampleDocument(), title: `${title}讲` })).toBe(`${'讲'.repeat(MAX_METADATA_TITLE - 1)}…`);
  });
});
