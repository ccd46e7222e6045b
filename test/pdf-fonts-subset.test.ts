import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRawStream,
  PDFRef,
  decodePDFRawStream,
} from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { FACES, type FontFace, defaultFaceStore, embedFaces, fontBookFor } from '../lambdas/pipeline/render/pdf/fonts';
import { parseFont } from '../lambdas/pipeline/render/pdf/adapters/fontkit';
import { repoRoot } from './support/shared';

/**
 * Small subsets — titles, headings — must carry the real outlines (docs/fonts.md: the short-loca bug
 * of fontkit's own subsetter drew them blank). Text extraction cannot see such a bug, so these tests
 * open the font program embedded in the PDF and compare every glyph's outline with the source font's.
 */

const TITLE_SC = '在全市秋季学期工作部署会议上的讲话';
const TITLE_TC = '在全市秋季學期工作部署會議上的講話';

interface EmbeddedFont {
  readonly baseFont: string;
  /** CID (= glyph id in the embedded font) → the text it stands for, from the ToUnicode CMap. */
  readonly toUnicode: Map<number, string>;
  readonly fontFile: Uint8Array;
}

function streamBytes(pdf: PDFDocument, ref: unknown): Uint8Array {
  const stream = pdf.context.lookup(ref as PDFRef);
  if (!(stream instanceof PDFRawStream)) throw new Error('expected a raw stream');
  return decodePDFRawStream(stream).decode();
}

function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  const hexToText = (hex: string) => {
    const units: number[] = [];
    for (let i = 0; i < hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
    return String.fromCharCode(...units);
  };
  for (const [, section] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, cid, text] of section!.matchAll(/<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(cid!, 16), hexToText(text!));
  }
  return map;
}

/** Every Type0 font of the PDF with its ToUnicode map and embedded FontFile2. */
async function embeddedFonts(bytes: Uint8Array): Promise<EmbeddedFont[]> {
  const pdf = await PDFDocument.load(bytes);
  const fonts: EmbeddedFont[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.get(PDFName.of('Subtype')) !== PDFName.of('Type0')) continue;
    const descendant = pdf.context.lookup(object.lookup(PDFName.of('DescendantFonts'), PDFArray).get(0), PDFDict);
    const descriptor = descendant.lookup(PDFName.of('FontDescriptor'), PDFDict);
    fonts.push({
      baseFont: object.lookup(PDFName.of('BaseFont'), PDFName).decodeText(),
      toUnicode: parseToUnicode(new TextDecoder().decode(streamBytes(pdf, object.get(PDFName.of('ToUnicode'))))),
      fontFile: streamBytes(pdf, descriptor.get(PDFName.of('FontFile2'))),
    });
  }
  return fonts;
}

async function pdfWithText(face: FontFace, text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const fonts = await embedFaces(pdf, new Map([[face, [text]]]));
  pdf.addPage([595.28, 841.89]).drawText(text, { x: 72, y: 700, size: 22, font: fonts.get(face)! });
  return pdf.save();
}

function svgOf(path: { toSVG(): string }): string {
  return path.toSVG();
}

/** Glyph records of odd byte length among the characters: the records the unrepaired subsetter misplaces. */
function oddLengthGlyphs(face: FontFace, text: string): string[] {
  const font = defaultFaceStore().full(face).font as unknown as {
    glyphForCodePoint(cp: number): { id: number };
    loca: { offsets: number[] };
  };
  return [...new Set(text)].filter((ch) => {
    const gid = font.glyphForCodePoint(ch.codePointAt(0)!).id;
    return (font.loca.offsets[gid + 1]! - font.loca.offsets[gid]!) % 2 === 1;
  });
}

const cases = [
  { name: 'Simplified title (Noto Serif SC Bold)', face: FACES.notoSerifScBold, text: TITLE_SC },
  { name: 'Traditional title (Noto Serif TC Bold)', face: FACES.notoSerifTcBold, text: TITLE_TC },
  { name: '（一） heading (LXGW WenKai)', face: FACES.lxgwWenKai, text: '（一）把握形势任务' },
  { name: '一、 heading (Noto Sans SC)', face: FACES.notoSansSc, text: '一、统一思想，提高认识' },
];

