import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { documentText } from '../lambdas/pipeline/model';
import {
  FACES,
  FONT_ROLES,
  FaceStore,
  FontDirectoryNotFoundError,
  FontFileError,
  PROFILES,
  createFontBook,
  fontBookFor,
  missingGlyphWarning,
  resolveFontDir,
  subsetFontName,
  subsetTag,
} from '../lambdas/pipeline/render/pdf/fonts';
import { sampleDocument } from './fixtures/documents';
import { repoRoot } from './support/shared';

const fontDir = join(repoRoot, 'assets', 'fonts');

/** A store over the committed fonts that counts file reads per path. */
function countingStore(): { store: FaceStore; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const store = new FaceStore(
    () => fontDir,
    (path) => {
      reads.set(path, (reads.get(path) ?? 0) + 1);
      return readFileSync(path);
    },
  );
  return { store, reads };
}

const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
const sampleText = documentText(sampleDocument()).replace(/\s/g, '');
const pageNumberText = '— 0123456789 —';

describe('font book: every character of a speech is drawable in the fonts its role calls for', () => {
  it.each(['Hans', 'Hant'] as const)('%s: every character of the sample speech has a face in every text role', (script) => {
    const book = fontBookFor(script);
    const text = script === 'Hans' ? sampleText : toTraditional(sampleText);
    for (const role of FONT_ROLES.filter((r) => r !== 'pageNumber')) {
      const missing = [...text].filter((ch) => book.faceFor(role, ch) === null);
      expect(missing, `${script} ${role}`).toEqual([]);
    }
  });

  it('Simplified body text is set in 仿宋 (FandolFang), titles in bold serif, 一、 headings in 黑体, （一） in 楷体', () => {
    const book = fontBookFor('Hans');
    expect(book.faceFor('body', '说')).toBe(FACES.fandolFang);
    expect(book.faceFor('bodyBold', '说')).toBe(FACES.fandolFang);
    expect(book.faceFor('title', '说')).toBe(FACES.notoSerifScBold);
    expect(book.faceFor('heading1', '说')).toBe(FACES.notoSansSc);
    expect(book.faceFor('heading2', '说')).toBe(FACES.lxgwWenKai);
    expect(book.faceFor('meta', '说')).toBe(FACES.lxgwWenKai);
  });

  it('Traditional text uses the TC faces (Taiwan glyph shapes), not the SC ones', () => {
    const book = fontBookFor('Hant');
    expect(book.faceFor('body', '說')).toBe(FACES.notoSerifTc);
    expect(book.faceFor('title', '說')).toBe(FACES.notoSerifTcBold);
    expect(book.faceFor('bodyBold', '說')).toBe(FACES.notoSerifTcBold);
    expect(book.faceFor('heading1', '說')).toBe(FACES.notoSansTc);
  });

  it('a character the first face lacks falls back along the chain instead of disappearing', () => {
    // 丟 is not in FandolFang; 说 (simplified) is not in Noto Serif TC; 㐀 (Ext A) only in Noto SC.
    expect(fontBookFor('Hans').faceFor('body', '丟')).toBe(FACES.lxgwWenKai);
    expect(fontBookFor('Hant').faceFor('body', '说')).toBe(FACES.lxgwWenKai);
    expect(fontBookFor('Hant').faceFor('body', '㐀')).toBe(FACES.notoSerifScBold);
  });

  it('page numbers come from the small digits face, for both scripts', () => {
    for (const script of ['Hans', 'Hant'] as const) {
      const book = fontBookFor(script);
      for (const ch of pageNumberText) expect(book.faceFor('pageNumber', ch), `${script} ${ch}`).toBe(FACES.pageDigits);
    }
  });

  it('a character no font has is reported, with its code point, as a missing-glyph warning', () => {
    const unassigned = String.fromCodePoint(0x10fffd); // private use, plane 16: in no font
    const book = fontBookFor('Hans');
    expect(book.faceFor('body', unassigned)).toBeNull();
    const warning = missingGlyphWarning([unassigned, unassigned, '\u{e000}']);
    expect(warning).toMatchObject({ code: 'missing-glyph', count: 2 });
    expect(warning?.samples).toEqual(['\u{e000} (U+E000)', `${unassigned} (U+10FFFD)`]);
    expect(missingGlyphWarning([])).toBeNull();
  });

  it('every role of every profile has a fallback chain of distinct faces', () => {
    for (const profile of Object.values(PROFILES)) {
      for (const role of FONT_ROLES) {
        const chain = profile[role];
        expect(chain.length, role).toBeGreaterThanOrEqual(2);
        expect(new Set(chain).size, role).toBe(chain.length);
      }
    }
  });
});

describe('font book: measuring and bold', () => {
  it('Han characters are one em wide, Latin and digits narrower, a word the sum of its letters', () => {
    const book = fontBookFor('Hans');
    const fang = FACES.fandolFang;
    expect(book.advance(fang, '中', 16)).toBeCloseTo(16, 5);
    const one = book.advance(fang, '1', 16);
    expect(one).toBeGreaterThan(4);
    expect(one).toBeLessThan(12);
    expect(book.advance(fang, '2024', 16)).toBeCloseTo(4 * one, 3);
    expect(book.advance(fang, 'GB', 32)).toBeCloseTo(2 * book.advance(fang, 'GB', 16), 5);
  });

  it('vertical metrics are fractions of the size (ascent above, descent below the baseline)', () => {
    const m = fontBookFor('Hans').metrics(FACES.notoSerifScBold);
    expect(m.ascent).toBeGreaterThan(0.7);
    expect(m.ascent).toBeLessThan(1.3);
    expect(m.descent).toBeGreaterThan(0.1);
    expect(m.descent).toBeLessThan(0.5);
  });

  it('bold 仿宋 is synthetic (FandolFang has no bold) while real bold faces are used as they are', () => {
    const hans = fontBookFor('Hans');
    expect(hans.syntheticBold('bodyBold', FACES.fandolFang)).toBe(true);
    expect(hans.syntheticBold('body', FACES.fandolFang)).toBe(false);
    expect(hans.syntheticBold('title', FACES.notoSerifScBold)).toBe(false);
    expect(hans.syntheticBold('title', FACES.lxgwWenKai)).toBe(true); // a fallback face in a bold role
    expect(hans.syntheticBold('heading1', FACES.notoSansSc)).toBe(false);
    const hant = fontBookFor('Hant');
    expect(hant.syntheticBold('bodyBold', hant.faceFor('bodyBold', '說')!)).toBe(false);
  });
});

