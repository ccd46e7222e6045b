import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Font, hasGlyfOutlines, parseFont } from '../adapters/fontkit';
import { ResidentFace } from '../adapters/harfbuzz-subset';
import { decodeRanges, rangesHave } from './coverage';
import { FontFileError } from './errors';
import { COVERAGE_FILE, CUT_DIR, type FontFace } from './faces';
import { defaultFontDirInputs, resolveFontDir } from './font-dir';

/** A font file read and parsed: the bytes to subset, the parsed font to measure and check coverage with. */
export interface LoadedFace {
  readonly bytes: Uint8Array;
  readonly font: Font;
  readonly unitsPerEm: number;
}

export type FontFileReader = (path: string) => Uint8Array;

/**
 * Reads and parses each font file at most once for the life of the store (one store per process by
 * default). Parsing is fontkit's lazy table directory, so loading a face costs one file read.
 *
 * A face with a cut (FontFace.cut) is served from `cut/<file>` — its characters are the ones documents
 * use — and its full file is read only for a character beyond the cut that the full face has, which
 * `cut/coverage.json` tells without reading the full face. Where the full file is absent (a Lambda
 * bundle that does not carry it), such a character goes on down the role's chain. A subset of a cut is
 * byte-identical to the same subset of the full face (scripts/cut-fonts.ts uses the same harfbuzz plan),
 * so which file served a face never shows in a PDF.
 */
export class FaceStore {
  private readonly files = new Map<string, LoadedFace>();
  /** Per face, its cut (or full file when it has none): looked up for every character measured. */
  private readonly cores = new Map<FontFace, LoadedFace>();
  private readonly resident = new Map<string, ResidentFace>();
  private readonly present = new Map<string, boolean>();
  private beyondCut: Record<string, number[]> | undefined;
  private dir: string | undefined;

  constructor(
    private readonly locateDir: () => string,
    private readonly read: FontFileReader,
    private readonly exists: (path: string) => boolean = existsSync,
  ) {}

  /**
   * The face's full file. Only for a character beyond the cut, and for checks against the source font:
   * anything a document needs goes through `has`, `fontFor` and `subsetter`, which read the cut.
   */
  full(face: FontFace): LoadedFace {
    return this.file(face.file);
  }

  /** What a document reads first: the cut when there is one, else the full file. */
  core(face: FontFace): LoadedFace {
    let core = this.cores.get(face);
    if (!core) this.cores.set(face, (core = this.file(this.corePath(face))));
    return core;
  }

  /** Whether the face draws `codePoint`: from its cut, or from its full file when that is present. */
  has(face: FontFace, codePoint: number): boolean {
    return this.core(face).font.hasGlyphForCodePoint(codePoint) || this.beyondCore(face, codePoint);
  }

  /** The parsed font whose glyph draws `codePoint` in this face (its cut, else its full file; .notdef from the cut). */
  fontFor(face: FontFace, codePoint: number): Font {
    const core = this.core(face).font;
    return core.hasGlyphForCodePoint(codePoint) || !this.beyondCore(face, codePoint) ? core : this.full(face).font;
  }

  /**
   * The face parsed by harfbuzz to subset `codePoints` from: the cut when it holds them all, else the full
   * file. Created on first use and kept for the store's life.
   */
  subsetter(face: FontFace, codePoints: readonly number[]): ResidentFace {
    const core = this.core(face).font;
    const path = codePoints.every((cp) => core.hasGlyphForCodePoint(cp) || !this.beyondCore(face, cp)) ? this.corePath(face) : face.file;
    let resident = this.resident.get(path);
    if (!resident) this.resident.set(path, (resident = ResidentFace.load(this.file(path).bytes)));
    return resident;
  }

  /** Font files read so far, relative to the font directory (for tests and diagnostics). */
  loadedFiles(): readonly string[] {
    return [...this.files.keys()];
  }

  private directory(): string {
    this.dir ??= this.locateDir();
    return this.dir;
  }

  private isPresent(path: string): boolean {
    let present = this.present.get(path);
    if (present === undefined) this.present.set(path, (present = this.exists(join(this.directory(), path))));
    return present;
  }

  private corePath(face: FontFace): string {
    const cut = `${CUT_DIR}/${face.file}`;
    return face.cut && this.isPresent(cut) ? cut : face.file;
  }

  /** The full face has `codePoint` and its cut does not, and the full file is here to draw it. */
  private beyondCore(face: FontFace, codePoint: number): boolean {
    if (this.corePath(face) === face.file) return false;
    if (!this.beyondCut) {
      const text = new TextDecoder().decode(this.readFile(COVERAGE_FILE));
      const encoded = JSON.parse(text) as Record<string, string>;
      this.beyondCut = Object.fromEntries(Object.entries(encoded).map(([id, ranges]) => [id, decodeRanges(ranges)]));
    }
    const ranges = this.beyondCut[face.id];
    if (!ranges) throw new FontFileError(join(this.directory(), COVERAGE_FILE), `no entry for ${face.id}: rebuild with scripts/cut-fonts.ts`);
    return rangesHave(ranges, codePoint) && this.isPresent(face.file);
  }

  private readFile(relative: string): Uint8Array {
    const path = join(this.directory(), relative);
    try {
      return this.read(path);
    } catch (error) {
      throw new FontFileError(path, error instanceof Error ? error.message : String(error));
    }
  }

  private file(relative: string): LoadedFace {
    const cached = this.files.get(relative);
    if (cached) return cached;
    const bytes = this.readFile(relative);
    const font = parseFont(bytes);
    if (!hasGlyfOutlines(font)) {
      throw new FontFileError(join(this.directory(), relative), 'not a glyf TrueType font (CFF fonts break in pdf-lib)');
    }
    const entry: LoadedFace = { bytes, font, unitsPerEm: font.unitsPerEm };
    this.files.set(relative, entry);
    return entry;
  }
}

let processStore: FaceStore | undefined;

/** The process-wide store: the font directory is resolved and each file read on first use only. */
export function defaultFaceStore(): FaceStore {
  processStore ??= new FaceStore(() => resolveFontDir(defaultFontDirInputs()), (path) => readFileSync(path));
  return processStore;
}
