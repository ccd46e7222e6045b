import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { parseFont, pdfLibFontkit } from '../../../../../lambdas/pipeline/render/pdf/adapters/fontkit';
import { ResidentFace } from '../../../../../lambdas/pipeline/render/pdf/adapters/harfbuzz-subset';
import { cmapGlyphIds } from '../../../../../lambdas/pipeline/render/pdf/adapters/pdf-lib-cmap';
import { SubsetFace, subsetFontkit } from '../../../../../lambdas/pipeline/render/pdf/adapters/subset-face';
import { SUBSET_DROPPED_TABLES } from '../../../../../lambdas/pipeline/render/pdf/fonts/embed';
import { repoRoot } from '../../../../support/shared';

/** A subset as pdf-lib's embedder reads it: our reader against fontkit's answers, on subsets of the bundled faces. */

const FACES = [
  'cut/FandolFang-Regular.ttf',
  'cut/LXGWWenKai-Regular.ttf',
  'cut/NotoSansSC-Regular.ttf',
  'cut/NotoSansTC-Regular.ttf',
  'cut/NotoSerifSC-Bold.ttf',
  'cut/NotoSerifTC-Bold.ttf',
  'cut/NotoSerifTC-Regular.ttf',
  'NotoSerifSC-PageDigits.ttf',
  'FandolFang-Regular.ttf',
  'NotoSansTC-Regular.ttf', // has characters beyond the BMP (🄀, Ext. B): a format 12 cmap
];

const seed = readFileSync(join(repoRoot, 'samples', 'school-safety-web.txt'), 'utf8');
const TEXTS = [
  seed,
  '— 1 — 2 — 3 —0123456789',
  '一、统一思想（2024年）GB/T 9704 “引号”……——',
  '𠀀𪚥龘靐齉䶮㐀🄀🄁🄃中', // beyond the BMP and rare: a format 12 cmap where the face has them, gaps where it has not
  '中', // no space: .notdef is first looked up with the space (pdf-lib-cmap.ts) and ends up without a code point
];

const codePointsOf = (text: string): number[] => [...new Set([...text].map((c) => c.codePointAt(0)!))].sort((a, b) => a - b);

/** What pdf-lib's embedder reads, in the order it reads it: a glyph lookup's id, first code points and advance. */
function readLikePdfLib(font: { glyphForCodePoint(cp: number): { id: number; codePoints: readonly number[]; advanceWidth: number } }, drawn: readonly number[], characterSet: readonly number[]) {
  const glyph = (cp: number) => {
    const g = font.glyphForCodePoint(cp);
    return [cp, g.id, [...g.codePoints], g.advanceWidth];
  };
  return [glyph(0x20), ...drawn.map(glyph), ...characterSet.map(glyph)];
}

describe('SubsetFace', () => {
  it('reads every value pdf-lib asks for as fontkit does, on subsets of every bundled face', () => {
    let checked = 0;
    let beyondBmp = 0;
    for (const file of FACES) {
      const face = ResidentFace.load(readFileSync(join(repoRoot, 'assets', 'fonts', file)));
      for (const text of TEXTS) {
        const subset = face.subset(codePointsOf(text), SUBSET_DROPPED_TABLES);
        const ours = SubsetFace.read(subset);
        if (ours === undefined) {
          // Only where fontkit cannot read the subset either (a face with none of the characters: no cmap subtable).
          expect(() => parseFont(subset).characterSet, `${file} ${text}`).toThrow(/cmap/);
          continue;
        }
        const theirs = parseFont(subset) as unknown as Record<string, unknown> & { characterSet: number[]; glyphForCodePoint: SubsetFace['glyphForCodePoint'] };
        const label = `${file} ${text.slice(0, 8)}`;
        for (const key of ['unitsPerEm', 'ascent', 'descent', 'capHeight', 'xHeight', 'italicAngle', 'postscriptName', 'cff'] as const) {
          expect((ours as unknown as Record<string, unknown>)[key], `${label} ${key}`).toEqual(theirs[key]);
        }
        const bbox = theirs['bbox'] as { minX: number; minY: number; maxX: number; maxY: number };
        expect(ours.bbox, label).toEqual({ minX: bbox.minX, minY: bbox.minY, maxX: bbox.maxX, maxY: bbox.maxY });
        expect(ours.head.macStyle.italic).toBe((theirs['head'] as { macStyle: { italic: boolean } }).macStyle.italic);
        expect(ours.post.isFixedPitch).toBe((theirs['post'] as { isFixedPitch: number }).isFixedPitch);
        expect(ours['OS/2']?.sFamilyClass).toBe((theirs['OS/2'] as { sFamilyClass: number } | undefined)?.sFamilyClass);
        expect(ours.characterSet, label).toEqual(theirs.characterSet);
        const drawn = [...text].map((c) => c.codePointAt(0)!);
        expect(readLikePdfLib(ours, drawn, ours.characterSet), label).toEqual(readLikePdfLib(theirs, drawn, theirs.characterSet));
        checked += 1;
        if (ours.characterSet.some((cp) => cp > 0xffff)) beyondBmp += 1; // read from the format 12 subtable
      }
    }
    expect(checked).toBeGreaterThanOrEqual(FACES.length * (TEXTS.length - 1));
    expect(beyondBmp).toBeGreaterThan(0);
  });

  it('gives the PDF pdf-lib writes with fontkit, byte for byte, for a subset embedded whole and drawn by glyph id', async () => {
    for (const file of ['cut/FandolFang-Regular.ttf', 'cut/NotoSerifTC-Regular.ttf']) {
      const face = ResidentFace.load(readFileSync(join(repoRoot, 'assets', 'fonts', file)));
      const subset = face.subset(codePointsOf(seed), SUBSET_DROPPED_TABLES);
      // By glyph id as embedFaces draws, then shaped by pdf-lib's drawText; or shaped only, or neither.
      const pdfWith = async (fontkit: typeof subsetFontkit, byId: boolean, shaped: boolean): Promise<Uint8Array> => {
        const pdf = await PDFDocument.create({ updateMetadata: false });
        pdf.registerFontkit(fontkit);
        const font = await pdf.embedFont(subset, { subset: false, customName: 'ABCDEF+Face' });
        if (byId) {
          const ids = cmapGlyphIds(font)!;
          expect(ids).toBeTypeOf('function');
          for (const char of seed.slice(0, 400)) ids(char.codePointAt(0)!);
        }
        if (shaped) pdf.addPage().drawText(seed.slice(0, 30).replace(/\s/g, ''), { x: 50, y: 700, size: 16, font });
        return pdf.save();
      };
      for (const [byId, shaped] of [[true, true], [false, true], [true, false], [false, false]] as const) {
        const [ours, theirs] = [await pdfWith(subsetFontkit, byId, shaped), await pdfWith(pdfLibFontkit, byId, shaped)];
        expect(Buffer.from(ours).equals(Buffer.from(theirs)), `${file} by id ${byId}, shaped ${shaped}`).toBe(true);
      }
    }
  });

  it('leaves to fontkit a font it does not cover', () => {
    expect(SubsetFace.read(new Uint8Array(8))).toBeUndefined();
    const otf = Uint8Array.from(readFileSync(join(repoRoot, 'assets', 'fonts', 'cut', 'FandolFang-Regular.ttf')));
    otf.set([0x4f, 0x54, 0x54, 0x4f], 0); // 'OTTO': CFF outlines
    expect(SubsetFace.read(otf)).toBeUndefined();
  });
});