describe('embedded subsets keep every glyph outline (short loca, odd-length glyph records)', () => {
  it.each(cases)('$name: the source font has odd-length glyph records for this text, so it exercises the bug', ({ face, text }) => {
    expect(oddLengthGlyphs(face, text).length).toBeGreaterThan(0);
  });

  it.each(cases)('$name: each embedded glyph has the source outline', async ({ face, text }) => {
    const [embedded, ...others] = await embeddedFonts(await pdfWithText(face, text));
    expect(others).toHaveLength(0);
    expect(embedded!.baseFont).toMatch(new RegExp(`^[A-Z]{6}\\+${face.postscriptName}$`));

    const source = defaultFaceStore().full(face).font;
    const program = parseFont(embedded!.fontFile);
    const drawn = [...new Set(text)];
    // harfbuzz keeps the space glyph in its subsets; it has no outline to compare.
    const mapped = [...embedded!.toUnicode].filter(([, char]) => char !== ' ');
    expect(mapped.map(([, char]) => char).sort()).toEqual([...drawn].sort());
    for (const [cid, char] of mapped) {
      const expected = svgOf(source.glyphForCodePoint(char.codePointAt(0)!).path);
      expect(expected.length, char).toBeGreaterThan(20); // a real outline, not an empty glyph
      expect(svgOf(program.getGlyph(cid).path), `${char} (cid ${cid})`).toBe(expected);
    }
  });
});

describe('embedding', () => {
  it('the same characters give byte-identical PDFs, whatever order the faces were listed in', async () => {
    const book = fontBookFor('Hans');
    const build = async (order: 'forward' | 'reverse') => {
      const used = new Map<FontFace, string[]>();
      for (const [role, text] of [['title', TITLE_SC], ['body', '同志们：今天召开会议。'], ['pageNumber', '— 1 —']] as const) {
        for (const ch of text) {
          const face = book.faceFor(role, ch)!;
          used.set(face, [...(used.get(face) ?? []), ch]);
        }
      }
      const entries = [...used];
      const pdf = await PDFDocument.create({ updateMetadata: false });
      const fonts = await embedFaces(pdf, new Map(order === 'forward' ? entries : entries.reverse()));
      const page = pdf.addPage();
      for (const [face, chars] of used) page.drawText(chars.join(''), { x: 50, y: 50, size: 12, font: fonts.get(face)! });
      return pdf.save();
    };
    const [a, b] = [await build('forward'), await build('reverse')];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    const names = (await embeddedFonts(a)).map((f) => f.baseFont.split('+')[1]).sort();
    expect(names).toEqual(['FandolFang-Regular', 'NotoSerifSC-Bold', 'NotoSerifSC-PageDigits']);
  });

  it('a subset is small: a title in a 14.8 MB face embeds in under 40 KB', async () => {
    expect((await pdfWithText(FACES.notoSerifScBold, TITLE_SC + '一二三四五六七八九十')).length).toBeLessThan(40_000);
  });
});

const hasPoppler = (() => {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
if (!hasPoppler) console.warn('[speech-press] pdftoppm not installed: the poppler rendering check of embedded titles is SKIPPED');

describe.skipIf(!hasPoppler)('poppler draws the embedded title (needs poppler-utils)', () => {
  it('the title area has ink wherever a glyph was drawn', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'pdf-fonts-'));
    // One glyph per line so every glyph gets its own band to check.
    const pdf = await PDFDocument.create({ updateMetadata: false });
    const face = FACES.notoSerifScBold;
    const fonts = await embedFaces(pdf, new Map([[face, [TITLE_SC]]]));
    const chars = [...TITLE_SC];
    const page = pdf.addPage([60, chars.length * 30]);
    chars.forEach((ch, i) => page.drawText(ch, { x: 19, y: page.getHeight() - 30 * (i + 1) + 8, size: 22, font: fonts.get(face)! }));
    writeFileSync(join(dir, 't.pdf'), await pdf.save());
    execFileSync('pdftoppm', ['-r', '72', '-gray', join(dir, 't.pdf'), join(dir, 'p')]);
    const pgm = readFileSync(join(dir, 'p-1.pgm'));
    const header = pgm.toString('latin1', 0, 20).split(/\s+/);
    const [width, height] = [Number(header[1]), Number(header[2])];
    const pixels = pgm.subarray(pgm.length - width * height);
    const blank = chars.filter((_, i) => {
      const band = pixels.subarray(i * 30 * width, (i + 1) * 30 * width);
      return band.filter((v) => v < 128).length < 10;
    });
    expect(blank, 'glyphs rendered blank').toEqual([]);
  });
});

it('test fonts come from the committed assets', () => {
  expect(readFileSync(join(repoRoot, 'assets/fonts', FACES.notoSerifScBold.file)).length).toBe(14_806_580);
});
