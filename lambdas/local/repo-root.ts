import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The repository (the nearest directory holding package.json and samples/) at or above `from`, or null.
 * Code that reads the repository's files looks for it upwards because it runs from two places: its own
 * folder under tsx (`npm start`), and the launcher's bundle cached in node_modules/.cache/speech-press/
 * (bin/run.mjs), as the CLI and the tests start the runner.
 */
export function findRepoRoot(from: string, exists: (path: string) => boolean = existsSync): string | null {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (exists(join(dir, 'package.json')) && exists(join(dir, 'samples'))) return dir;
    if (dirname(dir) === dir) return null;
  }
}
