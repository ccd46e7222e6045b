import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFont } from '../../../../../lambdas/pipeline/render/pdf/adapters/fontkit';
import { FontSubsetError, HarfbuzzPool, ResidentFace } from '../../../../../lambdas/pipeline/render/pdf/adapters/harfbuzz-subset';
import { repoRoot } from '../../../../support/shared';

/** harfbuzz-subset.wasm called through its raw exports, on a real face (LXGW WenKai, 15.7 MB). */

const bytes = readFileSync(join(repoRoot, 'assets', 'fonts', 'LXGWWenKai-Regular.ttf'));
const source = parseFont(bytes);
const face = ResidentFace.load(bytes);
const codePoints = (text: string) => [...text].map((c) => c.codePointAt(0)!);

describe('harfbuzz subsets a resident face', () => {
  it('keeps exactly the requested characters, with the source outlines and advances, without the dropped tables', () => {
    const text = '（一）把握形势任务，2024';
    const subset = parseFont(face.subset(codePoints(text), ['GSUB', 'GPOS']));
    const numeric = (a: number, b: number) => a - b;
    // fontkit lists the space harfbuzz keeps and the cmap's 0xFFFF end marker.
    expect(subset.characterSet.filter((cp) => cp !== 0x20 && cp !== 0xffff).sort(numeric)).toEqual([...new Set(codePoints(text))].sort(numeric));
    for (const cp of codePoints(text)) {
      expect(subset.glyphForCodePoint(cp).path.toSVG()).toBe(source.glyphForCodePoint(cp).path.toSVG());
      expect(subset.glyphForCodePoint(cp).advanceWidth).toBe(source.glyphForCodePoint(cp).advanceWidth);
    }
    const tables = Object.keys((subset as unknown as { directory: { tables: object } }).directory.tables);
    expect(tables).toContain('glyf');
    expect(tables).not.toContain('GSUB');
  });

  it('is repeatable: the same request gives the same bytes, and one request leaks nothing into the next', () => {
    const a = face.subset(codePoints('一二三'), []);
    face.subset(codePoints('四五六七八九十'), []);
    expect(Buffer.from(face.subset(codePoints('一二三'), [])).equals(Buffer.from(a))).toBe(true);
  });

  it('refuses a table tag that is not four printable characters', () => {
    expect(() => face.subset([0x4e00], ['GSUBX'])).toThrow(RangeError);
  });

  it('a file that is not a font gives a clear error, not a crash', () => {
    expect(() => ResidentFace.load(new TextEncoder().encode('not a font at all')).subset([0x4e00], [])).toThrow(FontSubsetError);
  });
});

describe('faces share harfbuzz instances', () => {
  const cut = ['FandolFang-Regular.ttf', 'NotoSerifSC-Bold.ttf', 'NotoSansTC-Regular.ttf', 'LXGWWenKai-Regular.ttf'].map((file) =>
    readFileSync(join(repoRoot, 'assets', 'fonts', 'cut', file)),
  );
  const text = codePoints('同志们，今天我们召开全县党风廉政建设工作会议（一）2024年GB/T');

  it('the cut faces in one instance subset byte for byte as each face alone in its own', () => {
    const shared = new HarfbuzzPool();
    const together = cut.map((bytes) => ResidentFace.load(bytes, shared));
    expect(shared.instances).toBe(1);
    // Subsets in between, so the later ones run in memory the earlier ones used.
    const first = together.map((face) => face.subset(text, ['GSUB', 'GPOS']));
    const again = together.map((face) => face.subset(text, ['GSUB', 'GPOS']));
    const alone = cut.map((bytes) => ResidentFace.load(bytes, new HarfbuzzPool()).subset(text, ['GSUB', 'GPOS']));
    alone.forEach((bytes, i) => {
      expect(Buffer.from(first[i]!).equals(Buffer.from(bytes)), `face ${i}`).toBe(true);
      expect(Buffer.from(again[i]!).equals(Buffer.from(bytes)), `face ${i} again`).toBe(true);
    });
  });

  it('a face beyond the budget opens another instance', () => {
    const pool = new HarfbuzzPool(8 * 2 ** 20);
    cut.forEach((bytes) => ResidentFace.load(bytes, pool));
    expect(pool.instances).toBe(3); // 5.7 | 3.2 + 2.7 | 5.3 MB
  });
});
