import { lstatSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Makes sure `--out` is a folder, creating the missing ones one level at a time; returns why it cannot be
 * (for a usage error), or null. Not `mkdirSync(…, { recursive: true })`: on an existing file it throws a
 * bare EEXIST, and under /proc (where mkdir answers ENOENT for a parent that exists) Node's recursive
 * mkdir retries the parent for ever at 100 % CPU.
 */
export function outputFolderProblem(outDir: string): string | null {
  const missing: string[] = [];
  let folder = resolve(outDir);
  for (;;) {
    const kind = kindOf(folder);
    if (kind === 'folder') break;
    if (kind === 'missing') {
      const parent = dirname(folder);
      if (parent === folder) return `--out ${outDir}: no such folder, and its root cannot be created`;
      missing.unshift(folder);
      folder = parent;
      continue;
    }
    const what = kind === 'dangling-link' ? 'is a symbolic link to nothing' : 'is a file, not a folder';
    return `--out ${outDir}: ${folder === resolve(outDir) ? 'it' : folder} ${what}; give a folder`;
  }
  for (const path of missing) {
    try {
      mkdirSync(path);
    } catch (error) {
      return `--out ${outDir}: cannot create the folder ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`;
    }
  }
  return null;
}

function kindOf(path: string): 'folder' | 'other' | 'dangling-link' | 'missing' {
  try {
    return statSync(path).isDirectory() ? 'folder' : 'other';
  } catch {
    try {
      lstatSync(path);
      return 'dangling-link';
    } catch {
      return 'missing';
    }
  }
}
