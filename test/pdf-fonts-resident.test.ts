import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { documentText } from '../lambdas/pipeline/model';
import { ALL_FACES, FACES, FaceStore, PROFILES, createFontBook, embedFaces } from '../lambdas/pipeline/render/pdf/fonts';
import { inPlace, parseFont } from '../lambdas/pipeline/render/pdf/adapters/fontkit';
import { sampleDocument } from './fixtures/documents';
import { repoRoot } from './support/shared';

/**
 * The speed-ups of the font layer must not change what is drawn: widths come from cmap glyphs
 * instead of fontkit's shaper, fonts are parsed in place, and harfbuzz keeps one face per font.
 */

const fontDir = join(repoRoot, 'assets', 'fonts');
const sampleText = [...new Set(documentText(sampleDocument()).replace(/\s/g, ''))].join('');
const LATIN = 'GB/T 9704-2012, 2024年 ABCxyz fi ffl';

function freshStore(read: (path: string) => Uint8Array = (path) => readFileSync(path)): FaceStore {
  return new FaceStore(() => fontDir, read);
}

describe('measured widths are the widths pdf-lib draws', () => {
  it.each([
    { role: 'body', face: FACES.fandolFang },
    { role: 'title', face: FACES.notoSerifScBold },
    { role: 'heading1', face: FACES.notoSansSc },
    { role: 'heading2', face: FACES.lxgwWenKai },
  ] as const)('$role in $face.id: every character of the sample and of Latin text, alone and as a run', async ({ role, face }) => {
    const store = freshStore();
    const book = createFontBook('Hans', PROFILES.Hans, store);
    const chars = [...sampleText + LATIN].filter((ch) => book.faceFor(role, ch) === face);
    expect(chars.length).toBeGreaterThan(20);
    const pdf = await PDFDocument.create({ updateMetadata: false });
    const font = (await embedFaces(pdf, new Map([[face, chars]]), { store })).get(face)!;
    for (const ch of chars) expect(book.advance(face, ch, 16), ch).toBeCloseTo(font.widthOfTextAtSize(ch, 16), 6);
    // A run is the sum of its characters: no ligature (fi, ffl) or kerning changes a width.
    const run = chars.filter((ch) => /[ -~]/.test(ch)).join('');
    if (run) expect(book.advance(face, run, 16), run).toBeCloseTo(font.widthOfTextAtSize(run, 16), 6);
  });
});

describe('fonts parsed in place', () => {
  it('a file read whole is handed to fontkit as its own buffer (no copy of a 15 MB face)', () => {
    const bytes = readFileSync(join(fontDir, FACES.pageDigits.file));
    const whole = new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    expect(inPlace(whole)).toBe(whole.buffer);
  });

  it('a face whose bytes are a window into a larger buffer still parses, measures and embeds correctly', async () => {
    const reference = freshStore();
    const windowed = freshStore((path) => {
      const file = readFileSync(path);
      const padded = new Uint8Array(file.length + 7);
      padded.set(file, 3);
      return padded.subarray(3, 3 + file.length);
    });
    const face = FACES.fandolFang;
    const [a, b] = [createFontBook('Hans', PROFILES.Hans, reference), createFontBook('Hans', PROFILES.Hans, windowed)];
    for (const ch of '说中1A，') expect(b.advance(face, ch, 16)).toBe(a.advance(face, ch, 16));
    const embedded = async (store: FaceStore) => {
      const pdf = await PDFDocument.create({ updateMetadata: false });
      const fonts = await embedFaces(pdf, new Map([[face, ['同志们：今天']]]), { store });
      pdf.addPage().drawText('同志们：今天', { x: 50, y: 50, size: 16, font: fonts.get(face)! });
      return pdf.save();
    };
    expect(Buffer.from(await embedded(windowed)).equals(Buffer.from(await embedded(reference)))).toBe(true);
    expect(parseFont(windowed.full(face).bytes).unitsPerEm).toBe(reference.full(face).unitsPerEm);
  });
});

describe('harfbuzz keeps one face per font for the process', () => {
  it('every shipped face (75 MB, more than one harfbuzz instance can hold) subsets in one store, repeatedly, to the same bytes', async () => {
    const store = freshStore();
    const render = async () => {
      const pdf = await PDFDocument.create({ updateMetadata: false });
      const used = new Map(ALL_FACES.map((face) => [face, ['— 1 —']]));
      const fonts = await embedFaces(pdf, used, { store });
      expect(fonts.size).toBe(ALL_FACES.length);
      const page = pdf.addPage();
      for (const font of fonts.values()) page.drawText('— 1 —', { x: 50, y: 50, size: 12, font });
      return Buffer.from(await pdf.save());
    };
    const first = await render();
    expect((await render()).equals(first)).toBe(true);
  });

  it('a face subset for one document does not leak characters into the next', async () => {
    const store = freshStore();
    const face = FACES.lxgwWenKai;
    const subsetOf = (text: string) => {
      const codePoints = [...text].map((c) => c.codePointAt(0)!);
      return parseFont(store.subsetter(face, codePoints).subset(codePoints, ['GSUB']));
    };
    const big = subsetOf('一二三四五六七八九十');
    const small = subsetOf('一二');
    expect(small.numGlyphs).toBeLessThan(big.numGlyphs);
    expect(small.hasGlyphForCodePoint('一'.codePointAt(0)!)).toBe(true);
    expect(small.hasGlyphForCodePoint('三'.codePointAt(0)!)).toBe(false);
  });
});
