import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Repository root (tests live in <root>/test/…). */
export const repoRoot = resolve(__dirname, '..', '..');

/** `../shared` beside the clone: present on CI and dev machines, absent on a user's fresh clone. */
export const sharedDir = resolve(repoRoot, '..', 'shared');
export const corpusDir = join(sharedDir, 'corpus');
export const hasCorpus = existsSync(join(corpusDir, 'raw'));

if (!hasCorpus) {
  // Visible on purpose: a skipped corpus must never look like a pass.
  console.warn(`[speech-press] ../shared/corpus not found at ${corpusDir}: corpus tests are SKIPPED`);
}

export interface CorpusEntry {
  readonly name: string;
  readonly rawPath: string;
  readonly bytes: Buffer;
  readonly expected: Record<string, unknown>;
}

/** Every corpus transcript with its gold outline; empty when ../shared is absent. */
export function corpusEntries(): CorpusEntry[] {
  if (!hasCorpus) return [];
  return readdirSync(join(corpusDir, 'raw'))
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const stem = f.replace(/\.txt$/, '');
      const rawPath = join(corpusDir, 'raw', f);
      return {
        name: stem,
        rawPath,
        bytes: readFileSync(rawPath),
        expected: JSON.parse(readFileSync(join(corpusDir, 'expected', `${stem}.json`), 'utf8')) as Record<string, unknown>,
      };
    });
}

/** The project's own transcripts in samples/. */
export function sampleFiles(): string[] {
  const dir = join(repoRoot, 'samples');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));
}
