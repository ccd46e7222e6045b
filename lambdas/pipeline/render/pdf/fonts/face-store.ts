import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FontFileError } from './errors';
import type { FontFace } from './faces';
import { defaultFontDirInputs, resolveFontDir } from './font-dir';
import { type Font, hasGlyfOutlines, parseFont } from '../adapters/fontkit';
import { ResidentFace } from '../adapters/harfbuzz-subset';

/** A face read and parsed: the bytes to embed, the parsed font to measure and check coverage with. */
export interface LoadedFace {
  readonly bytes: Uint8Array;
  readonly font: Font;
  readonly unitsPerEm: number;
}

export type FontFileReader = (path: string) => Uint8Array;

/**
 * Reads and parses each face at most once for the life of the store (one store per process by
 * default). Parsing is fontkit's lazy table directory, so loading a 15 MB face costs one file read.
 */
export class FaceStore {
  private readonly loaded = new Map<FontFace, LoadedFace>();
  private readonly resident = new Map<FontFace, ResidentFace>();
  private dir: string | undefined;

  constructor(
    private readonly locateDir: () => string,
    private readonly read: FontFileReader,
  ) {}

  load(face: FontFace): LoadedFace {
    const cached = this.loaded.get(face);
    if (cached) return cached;
    this.dir ??= this.locateDir();
    const path = join(this.dir, face.file);
    let bytes: Uint8Array;
    try {
      bytes = this.read(path);
    } catch (error) {
      throw new FontFileError(path, error instanceof Error ? error.message : String(error));
    }
    const font = parseFont(bytes);
    if (!hasGlyfOutlines(font)) {
      throw new FontFileError(path, 'not a glyf TrueType font (CFF fonts break in pdf-lib)');
    }
    const entry: LoadedFace = { bytes, font, unitsPerEm: font.unitsPerEm };
    this.loaded.set(face, entry);
    return entry;
  }

  /** The face parsed by harfbuzz for subsetting, created on first use and kept for the store's life. */
  subsetter(face: FontFace): ResidentFace {
    let resident = this.resident.get(face);
    if (!resident) this.resident.set(face, (resident = ResidentFace.load(this.load(face).bytes)));
    return resident;
  }

  /** Faces read so far (for tests and diagnostics). */
  loadedFaces(): readonly FontFace[] {
    return [...this.loaded.keys()];
  }
}

let processStore: FaceStore | undefined;

/** The process-wide store: the font directory is resolved and each file read on first use only. */
export function defaultFaceStore(): FaceStore {
  processStore ??= new FaceStore(() => resolveFontDir(defaultFontDirInputs()), (path) => readFileSync(path));
  return processStore;
}
