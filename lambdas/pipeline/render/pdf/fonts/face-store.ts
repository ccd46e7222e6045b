import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Font } from '@pdf-lib/fontkit';
import { FontFileError } from './errors';
import type { FontFace } from './faces';
import { defaultFontDirInputs, resolveFontDir } from './font-dir';
import { fontkit } from './fontkit-fix';

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
    const font = fontkit.create(asFontkitInput(bytes));
    if (!(font as unknown as { directory?: { tables?: Record<string, unknown> } }).directory?.tables?.['glyf']) {
      throw new FontFileError(path, 'not a glyf TrueType font (CFF fonts break in pdf-lib)');
    }
    const entry: LoadedFace = { bytes, font, unitsPerEm: font.unitsPerEm };
    this.loaded.set(face, entry);
    return entry;
  }

  /** Faces read so far (for tests and diagnostics). */
  loadedFaces(): readonly FontFace[] {
    return [...this.loaded.keys()];
  }
}

/**
 * What to hand fontkit.create so it parses `bytes` in place. Given a Uint8Array, @pdf-lib/fontkit's
 * bundled Buffer polyfill copies it element by element in a JS loop (about 450 ms for the 75 MB of
 * faces); given an ArrayBuffer it takes a view. fontkit is typed for Uint8Array only, hence the cast.
 * A Uint8Array that is a window on a larger buffer (a pooled small read) is copied once, natively.
 */
export function asFontkitInput(bytes: Uint8Array): Uint8Array {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer : bytes.slice().buffer;
  return whole as unknown as Uint8Array;
}

let processStore: FaceStore | undefined;

/** The process-wide store: the font directory is resolved and each file read on first use only. */
export function defaultFaceStore(): FaceStore {
  processStore ??= new FaceStore(() => resolveFontDir(defaultFontDirInputs()), (path) => readFileSync(path));
  return processStore;
}
