import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../../../../lambdas/pipeline';
import { defaultProfileFor, docxDocument, renderDocx, speechProperties, type DocxProfile } from '../../../../lambdas/pipeline/render/docx';
import { blocksToParagraphs } from '../../../../lambdas/pipeline/render/docx/blocks';
import { bodyXml } from '../../../../lambdas/pipeline/render/docx/body-xml';
import { fixCoreTimestamps } from '../../../../lambdas/pipeline/render/docx/package';
import { PackageFrame, type SpeechProperties } from '../../../../lambdas/pipeline/render/docx/package-frame';
import { printedBlocks } from '../../../../lambdas/pipeline/render/docx/printed-lines';
import { SIMPLIFIED_PROFILE, TRADITIONAL_PROFILE } from '../../../../lambdas/pipeline/render/docx/profiles';
import { convertDocumentScript } from '../../../../lambdas/pipeline/script';
import type { SpeechDocument } from '../../../../lambdas/pipeline/model';
import { repoRoot } from '../../../support/shared';

/** docx stamps the time of each call into the core properties: compared with the timestamps fixed, as we write them. */
const comparable = (name: string, bytes: Uint8Array): string => (name === 'docProps/core.xml' ? fixCoreTimestamps(strFromU8(bytes)) : strFromU8(bytes));

/** Every part docx writes for the document alone, in its order. */
async function docxAlone(properties: SpeechProperties, profile: DocxProfile, doc: SpeechDocument): Promise<[string, Uint8Array][]> {
  const zipped = unzipSync(await Packer.toBuffer(docxDocument(properties, profile, blocksToParagraphs(doc.blocks, profile, printedBlocks(doc)))));
  return Object.entries(zipped).filter(([name]) => !name.endsWith('/'));
}

const speeches = ['school-safety-web.txt', 'alumni-day-address-trad-utf16.txt', 'rural-revitalization-pdf.txt'].map(
  (name) => parseSpeech(readFileSync(join(repoRoot, 'samples', name)), { sourceName: name }).document,
);

describe('PackageFrame', () => {
  it('gives each document every part docx writes for it alone, byte for byte: both scripts, and properties left out, escaped or odd', async () => {
    // A key of this test's own, so the frames are made here (renderDocx's are keyed by the profile).
    const keys = new Map<DocxProfile, object>([[SIMPLIFIED_PROFILE, {}], [TRADITIONAL_PROFILE, {}]]);
    const frames = new Map<DocxProfile, PackageFrame>();
    for (const [profile, key] of keys) {
      const frame = await PackageFrame.of(docxDocument(PackageFrame.properties, profile, []), key);
      expect(frame, profile.language).toBeDefined();
      frames.set(profile, frame!);
    }
    const odd: SpeechProperties[] = [
      { creator: 'speech-press' },
      { title: '', subject: '', creator: '' },
      { title: 'A & B <c> "d" \'e\'', subject: '\u0001控制\u001f字符\t', creator: '𠀀 张三' },
      { subject: '副标题', creator: '' },
      { title: '\uE000subject\uE000', creator: '\uE000title\uE000' },
      { title: '\uE000creator\uE000', subject: '\uE000title\uE000', creator: '\uE000subject\uE000' },
    ];
    const documents = speeches.flatMap((speech) => [speech, convertDocumentScript(speech, { variant: 'tw' })]);
    const cases = [
      ...documents.map((doc) => [doc, speechProperties(doc)] as const),
      ...odd.map((properties, i) => [documents[i % documents.length]!, properties] as const),
    ];
    for (const [doc, properties] of cases) {
      const profile = defaultProfileFor(doc.language);
      const parts = [...frames.get(profile)!.partsFor(properties, bodyXml(blocksToParagraphs(doc.blocks, profile, printedBlocks(doc))))];
      const alone = await docxAlone(properties, profile, doc);
      const label = `${doc.script} ${JSON.stringify(properties)}`;
      expect(parts.map(([name]) => name).sort(), label).toEqual(alone.map(([name]) => name).sort());
      const byName = new Map(alone);
      for (const [name, bytes] of parts) expect(comparable(name, bytes), `${label} ${name}`).toBe(comparable(name, byName.get(name)!));
    }
  });

  it('renderDocx leaves docx nothing to format once a profile\'s frame is made', async () => {
    const formatter = (Reflect.get(Packer, 'compiler') as { formatter: { format: (input: unknown, context?: unknown) => unknown } }).formatter;
    const format = formatter.format;
    let formatted = 0;
    await renderDocx(speeches[0]!);
    formatter.format = function counting(input: unknown, context?: unknown): unknown {
      formatted += 1;
      return format.call(this, input, context);
    };
    try {
      await renderDocx(speeches[2]!);
      expect(formatted).toBe(0);
    } finally {
      formatter.format = format;
    }
    // The count is live: the same formatter counts a document docx formats.
    formatter.format = function counting(input: unknown, context?: unknown): unknown {
      formatted += 1;
      return format.call(this, input, context);
    };
    try {
      await Packer.toBuffer(docxDocument({ creator: 'x' }, SIMPLIFIED_PROFILE, []));
      expect(formatted).toBeGreaterThan(0);
    } finally {
      formatter.format = format;
    }
  });
});
