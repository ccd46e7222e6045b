import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { cmapGlyphIds } from '../../../../../lambdas/pipeline/render/pdf/adapters/pdf-lib-cmap';
import { pdfLibFontkit } from '../../../../../lambdas/pipeline/render/pdf/adapters/fontkit';
import { ResidentFace } from '../../../../../lambdas/pipeline/render/pdf/adapters/harfbuzz-subset';
import { repoRoot } from '../../../../support/shared';

/** Glyph ids read from pdf-lib's private embedder: the ids pdf-lib's own encodeText gives, on a real face. */

const TEXT = '一、统一思想，提高认识（2024年）GB/T';
const face = ResidentFace.load(readFileSync(join(repoRoot, 'assets', 'fonts', 'NotoSansSC-Regular.ttf')));

describe('cmap glyph ids', () => {
  it('equal pdf-lib’s encodeText for every character of a harfbuzz subset embedded whole', async () => {
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(pdfLibFontkit);
    const font = await pdf.embedFont(face.subset([...TEXT].map((c) => c.codePointAt(0)!), ['GSUB', 'GPOS']), { subset: false });
    const ids = cmapGlyphIds(font)!;
    expect(ids).toBeTypeOf('function');
    for (const char of TEXT) expect(ids(char.codePointAt(0)!).toString(16).toUpperCase().padStart(4, '0'), char).toBe(font.encodeText(char).asString());
  });

  it('are not offered for fonts pdf-lib subsets itself or for standard fonts', async () => {
    const pdf = await PDFDocument.create();
    pdf.registerFontkit(pdfLibFontkit);
    const subsetting = await pdf.embedFont(face.subset([0x4e00], []), { subset: true });
    expect(cmapGlyphIds(subsetting)).toBeUndefined();
    expect(cmapGlyphIds(await pdf.embedFont(StandardFonts.Helvetica))).toBeUndefined();
  });
});
