import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateSync, inflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFRawStream, PDFStream, decodePDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdfLibFontkit } from '../../../../../lambdas/pipeline/render/pdf/adapters/fontkit';
import { ResidentFace } from '../../../../../lambdas/pipeline/render/pdf/adapters/harfbuzz-subset';
import { FLATE_LEVEL, StreamPrecompressor, useNativeDeflate } from '../../../../../lambdas/pipeline/render/pdf/adapters/pdf-lib-deflate';
import { repoRoot } from '../../../../support/shared';

/** pdf-lib's flateStream replaced by Node's zlib: same decoded streams, plain FlateDecode, deterministic. */

const TEXT = '同志们：今天召开全市会议。';
const subset = ResidentFace.load(readFileSync(join(repoRoot, 'assets', 'fonts', 'FandolFang-Regular.ttf'))).subset(
  [...TEXT].map((c) => c.codePointAt(0)!),
  ['GSUB', 'GPOS'],
);

async function pdfWithFont(native: boolean, ahead?: StreamPrecompressor): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  if (native) useNativeDeflate(pdf, ahead);
  pdf.registerFontkit(pdfLibFontkit);
  ahead?.start(subset);
  const font = await pdf.embedFont(subset, { subset: false });
  pdf.addPage().drawText(TEXT, { x: 50, y: 700, size: 16, font });
  await ahead?.ready();
  return pdf.save();
}

async function decodedStreams(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes);
  const streams: string[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFRawStream)) continue;
    expect(object.dict.get(PDFName.of('Filter'))).toBe(PDFName.of('FlateDecode'));
    streams.push(Buffer.from(decodePDFRawStream(object).decode()).toString('base64'));
  }
  return streams.sort();
}

describe('native deflate', () => {
  it('every stream (font file, ToUnicode) inflates to what pdf-lib’s own pako stream holds', async () => {
    const [ours, theirs] = [await pdfWithFont(true), await pdfWithFont(false)];
    expect(Buffer.from(ours).equals(Buffer.from(theirs))).toBe(false); // the replacement is in effect
    const decoded = await decodedStreams(ours);
    expect(decoded.length).toBeGreaterThanOrEqual(2);
    expect(decoded).toEqual(await decodedStreams(theirs));
  });

  it('compresses at the chosen level, and the same document gives the same bytes', async () => {
    const a = await pdfWithFont(true);
    expect(Buffer.from(await pdfWithFont(true)).equals(Buffer.from(a))).toBe(true);
    expect(FLATE_LEVEL).toBe(2);
    const pdf = await PDFDocument.create();
    useNativeDeflate(pdf);
    const stream = pdf.context.flateStream('BT /F1 12 Tf ET');
    expect(inflateSync(stream.getContents()).toString('latin1')).toBe('BT /F1 12 Tf ET');
  });

  it('a font file deflated ahead on the thread pool gives the same PDF, byte for byte, and is the one used', async () => {
    const ahead = new StreamPrecompressor();
    const bytes = await pdfWithFont(true, ahead);
    expect(Buffer.from(bytes).equals(Buffer.from(await pdfWithFont(true)))).toBe(true);
    expect(ahead.take(subset)).toBeUndefined(); // pdf-lib asked for these very bytes, so save() took them
  });

  it('streams bigger than zlib’s 16 KiB chunk, compressible or not, deflated ahead in one chunk: deflateSync’s bytes', async () => {
    const face = readFileSync(join(repoRoot, 'assets', 'fonts', 'cut', 'FandolFang-Regular.ttf')).subarray(0, 600_000);
    let seed = 7;
    const noise = Uint8Array.from({ length: 100_000 }, () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) >>> 24);
    const ahead = new StreamPrecompressor();
    for (const bytes of [face, noise]) ahead.start(bytes);
    await ahead.ready();
    for (const bytes of [face, noise]) {
      const deflated = ahead.take(bytes);
      expect(deflated).toBeDefined();
      expect(Buffer.from(deflated!).equals(deflateSync(bytes, { level: FLATE_LEVEL }))).toBe(true);
    }
    expect(deflateSync(noise, { level: FLATE_LEVEL }).byteLength).toBeGreaterThan(noise.byteLength); // it really does not compress
  });

  it('writes a stream into the file with the bytes pdf-lib’s own byte-by-byte copy writes', async () => {
    const pdf = await PDFDocument.create();
    useNativeDeflate(pdf);
    for (const contents of [subset, 'BT /F1 12 Tf ET', new Uint8Array(0)]) {
      const stream = pdf.context.flateStream(contents, { Length1: 7 });
      const size = stream.sizeInBytes();
      const ours = new Uint8Array(size + 4).fill(0xaa);
      const theirs = new Uint8Array(size + 4).fill(0xaa);
      expect(stream.copyBytesInto(ours, 2)).toBe(size);
      expect(PDFStream.prototype.copyBytesInto.call(stream, theirs, 2)).toBe(size);
      expect(Buffer.from(ours).equals(Buffer.from(theirs))).toBe(true);
      expect(Buffer.from(ours.subarray(2, 2 + size)).toString('latin1')).toMatch(/^<<[^]*>>\nstream\n[^]*\nendstream$/);
    }
  });

  it('deflates a stream the same whatever was deflated before it in the process (no state carried over)', async () => {
    // Subsets like a title's and a heading's, and page-sized text: a zlib stream reset between inputs instead of
    // made anew (tried: docs/performance.md step 38) gave other bytes for some of them after other input.
    const texts = ['在全市秋季学期工作部署会议上的讲话', '一、统一思想，提高认识', '（一）把握形势任务，增强责任意识', TEXT];
    const faces = ['NotoSerifSC-Bold.ttf', 'NotoSansSC-Regular.ttf', 'LXGWWenKai-Regular.ttf'].map((file) =>
      ResidentFace.load(readFileSync(join(repoRoot, 'assets', 'fonts', 'cut', file))),
    );
    const inputs = faces.flatMap((face) => texts.map((text) => face.subset([...text].map((c) => c.codePointAt(0)!), ['GSUB', 'GPOS'])));
    inputs.push(Buffer.from('BT /F1 16 Tf <4E2D4E2D> Tj ET\n'.repeat(200), 'latin1'));
    const deflatedInOrder = async (order: readonly Uint8Array[]): Promise<Map<Uint8Array, string>> => {
      const pdf = await PDFDocument.create();
      useNativeDeflate(pdf);
      return new Map(order.map((input) => [input, Buffer.from(pdf.context.flateStream(input).getContents()).toString('base64')]));
    };
    const forward = await deflatedInOrder(inputs);
    const backward = await deflatedInOrder([...inputs].reverse());
    for (const [i, input] of inputs.entries()) {
      expect(forward.get(input), `input ${i}`).toBe(deflateSync(input, { level: FLATE_LEVEL }).toString('base64'));
      expect(backward.get(input), `input ${i}`).toBe(forward.get(input));
    }
  });
});
