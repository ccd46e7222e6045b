import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../../../../../lambdas/pipeline';
import { defaultProfileFor, docxDocument, speechProperties } from '../../../../../lambdas/pipeline/render/docx';
import { blocksToParagraphs } from '../../../../../lambdas/pipeline/render/docx/blocks';
import { printedBlocks } from '../../../../../lambdas/pipeline/render/docx/printed-lines';
import { convertDocumentScript } from '../../../../../lambdas/pipeline/script';
import { repoRoot } from '../../../../support/shared';
import { docxParts } from '../../../../../lambdas/pipeline/render/docx/adapters/docx-parts';
import { fixCoreTimestamps } from '../../../../../lambdas/pipeline/render/docx/package';
import { SIMPLIFIED_PROFILE, TRADITIONAL_PROFILE } from '../../../../../lambdas/pipeline/render/docx/profiles';
import { buildStyles } from '../../../../../lambdas/pipeline/render/docx/styles';

/** docx stamps the time of each call into the core properties: compared with the timestamps fixed, as we write them. */
const comparable = (name: string, bytes: Uint8Array): string =>
  name === 'docProps/core.xml' ? fixCoreTimestamps(strFromU8(bytes)) : Buffer.from(bytes).toString('base64');

const document = (): Document =>
  new Document({ creator: 'speech-press', sections: [{ children: [new Paragraph({ children: [new TextRun('同志们：今天召开会议。')] })] }] });

const styled = (profile: typeof SIMPLIFIED_PROFILE, text: string): Document =>
  new Document({ creator: text, styles: buildStyles(profile), sections: [{ children: [new Paragraph({ children: [new TextRun(text)] })] }] });

describe('docxParts', () => {
  it('gives the same parts, byte for byte and in the same order, as unzipping the zip docx writes', async () => {
    const zipped = Object.entries(unzipSync(await Packer.toBuffer(document()))).filter(([name]) => !name.endsWith('/'));
    const parts = [...(await docxParts(document())).entries()];
    expect(parts.map(([name]) => name)).toEqual(zipped.map(([name]) => name));
    for (const [index, [name, bytes]] of parts.entries()) {
      expect(comparable(name, bytes), name).toBe(comparable(name, zipped[index]![1]));
    }
  });

  it('formats a key\'s styles once: the next document of that key does not format them again', async () => {
    const formatter = (Reflect.get(Packer, 'compiler') as { formatter: { format: (input: unknown, context?: unknown) => unknown } }).formatter;
    const format = formatter.format;
    const formattedInputs: unknown[] = [];
    formatter.format = function counting(input: unknown, context?: unknown): unknown {
      formattedInputs.push(input);
      return format.call(this, input, context);
    };
    try {
      const key = {};
      const [first, second] = [styled(SIMPLIFIED_PROFILE, '同志们：'), styled(SIMPLIFIED_PROFILE, '今天召开会议。')];
      await docxParts(first, key);
      await docxParts(second, key);
      expect(formattedInputs.filter((input) => input === Reflect.get(first, 'Styles'))).toHaveLength(1);
      expect(formattedInputs.filter((input) => input === Reflect.get(second, 'Styles'))).toHaveLength(0);
    } finally {
      formatter.format = format;
    }
  });

  it('reuses the parts formatted for an earlier document of the same key: every part as docx writes it alone', async () => {
    const alone = async (profile: typeof SIMPLIFIED_PROFILE, text: string) =>
      Object.entries(unzipSync(await Packer.toBuffer(styled(profile, text)))).filter(([name]) => !name.endsWith('/'));
    // Keys of this test's own: its documents are not renderDocx's (no footers, other settings), so they must not
    // share renderDocx's key, the profile.
    const keys = new Map([[SIMPLIFIED_PROFILE, {}], [TRADITIONAL_PROFILE, {}]]);
    for (const [profile, text] of [[SIMPLIFIED_PROFILE, '同志们：'], [TRADITIONAL_PROFILE, '同志們：'], [SIMPLIFIED_PROFILE, '今天召开会议。'], [TRADITIONAL_PROFILE, '今天召開會議。']] as const) {
      const parts = [...(await docxParts(styled(profile, text), keys.get(profile))).entries()];
      const expected = await alone(profile, text);
      expect(parts.map(([name]) => name)).toEqual(expected.map(([name]) => name));
      for (const [index, [name, bytes]] of parts.entries()) expect(comparable(name, bytes), `${text} ${name}`).toBe(comparable(name, expected[index]![1]));
    }
    // The two profiles' styles differ, so a reused formatting of the wrong one would have shown above.
    const stylesOf = async (profile: typeof SIMPLIFIED_PROFILE) => strFromU8((await docxParts(styled(profile, '。'), keys.get(profile))).get('word/styles.xml')!);
    expect(await stylesOf(SIMPLIFIED_PROFILE)).not.toBe(await stylesOf(TRADITIONAL_PROFILE));
  });

  it('reuses, for renderDocx\'s documents of one profile, every part but the body and properties: each as docx writes that document alone', async () => {
    const speeches = ['school-safety-web.txt', 'alumni-day-address-trad-utf16.txt', 'rural-revitalization-pdf.txt'].map(
      (name) => parseSpeech(readFileSync(join(repoRoot, 'samples', name)), { sourceName: name }).document,
    );
    // Both scripts of each speech in turn, so each profile's parts are formatted by one document and reused by the next.
    const documents = speeches.flatMap((speech) => [speech, convertDocumentScript(speech, { variant: 'tw' })]);
    for (const doc of documents) {
      const profile = defaultProfileFor(doc.language);
      const paragraphs = blocksToParagraphs(doc.blocks, profile, printedBlocks(doc));
      const parts = [...(await docxParts(docxDocument(speechProperties(doc), profile, paragraphs), profile)).entries()];
      const alone = Object.entries(unzipSync(await Packer.toBuffer(docxDocument(speechProperties(doc), profile, paragraphs)))).filter(([name]) => !name.endsWith('/'));
      expect(parts.map(([name]) => name)).toEqual(alone.map(([name]) => name));
      for (const [index, [name, bytes]] of parts.entries()) {
        expect(comparable(name, bytes), `${doc.script} ${doc.title ?? ''} ${name}`).toBe(comparable(name, alone[index]![1]));
      }
    }
  });

  it('reaches docx 9\'s compiler rather than its zip (if a docx upgrade moves it, the DOCX is deflated twice again)', () => {
    const compiler: unknown = Reflect.get(Packer, 'compiler');
    expect(typeof (compiler as { compile?: unknown } | undefined)?.compile).toBe('function');
  });

  it('reaches the hooks the reuse needs (if a docx upgrade moves them, every document formats its styles again, silently)', () => {
    const compiler = Reflect.get(Packer, 'compiler') as { formatter?: { format?: unknown } } | undefined;
    expect(typeof compiler?.formatter?.format).toBe('function');
    const doc = new Document({ sections: [] });
    expect(Reflect.get(doc, 'Theme')).toBeDefined();
    expect(Reflect.get(doc, 'Styles')).toBeDefined();
  });
});
