import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { FontDirectoryNotFoundError } from './errors';
import { COVERAGE_FILE } from './faces';

/**
 * Files that mark a directory as the font directory: the full body face (the repository), or the cut
 * faces' coverage list (a bundle that carries cut faces only).
 */
export const FONT_DIR_MARKERS = ['FandolFang-Regular.ttf', COVERAGE_FILE];

export interface FontDirInputs {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Directory of the running code (the bundle's directory in Lambda). */
  readonly codeDir: string;
  readonly isFontDir: (dir: string) => boolean;
}

/**
 * Where the font files are, in order:
 * 1. `SPEECH_PRESS_FONT_DIR` (used as given: a wrong value is an error, not silently skipped);
 * 2. `<codeDir>/fonts` — the Lambda bundle copies assets/fonts there;
 * 3. the nearest `assets/fonts` above `codeDir` — running from the repository.
 */
export function resolveFontDir(inputs: FontDirInputs): string {
  const fromEnv = inputs.env['SPEECH_PRESS_FONT_DIR'];
  if (fromEnv) {
    const dir = resolve(fromEnv);
    if (inputs.isFontDir(dir)) return dir;
    throw new FontDirectoryNotFoundError([`SPEECH_PRESS_FONT_DIR=${dir}`]);
  }
  const tried: string[] = [];
  const bundled = join(inputs.codeDir, 'fonts');
  tried.push(bundled);
  if (inputs.isFontDir(bundled)) return bundled;
  for (let dir = resolve(inputs.codeDir); ; dir = dirname(dir)) {
    const candidate = join(dir, 'assets', 'fonts');
    tried.push(candidate);
    if (inputs.isFontDir(candidate)) return candidate;
    if (dirname(dir) === dir) break;
  }
  throw new FontDirectoryNotFoundError(tried);
}

export function defaultFontDirInputs(): FontDirInputs {
  return {
    env: process.env,
    codeDir: __dirname,
    isFontDir: (dir) => FONT_DIR_MARKERS.some((marker) => existsSync(join(dir, marker))),
  };
}
