import type { Script } from '../../../model';
import { FACES, type FontFace } from './faces';

/**
 * What a piece of text is, typographically. Suggested mapping for the layout:
 * title → `title`; subtitle, speaker, date → `meta` (楷体); salutation and body text → `body` (仿宋);
 * lead-in runs and level-3 headings (1.) → `bodyBold`; level-1 headings (一、) → `heading1` (黑体);
 * level-2 headings (（一）) → `heading2` (楷体); level-4 headings (（1）) → `body`;
 * page numbers → `pageNumber`.
 */
export type FontRole = 'title' | 'body' | 'bodyBold' | 'heading1' | 'heading2' | 'meta' | 'pageNumber' | 'latin' | 'latinBold';

export const FONT_ROLES: readonly FontRole[] = [
  'title',
  'body',
  'bodyBold',
  'heading1',
  'heading2',
  'meta',
  'pageNumber',
  'latin',
  'latinBold',
];

/** Roles whose text must look bold; a face in their chain that is not bold gets synthetic bold. */
const BOLD_ROLES: ReadonlySet<FontRole> = new Set(['title', 'bodyBold', 'latinBold']);

export function roleWantsBold(role: FontRole): boolean {
  return BOLD_ROLES.has(role);
}

/** Per role, the faces to try in order: the first face that has a character draws it. */
export type FontProfile = Readonly<Record<FontRole, readonly FontFace[]>>;

const F = FACES;

/**
 * Latin letters and digits inside Chinese text, in both scripts: a proper serif (the Latin of Noto Serif CJK,
 * which is the same in its SC and TC cuts) as Times New Roman is in a printed 公文 — FandolFang's own Latin is
 * a typewriter face (XXXX, 2023 in fixed-width strokes).
 */
const LATIN = {
  latin: [F.notoSerifTc, F.notoSerifScBold, F.fandolFang],
  latinBold: [F.notoSerifScBold, F.notoSerifTcBold, F.fandolFang],
} as const;

/**
 * Simplified: GB/T 9704 fonts as far as free fonts go. FandolFang lacks rarer characters, so body
 * text falls back to WenKai (楷 is the closest free brush style to 仿宋) and then to Noto Serif SC.
 */
const SIMPLIFIED: FontProfile = {
  title: [F.notoSerifScBold, F.notoSansSc, F.lxgwWenKai],
  body: [F.fandolFang, F.lxgwWenKai, F.notoSerifScBold, F.notoSansSc],
  bodyBold: [F.fandolFang, F.lxgwWenKai, F.notoSerifScBold, F.notoSansSc],
  heading1: [F.notoSansSc, F.notoSerifScBold, F.lxgwWenKai],
  heading2: [F.lxgwWenKai, F.fandolFang, F.notoSerifScBold, F.notoSansSc],
  meta: [F.lxgwWenKai, F.fandolFang, F.notoSerifScBold, F.notoSansSc],
  pageNumber: [F.pageDigits, F.fandolFang, F.notoSerifScBold],
  ...LATIN,
};

/**
 * Traditional: TC faces first so characters get Taiwan glyph shapes; SC faces only catch what the
 * TC fonts lack (Noto TC has no simplified-only characters).
 */
const TRADITIONAL: FontProfile = {
  title: [F.notoSerifTcBold, F.notoSerifScBold, F.notoSansTc, F.lxgwWenKai, F.notoSansSc],
  body: [F.notoSerifTc, F.lxgwWenKai, F.notoSerifScBold, F.notoSansSc],
  bodyBold: [F.notoSerifTcBold, F.notoSerifScBold, F.lxgwWenKai, F.notoSansSc],
  heading1: [F.notoSansTc, F.notoSansSc, F.lxgwWenKai],
  heading2: [F.lxgwWenKai, F.notoSerifTc, F.notoSerifScBold, F.notoSansSc],
  meta: [F.lxgwWenKai, F.notoSerifTc, F.notoSerifScBold, F.notoSansSc],
  pageNumber: [F.pageDigits, F.notoSerifTc, F.notoSerifScBold],
  ...LATIN,
};

export const PROFILES: Readonly<Record<Script, FontProfile>> = { Hans: SIMPLIFIED, Hant: TRADITIONAL };
