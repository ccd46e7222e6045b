/**
 * The font faces speech-press ships (assets/fonts/, see PROVENANCE.md there). All are glyf
 * TrueType: CFF fonts cannot be embedded correctly by pdf-lib (see docs/fonts.md).
 *
 * A FontFace is a constant descriptor: its identity is stable for the process, so layout code can
 * use it as a Map key. Its bytes and metrics load lazily through the FontBook.
 */

/**
 * Which characters a face is cut to at build time (scripts/cut-fonts.ts): `Hans` GB 2312, `Hant` Big5
 * common plus the Traditional forms of GB 2312, `both` the union; all with common punctuation.
 */
export type CutSet = 'Hans' | 'Hant' | 'both';

/** Where the cut faces are, inside the font directory. */
export const CUT_DIR = 'cut';
/** Per cut face, the code points its full file has beyond the cut (flattened ranges, see coverage.ts). */
export const COVERAGE_FILE = `${CUT_DIR}/coverage.json`;

/** The traditional typeface classes GB/T 9704 assigns to document parts. */
export type FaceStyle = 'song' | 'fangsong' | 'hei' | 'kai';

export interface FontFace {
  /** Stable identifier, also the file stem. */
  readonly id: string;
  /** File name inside the font directory. */
  readonly file: string;
  /** Name the PDF declares (after the `ABCDEF+` subset tag). */
  readonly postscriptName: string;
  readonly style: FaceStyle;
  /** True when the outlines themselves are bold (no synthetic bold needed). */
  readonly bold: boolean;
  /**
   * The characters of the cut loaded first (`<CUT_DIR>/<file>`); the full file is read only for a
   * character beyond it. Absent for faces small enough to load whole.
   */
  readonly cut?: CutSet;
}

function face(id: string, style: FaceStyle, bold: boolean, cut?: CutSet): FontFace {
  return Object.freeze({ id, file: `${id}.ttf`, postscriptName: id, style, bold, ...(cut && { cut }) });
}

export const FACES = Object.freeze({
  /** 小标宋 stand-in for titles (Simplified), and the broadest Simplified fallback. */
  notoSerifScBold: face('NotoSerifSC-Bold', 'song', true, 'Hans'),
  /** 黑体 for 一、 headings (Simplified). */
  notoSansSc: face('NotoSansSC-Regular', 'hei', false, 'Hans'),
  /** 仿宋 for body text (Simplified); FandolFang converted from CFF to TrueType. */
  fandolFang: face('FandolFang-Regular', 'fangsong', false, 'Hans'),
  /** 楷体 for （一） headings and meta lines; covers both scripts. */
  lxgwWenKai: face('LXGWWenKai-Regular', 'kai', false, 'both'),
  /** Titles and bold body text (Traditional). */
  notoSerifTcBold: face('NotoSerifTC-Bold', 'song', true, 'Hant'),
  /** Body text (Traditional): there is no licence-clean Traditional 仿宋. */
  notoSerifTc: face('NotoSerifTC-Regular', 'song', false, 'Hant'),
  /** 黑體 for 一、 headings (Traditional). */
  notoSansTc: face('NotoSansTC-Regular', 'hei', false, 'Hant'),
  /** Digits, dashes and space cut from Noto Serif SC Regular: "— 12 —" without loading a 15 MB font. */
  pageDigits: face('NotoSerifSC-PageDigits', 'song', false),
});

export const ALL_FACES: readonly FontFace[] = Object.values(FACES);

/**
 * The font files a deployment bundle carries (paths inside the font directory): the cut faces and their
 * coverage list, the page digits, and Noto Sans SC whole besides its cut. Noto Sans SC (30,898 glyphs) is in
 * the chain of every text role in both scripts, so a character beyond the cuts is still drawn — in 黑体
 * where the repository would use the role's own full face — and it is the smallest full face (6.3 MB
 * zipped; LXGW WenKai, the other face every chain has, would take the asset to 33 MB). Its cut (1.4 MB
 * zipped) is carried too, so a document reads the 10.6 MB full file only for a character beyond the cut:
 * the seed's first event −57 ms CPU, one harfbuzz instance instead of two (docs/performance.md step 34).
 * Measured in docs/fonts.md.
 */
export const BUNDLED_FONT_FILES: readonly string[] = [
  ...ALL_FACES.filter((face) => face.cut).map((face) => `${CUT_DIR}/${face.file}`),
  COVERAGE_FILE,
  ...ALL_FACES.filter((face) => !face.cut).map((face) => face.file),
  FACES.notoSansSc.file,
].sort();