describe('fonts load lazily, once per process', () => {
  it('fontBookFor returns the same book on every call', () => {
    expect(fontBookFor('Hans')).toBe(fontBookFor('Hans'));
    expect(fontBookFor('Hant')).toBe(fontBookFor('Hant'));
    expect(fontBookFor('Hans')).not.toBe(fontBookFor('Hant'));
  });

  it('a book reads nothing until asked, then only the faces it needs, each file once', () => {
    const { store, reads } = countingStore();
    const book = createFontBook('Hans', PROFILES.Hans, store);
    expect(reads.size).toBe(0);
    for (let i = 0; i < 3; i++) for (const ch of sampleText) book.faceFor('body', ch);
    // Faces are read from their cut (assets/fonts/cut/, docs/fonts.md); the full file only for a character beyond it.
    expect([...reads.keys()].map((p) => p.slice(fontDir.length + 1))).toEqual(['cut/FandolFang-Regular.ttf']);
    book.faceFor('body', '丟'); // needs the first fallback: not in FandolFang (the coverage list says so without reading it)
    book.advance(FACES.lxgwWenKai, '丟', 16);
    book.faceFor('heading2', '丟');
    expect([...reads.keys()].map((p) => p.slice(fontDir.length + 1))).toEqual(['cut/FandolFang-Regular.ttf', 'cut/coverage.json', 'cut/LXGWWenKai-Regular.ttf']);
    expect([...reads.values()].every((n) => n === 1)).toBe(true);
  });

  it('the Simplified and Traditional books share one store, so WenKai is read once for both', () => {
    const { store, reads } = countingStore();
    const hans = createFontBook('Hans', PROFILES.Hans, store);
    const hant = createFontBook('Hant', PROFILES.Hant, store);
    hans.faceFor('heading2', '说');
    hant.faceFor('heading2', '說');
    expect(reads.get(join(fontDir, 'cut', 'LXGWWenKai-Regular.ttf'))).toBe(1);
  });

  it('a missing font file is a FontFileError naming the path', () => {
    const store = new FaceStore(
      () => '/nonexistent-fonts',
      (path) => readFileSync(path),
    );
    expect(() => store.full(FACES.fandolFang)).toThrow(FontFileError);
    expect(() => store.full(FACES.fandolFang)).toThrow('/nonexistent-fonts/FandolFang-Regular.ttf');
  });
});

describe('font directory resolution', () => {
  const only = (good: string) => (dir: string) => dir === good;

  it('SPEECH_PRESS_FONT_DIR wins, and a wrong value is an error rather than a silent fallback', () => {
    const inputs = { env: { SPEECH_PRESS_FONT_DIR: '/opt/fonts' }, codeDir: '/var/task', isFontDir: only('/opt/fonts') };
    expect(resolveFontDir(inputs)).toBe('/opt/fonts');
    expect(() => resolveFontDir({ ...inputs, isFontDir: only('/var/task/fonts') })).toThrow(FontDirectoryNotFoundError);
  });

  it('in a Lambda bundle the fonts sit in fonts/ beside the code', () => {
    expect(resolveFontDir({ env: {}, codeDir: '/var/task', isFontDir: only('/var/task/fonts') })).toBe('/var/task/fonts');
  });

  it('in the repository the nearest assets/fonts above the code is used', () => {
    const codeDir = '/repo/lambdas/pipeline/render/pdf/fonts';
    expect(resolveFontDir({ env: {}, codeDir, isFontDir: only('/repo/assets/fonts') })).toBe('/repo/assets/fonts');
  });

  it('nothing found lists every place tried', () => {
    const attempt = () => resolveFontDir({ env: {}, codeDir: '/a/b', isFontDir: () => false });
    expect(attempt).toThrow(FontDirectoryNotFoundError);
    expect(attempt).toThrow('/a/b/fonts, /a/b/assets/fonts, /a/assets/fonts, /assets/fonts');
  });

  it('resolves to the committed assets/fonts when run from this repository', () => {
    expect(resolveFontDir({ env: {}, codeDir: join(repoRoot, 'lambdas/pipeline/render/pdf/fonts'), isFontDir: (d) => d === fontDir })).toBe(fontDir);
  });
});

describe('subset tag', () => {
  it('is six capitals derived from face and characters: stable for equal input, different for different subsets', () => {
    const tag = subsetTag('FandolFang-Regular', '中文');
    expect(tag).toMatch(/^[A-Z]{6}$/);
    expect(subsetTag('FandolFang-Regular', '中文')).toBe(tag);
    expect(subsetTag('FandolFang-Regular', '中文字')).not.toBe(tag);
    expect(subsetTag('NotoSerifSC-Bold', '中文')).not.toBe(tag);
    expect(subsetFontName('FandolFang-Regular', '中文')).toBe(`${tag}+FandolFang-Regular`);
  });
});
