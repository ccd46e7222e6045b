import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { documentText } from '../../../../../lambdas/pipeline/model';
import { parseFont } from '../../../../../lambdas/pipeline/render/pdf/adapters/fontkit';
import { decodeRanges } from '../../../../../lambdas/pipeline/render/pdf/fonts/coverage';
import { renderPdf } from '../../../../../lambdas/pipeline/render/pdf';
import { ALL_FACES, COVERAGE_FILE, CUT_DIR, FACES, FaceStore, FONT_ROLES, PROFILES, createFontBook, defaultFaceStore, embedFaces } from '../../../../../lambdas/pipeline/render/pdf/fonts';
import { convertDocumentScript } from '../../../../../lambdas/pipeline/script';
import { sampleDocument } from '../../../../fixtures/documents';
import { repoRoot } from '../../../../support/shared';

/**
 * Faces are served from their cut (assets/fonts/cut/) and fall back to the full file only for a rarer
 * character the full face has: the face chosen, the widths and the embedded bytes must be exactly what
 * the full faces alone give.
 */

const fontDir = join(repoRoot, 'assets', 'fonts');
const withCuts = () => new FaceStore(() => fontDir, (path) => readFileSync(path));
/** A store that behaves as if no cut had been made: every face is its full file. */
const fullOnly = () => new FaceStore(() => fontDir, (path) => readFileSync(path), (path) => !path.includes(`/${CUT_DIR}/`));

const hans = sampleDocument();
const hant = convertDocumentScript(hans, { variant: 'tw' });
/** Characters of the sample plus rarer ones: 們 (Traditional, in FandolFang beyond GB 2312), 堃 喆 镕 (names), 㐀 (Ext A). */
const RARE = '們堃喆镕㐀丟';

async function pdfOf(store: FaceStore, script: 'Hans' | 'Hant', text: string): Promise<{ bytes: Buffer; faces: string[]; widths: number[] }> {
  const book = createFontBook(script, PROFILES[script], store);
  const used = new Map<(typeof ALL_FACES)[number], string[]>();
  const widths: number[] = [];
  for (const role of FONT_ROLES) {
    for (const char of new Set(text)) {
      const face = book.faceFor(role, char);
      if (!face) continue;
      used.set(face, [...(used.get(face) ?? []), char]);
      widths.push(book.advance(face, char, 16));
    }
  }
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const fonts = await embedFaces(pdf, used, { store });
  const page = pdf.addPage();
  for (const [face, chars] of [...used].sort(([a], [b]) => (a.id < b.id ? -1 : 1))) page.drawText(chars.join(''), { x: 20, y: 20, size: 12, font: fonts.get(face)! });
  return { bytes: Buffer.from(await pdf.save()), faces: [...used.keys()].map((f) => f.id).sort(), widths };
}

describe('cut faces', () => {
  // One store of each kind for both editions: each face is read and copied into harfbuzz once.
  const [cutStore, fullStore] = [withCuts(), fullOnly()];

  it.each([
    ['Simplified', 'Hans', documentText(hans)],
    ['Traditional', 'Hant', documentText(hant)],
  ] as const)('%s sample plus rare characters: same faces, widths and PDF bytes as the full faces alone', async (_, script, text) => {
    const [cut, full] = [await pdfOf(cutStore, script, text + RARE), await pdfOf(fullStore, script, text + RARE)];
    expect(cut.faces).toEqual(full.faces);
    expect(cut.widths).toEqual(full.widths);
    expect(cut.bytes.equals(full.bytes)).toBe(true);
  });

  it('a speech in GB 2312 reads only cut files; a rarer character reads its own face’s full file, and only that one', () => {
    const store = withCuts();
    const book = createFontBook('Hans', PROFILES.Hans, store);
    for (const role of FONT_ROLES) for (const char of documentText(hans)) book.faceFor(role, char);
    expect(store.loadedFiles().every((file) => file.startsWith(`${CUT_DIR}/`) || file === FACES.pageDigits.file)).toBe(true);
    // 們 is beyond GB 2312 but FandolFang has it: body text keeps its 仿宋 face, drawn from the full file.
    expect(book.faceFor('body', '們')).toBe(FACES.fandolFang);
    book.advance(FACES.fandolFang, '們', 16);
    expect(store.loadedFiles().filter((file) => !file.startsWith(`${CUT_DIR}/`))).toEqual(expect.arrayContaining([FACES.fandolFang.file]));
    expect(store.loadedFiles()).not.toContain(FACES.lxgwWenKai.file);
  });

  it('rendering both editions of a speech in GB 2312 reads no full face (measuring, ink boxes, embedding)', async () => {
    // The process-wide store may already hold files other test files read (the unit project shares modules):
    // what counts is what these renderings add.
    const before = new Set(defaultFaceStore().loadedFiles());
    await renderPdf(hans);
    await renderPdf(hant);
    const added = defaultFaceStore().loadedFiles().filter((file) => !before.has(file));
    expect(added.filter((file) => !file.startsWith(`${CUT_DIR}/`) && file !== FACES.pageDigits.file)).toEqual([]);
  });

  it('the embedded glyph of a rare character is the full face’s outline', async () => {
    const store = withCuts();
    const pdf = await PDFDocument.create({ updateMetadata: false });
    const font = (await embedFaces(pdf, new Map([[FACES.fandolFang, ['同志們']]]), { store })).get(FACES.fandolFang)!;
    // The font program pdf-lib embeds (the harfbuzz subset), parsed by fontkit.
    const embedded = parseFont((font as unknown as { embedder: { fontData: Uint8Array } }).embedder.fontData);
    const source = store.full(FACES.fandolFang).font;
    const cp = '們'.codePointAt(0)!;
    expect(embedded.glyphForCodePoint(cp).path.toSVG()).toBe(source.glyphForCodePoint(cp).path.toSVG());
    expect(embedded.glyphForCodePoint(cp).path.toSVG().length).toBeGreaterThan(20);
  });

  it('without its full file (a bundle carrying the cut only), a rare character goes on down the chain', () => {
    const store = new FaceStore(() => fontDir, (path) => readFileSync(path), (path) => path.includes(`/${CUT_DIR}/`));
    const book = createFontBook('Hans', PROFILES.Hans, store);
    expect(book.faceFor('body', '说')).toBe(FACES.fandolFang);
    expect(book.faceFor('body', '們')).toBe(FACES.lxgwWenKai); // WenKai's cut carries Traditional forms
  });

  it('cut/coverage.json lists exactly what each full face has beyond its cut', () => {
    const coverage = JSON.parse(readFileSync(join(fontDir, COVERAGE_FILE), 'utf8')) as Record<string, string>;
    const cutFaces = ALL_FACES.filter((face) => face.cut);
    expect(Object.keys(coverage).sort()).toEqual(cutFaces.map((f) => f.id).sort());
    for (const face of cutFaces) {
      const full = parseFont(readFileSync(join(fontDir, face.file)));
      const cut = new Set(parseFont(readFileSync(join(fontDir, CUT_DIR, face.file))).characterSet);
      const ranges = decodeRanges(coverage[face.id]!);
      const listed: number[] = [];
      for (let i = 0; i < ranges.length; i += 2) for (let cp = ranges[i]!; cp <= ranges[i + 1]!; cp += 1) listed.push(cp);
      expect(listed, face.id).toEqual(full.characterSet.filter((cp) => cp !== 0xffff && !cut.has(cp)).sort((a, b) => a - b));
      expect([...cut].every((cp) => cp === 0xffff || full.hasGlyphForCodePoint(cp)), face.id).toBe(true);
    }
  });
});
