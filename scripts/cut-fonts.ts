/**
 * Cuts each bundled CJK face to the characters documents actually use, at build time (run by
 * scripts/build-fonts.sh; outputs committed under assets/fonts/cut/):
 *
 *   Simplified faces   GB 2312 (levels 1–2: 6,763 Han, plus its symbols, kana, Greek, Cyrillic, pinyin)
 *   Traditional faces  Big5 common (5,401 Han) ∪ the Traditional forms OpenCC (tw, hk, t) gives every
 *                      GB 2312 character — the Traditional edition is made from Simplified text
 *   shared (WenKai)    both
 *   all                common punctuation and symbols (ASCII, Latin-1, General Punctuation, CJK Symbols,
 *                      full-width forms, enclosed numbers, …) and 〇
 *
 * and writes cut/coverage.json: per face, the code points its full file has beyond its cut, so the font
 * book knows without reading a full face whether it would draw a rarer character (docs/fonts.md).
 * Harfbuzz cuts with the same plan as a document subset (embed.ts), so a subset of a cut face is
 * byte-identical to the same subset of the full face.
 *
 *   npx tsx scripts/cut-fonts.ts [font dir]      # default assets/fonts
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFont } from '../lambdas/pipeline/render/pdf/adapters/fontkit';
import { ResidentFace } from '../lambdas/pipeline/render/pdf/adapters/harfbuzz-subset';
import { SUBSET_DROPPED_TABLES } from '../lambdas/pipeline/render/pdf/fonts/embed';
import { ALL_FACES, CUT_DIR, COVERAGE_FILE, type CutSet } from '../lambdas/pipeline/render/pdf/fonts/faces';
import { encodeRanges, toRanges } from '../lambdas/pipeline/render/pdf/fonts/coverage';
import { openccConverter } from '../lambdas/pipeline/script';

/** Every character a double-byte legacy code page decodes in the given lead/trail byte ranges. */
function decodedCharacters(encoding: string, leads: readonly [number, number], trails: readonly (readonly [number, number])[]): Set<number> {
  const decoder = new TextDecoder(encoding);
  const found = new Set<number>();
  for (let lead = leads[0]; lead <= leads[1]; lead += 1) {
    for (const [from, to] of trails) {
      for (let trail = from; trail <= to; trail += 1) {
        const text = decoder.decode(Uint8Array.of(lead, trail));
        if (text !== '\ufffd' && [...text].length === 1) found.add(text.codePointAt(0)!);
      }
    }
  }
  return found;
}

/** GB 2312 as EUC-CN: rows 0xA1–0xA9 symbols, 0xB0–0xD7 level 1, 0xD8–0xF7 level 2. */
export const gb2312 = (): Set<number> => decodedCharacters('gb18030', [0xa1, 0xf7], [[0xa1, 0xfe]]);

/** Big5 symbols (0xA1–0xA3) and common characters 常用字 (0xA4–0xC67E). */
export function big5Common(): Set<number> {
  const all = decodedCharacters('big5', [0xa1, 0xc6], [[0x40, 0x7e], [0xa1, 0xfe]]);
  for (const cp of decodedCharacters('big5', [0xc6, 0xc6], [[0xa1, 0xfe]])) all.delete(cp); // 0xC6A1+ is not 常用字
  return all;
}

const COMMON_RANGES: readonly (readonly [number, number])[] = [
  [0x20, 0x7e], // ASCII
  [0xa0, 0x17f], // Latin-1, Latin Extended-A
  [0x2000, 0x206f], // General Punctuation: — … ‘’ “” ‰ ※
  [0x2100, 0x21ff], // Letterlike, Number Forms (Ⅰ Ⅱ), Arrows
  [0x2460, 0x24ff], // Enclosed Alphanumerics: ① ⑴ ⒈
  [0x2500, 0x25ff], // Box Drawing, Geometric Shapes: ─ ■ ○
  [0x3000, 0x303f], // CJK Symbols and Punctuation: 、。〈〉《》「」【】〇
  [0xfe30, 0xfe4f], // CJK Compatibility Forms
  [0xff00, 0xffef], // Half-width and Full-width Forms
];

function commonCharacters(): Set<number> {
  const set = new Set<number>();
  for (const [from, to] of COMMON_RANGES) for (let cp = from; cp <= to; cp += 1) set.add(cp);
  return set;
}

/** The Traditional forms of the given Simplified characters under every Traditional variant the edition offers. */
function traditionalForms(simplified: Iterable<number>): Set<number> {
  const forms = new Set<number>();
  const converters = (['tw', 'hk', 't'] as const).map((variant) => openccConverter('to-traditional', variant));
  for (const cp of simplified) for (const convert of converters) for (const ch of convert(String.fromCodePoint(cp))) forms.add(ch.codePointAt(0)!);
  return forms;
}

export function cutCharacters(): Record<CutSet, Set<number>> {
  const common = commonCharacters();
  const hans = new Set([...common, ...gb2312()]);
  const hant = new Set([...common, ...big5Common(), ...traditionalForms(gb2312())]);
  return { Hans: hans, Hant: hant, both: new Set([...hans, ...hant]) };
}

function main(): void {
  const dir = resolve(process.argv[2] ?? join(__dirname, '..', 'assets', 'fonts'));
  mkdirSync(join(dir, CUT_DIR), { recursive: true });
  const sets = cutCharacters();
  const coverage: Record<string, string> = {};
  for (const face of ALL_FACES) {
    if (!face.cut) continue;
    const bytes = readFileSync(join(dir, face.file));
    const full = parseFont(bytes);
    const wanted = [...sets[face.cut]].filter((cp) => full.hasGlyphForCodePoint(cp)).sort((a, b) => a - b);
    const cut = ResidentFace.load(bytes).subset(wanted, SUBSET_DROPPED_TABLES);
    writeFileSync(join(dir, CUT_DIR, face.file), cut);
    const inCut = new Set(parseFont(cut).characterSet);
    coverage[face.id] = encodeRanges(toRanges(full.characterSet.filter((cp) => cp !== 0xffff && !inCut.has(cp))));
    process.stderr.write(`${face.id}: ${(bytes.length / 1e6).toFixed(1)} MB → ${(cut.length / 1e6).toFixed(2)} MB (${wanted.length} characters)\n`);
  }
  writeFileSync(join(dir, COVERAGE_FILE), `${JSON.stringify(coverage, null, 1)}\n`);
}

if (require.main === module) main();
