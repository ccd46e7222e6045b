import { Document, Packer, Paragraph, TextRun } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { docxParts } from '../../../../../lambdas/pipeline/render/docx/adapters/docx-parts';
import { fixCoreTimestamps } from '../../../../../lambdas/pipeline/render/docx/package';

/** docx stamps the time of each call into the core properties: compared with the timestamps fixed, as we write them. */
const comparable = (name: string, bytes: Uint8Array): string =>
  name === 'docProps/core.xml' ? fixCoreTimestamps(strFromU8(bytes)) : Buffer.from(bytes).toString('base64');

const document = (): Document =>
  new Document({ creator: 'speech-press', sections: [{ children: [new Paragraph({ children: [new TextRun('同志们：今天召开会议。')] })] }] });

describe('docxParts', () => {
  it('gives the same parts, byte for byte and in the same order, as unzipping the zip docx writes', async () => {
    const zipped = Object.entries(unzipSync(await Packer.toBuffer(document()))).filter(([name]) => !name.endsWith('/'));
    const parts = [...(await docxParts(document())).entries()];
    expect(parts.map(([name]) => name)).toEqual(zipped.map(([name]) => name));
    for (const [index, [name, bytes]] of parts.entries()) {
      expect(comparable(name, bytes), name).toBe(comparable(name, zipped[index]![1]));
    }
  });

  it('reaches docx 9\'s compiler rather than its zip (if a docx upgrade moves it, the DOCX is deflated twice again)', () => {
    const compiler: unknown = Reflect.get(Packer, 'compiler');
    expect(typeof (compiler as { compile?: unknown } | undefined)?.compile).toBe('function');
  });
});
