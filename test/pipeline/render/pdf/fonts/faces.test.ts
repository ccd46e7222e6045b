import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFont } from '../../../../../lambdas/pipeline/render/pdf/adapters/fontkit';
import { BUNDLED_FONT_FILES } from '../../../../../lambdas/pipeline/render/pdf/fonts/faces';
import { FACES, FaceStore, PROFILES, createFontBook } from '../../../../../lambdas/pipeline/render/pdf/fonts';
import { repoRoot } from '../../../../support/shared';

/** A deployment bundle carries cut faces and one full face: no character any bundled-or-not face draws may be lost. */

const fontDir = join(repoRoot, 'assets', 'fonts');
const TEXT_ROLES = ['title', 'body', 'bodyBold', 'heading1', 'heading2', 'meta'] as const;
/**
 * The Han characters GB 18030 requires of every system: CJK Unified Ideographs of Unicode 1.1
 * (U+4E00–9FA5) and Extension A (U+3400–4DB5). Later additions (U+9FA6…, U+4DB6…) are in WenKai only.
 */
const inGb18030Han = (cp: number) => (cp >= 0x4e00 && cp <= 0x9fa5) || (cp >= 0x3400 && cp <= 0x4db5);

describe('the fonts a bundle carries', () => {
  it('draw, in every text role of both scripts, every GB 18030 Han character the repository’s full faces draw', () => {
    const bundled = new FaceStore(() => fontDir, (path) => readFileSync(path), (path) => BUNDLED_FONT_FILES.includes(path.slice(fontDir.length + 1)));
    const everything = new Set<number>();
    for (const face of [FACES.notoSerifScBold, FACES.fandolFang, FACES.lxgwWenKai, FACES.notoSerifTc, FACES.notoSerifTcBold, FACES.notoSansTc]) {
      for (const cp of parseFont(readFileSync(join(fontDir, face.file))).characterSet) if (inGb18030Han(cp)) everything.add(cp);
    }
    for (const script of ['Hans', 'Hant'] as const) {
      const book = createFontBook(script, PROFILES[script], bundled);
      for (const role of TEXT_ROLES) {
        // Whatever the role's faces have in the repository, the bundle draws with some face of the chain.
        const chainHas = (cp: number) => PROFILES[script][role].some((face) => parseFontOnce(face.file).hasGlyphForCodePoint(cp));
        const lost = [...everything].filter((cp) => chainHas(cp) && book.faceFor(role, String.fromCodePoint(cp)) === null);
        expect(lost.map((cp) => String.fromCodePoint(cp)).slice(0, 20), `${script} ${role}`).toEqual([]);
      }
    }
  });

  it('are the cut faces, the coverage list, the page digits and one full face', () => {
    expect(BUNDLED_FONT_FILES.filter((file) => !file.startsWith('cut/'))).toEqual([FACES.pageDigits.file, FACES.notoSansSc.file].sort());
  });
});

const parsed = new Map<string, ReturnType<typeof parseFont>>();
function parseFontOnce(file: string): ReturnType<typeof parseFont> {
  let font = parsed.get(file);
  if (!font) parsed.set(file, (font = parseFont(readFileSync(join(fontDir, file)))));
  return font;
}
