import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFont } from '../../../../../lambdas/pipeline/render/pdf/adapters/fontkit';
import { BUNDLED_FONT_FILES, CUT_DIR, type FontFace } from '../../../../../lambdas/pipeline/render/pdf/fonts/faces';
import { FACES, FaceStore, PROFILES, createFontBook } from '../../../../../lambdas/pipeline/render/pdf/fonts';
import { repoRoot } from '../../../../support/shared';

/** A deployment bundle carries cut faces and one full face: no character the repository draws may be lost. */

const fontDir = join(repoRoot, 'assets', 'fonts');
const TEXT_ROLES = ['title', 'body', 'bodyBold', 'heading1', 'heading2', 'meta'] as const;
/**
 * The Han characters GB 18030 requires of every system: CJK Unified Ideographs of Unicode 1.1
 * (U+4E00–9FA5) and Extension A (U+3400–4DB5). Later additions (U+9FA6…, U+4DB6…) are in WenKai only.
 */
const inGb18030Han = (cp: number) => (cp >= 0x4e00 && cp <= 0x9fa5) || (cp >= 0x3400 && cp <= 0x4db5);

const charsets = new Map<string, ReadonlySet<number>>();
function charsetOf(file: string): ReadonlySet<number> {
  let set = charsets.get(file);
  if (!set) charsets.set(file, (set = new Set(parseFont(readFileSync(join(fontDir, file))).characterSet.filter(inGb18030Han))));
  return set;
}
/** What a face draws in a bundle: its full file when the bundle carries it, else its cut. */
const bundledCharset = (face: FontFace): ReadonlySet<number> =>
  charsetOf(BUNDLED_FONT_FILES.includes(face.file) || !face.cut ? face.file : `${CUT_DIR}/${face.file}`);

describe('the fonts a bundle carries', () => {
  it('draw, in every text role of both scripts, every GB 18030 Han character the repository’s faces draw', () => {
    for (const script of ['Hans', 'Hant'] as const) {
      for (const role of TEXT_ROLES) {
        const chain = PROFILES[script][role];
        const repository = new Set(chain.flatMap((face) => [...charsetOf(face.file)]));
        const bundle = new Set(chain.flatMap((face) => [...bundledCharset(face)]));
        const lost = [...repository].filter((cp) => !bundle.has(cp));
        expect(lost.slice(0, 20).map((cp) => String.fromCodePoint(cp)), `${script} ${role}`).toEqual([]);
      }
    }
  });

  it('a store limited to them finds those faces: rare names get a face in every role', () => {
    const bundled = new FaceStore(() => fontDir, (path) => readFileSync(path), (path) => BUNDLED_FONT_FILES.includes(path.slice(fontDir.length + 1)) && existsSync(path));
    for (const script of ['Hans', 'Hant'] as const) {
      const book = createFontBook(script, PROFILES[script], bundled);
      for (const role of TEXT_ROLES) for (const char of '曈祕堃幷囍濛殭爲喆镕珺㐀') expect(book.faceFor(role, char), `${script} ${role} ${char}`).not.toBeNull();
    }
  });

  it('are the cut faces, the coverage list, the page digits and one full face', () => {
    expect(BUNDLED_FONT_FILES.filter((file) => !file.startsWith('cut/'))).toEqual([FACES.pageDigits.file, FACES.notoSansSc.file].sort());
  });
});
