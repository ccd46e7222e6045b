import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** jieba's data (assets/jieba): its dictionary, its HMM, and the licence and provenance that travel with them. */
export const JIEBA_DATA_FILES = ['dict.txt', 'hmm.model', 'LICENSE', 'PROVENANCE.md'] as const;

/** No directory holding jieba's dictionary could be found; titles cannot be broken by meaning without it. */
export class JiebaDataNotFoundError extends Error {
  override readonly name = 'JiebaDataNotFoundError';
  constructor(readonly tried: readonly string[]) {
    super(`jieba's dictionary (dict.txt) not found. Tried: ${tried.join(', ')}. Ship assets/jieba.`);
  }
}

/**
 * Where jieba's data is: `<codeDir>/jieba` (a bundle carries assets/jieba there, as it carries the fonts), or
 * the nearest `assets/jieba` above `codeDir` (the repository, and the CLI's bundle cached inside it).
 */
export function jiebaDataDir(codeDir: string = __dirname, exists: (path: string) => boolean = existsSync): string {
  const tried: string[] = [];
  const bundled = join(codeDir, 'jieba');
  tried.push(bundled);
  if (exists(join(bundled, 'dict.txt'))) return bundled;
  for (let dir = resolve(codeDir); ; dir = dirname(dir)) {
    const candidate = join(dir, 'assets', 'jieba');
    tried.push(candidate);
    if (exists(join(candidate, 'dict.txt'))) return candidate;
    if (dirname(dir) === dir) break;
  }
  throw new JiebaDataNotFoundError(tried);
}
