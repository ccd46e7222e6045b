/**
 * Agreement of our Traditional/Simplified editions with the reference C++ OpenCC (`opencc` binary,
 * Debian package `opencc`): for every corpus text and every samples/*.txt, and for each variant,
 * the edition's cleaned text (quotes left alone) is compared character by character with
 * `opencc -c <config>.json` run on the source's cleaned text.
 *
 *   npx tsx scripts/compare-opencc.ts            # table of agreement per text and variant
 *   npx tsx scripts/compare-opencc.ts --json     # the same as JSON
 * Exits 1 when a difference is not explained by the protected-terms dictionary.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseSpeech } from '../lambdas/pipeline';
import { documentText, type Script, type SpeechDocument } from '../lambdas/pipeline/model';
import { PROTECTED_TERMS, convertDocumentScript, openccConfigName, type ScriptVariant } from '../lambdas/pipeline/script';

export const COMPARED_VARIANTS: readonly ScriptVariant[] = ['tw', 'hk', 't'];

export interface Difference {
  /** Code-point offset in the cleaned text. */
  readonly offset: number;
  readonly ours: string;
  readonly reference: string;
  readonly context: string;
  /** Why we differ on purpose, or undefined when unexplained. */
  readonly reason?: string;
}

export interface Comparison {
  readonly name: string;
  readonly variant: ScriptVariant;
  readonly config: string;
  readonly characters: number;
  readonly differences: readonly Difference[];
}

/** True when the `opencc` command runs. */
export function hasOpenccBinary(): boolean {
  return spawnSync('opencc', ['--help'], { stdio: 'ignore' }).error === undefined;
}

function referenceConvert(text: string, config: string): string {
  return execFileSync('opencc', ['-c', `${config}.json`], { input: text, maxBuffer: 64 * 1024 * 1024 }).toString('utf8');
}

export function compareWithOpencc(name: string, source: SpeechDocument, variant: ScriptVariant): Comparison {
  const direction = source.script === 'Hans' ? 'to-traditional' : 'to-simplified';
  const config = openccConfigName(direction, variant);
  const sourceText = [...documentText(source)];
  const ours = [...documentText(convertDocumentScript(source, { variant, quotes: false }))];
  const reference = [...referenceConvert(sourceText.join(''), config)];
  const protectedOffsets = protectedTermOffsets(sourceText.join(''), source.script);
  const differences: Difference[] = [];
  for (let i = 0; i < Math.max(ours.length, reference.length); i++) {
    if (ours[i] === reference[i]) continue;
    differences.push({
      offset: i,
      ours: ours[i] ?? '(end)',
      reference: reference[i] ?? '(end)',
      context: sourceText.slice(Math.max(0, i - 6), i + 6).join(''),
      ...(protectedOffsets.has(i) ? { reason: 'protected term (docs/traditional.md)' } : {}),
    });
    // A length mismatch misaligns everything after it; one entry says enough.
    if (ours.length !== reference.length) break;
  }
  return { name, variant, config, characters: reference.length, differences };
}

/** Code-point offsets covered by a protected term written in `script`. */
function protectedTermOffsets(text: string, script: Script): Set<number> {
  const offsets = new Set<number>();
  for (const term of PROTECTED_TERMS) {
    const form = [...(script === 'Hans' ? term.simplified : term.traditional)];
    const chars = [...text];
    for (let i = 0; i + form.length <= chars.length; i++) {
      if (form.every((c, k) => chars[i + k] === c)) for (let k = 0; k < form.length; k++) offsets.add(i + k);
    }
  }
  return offsets;
}

// ---- sources -------------------------------------------------------------------------------

const repoRoot = resolve(__dirname, '..');

/** Every ../shared/corpus/raw text and every samples/*.txt that exists. */
export function comparisonSources(): { name: string; path: string }[] {
  const dirs = [join(repoRoot, '..', 'shared', 'corpus', 'raw'), join(repoRoot, 'samples')];
  return dirs
    .filter((dir) => existsSync(dir))
    .flatMap((dir) =>
      readdirSync(dir)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => ({ name: `${basename(dir)}/${f}`, path: join(dir, f) })),
    );
}

/** The source document of a transcript: what every edition is made from (cleaned and structured). */
export function sourceDocument(bytes: Uint8Array, sourceName?: string): SpeechDocument {
  return parseSpeech(bytes, sourceName === undefined ? {} : { sourceName }).document;
}

// ---- command line --------------------------------------------------------------------------

function main(): void {
  if (!hasOpenccBinary()) {
    console.error('opencc not found: install the Debian package `opencc` (apt-get install -y opencc)');
    process.exit(2);
  }
  const results = comparisonSources().flatMap(({ name, path }) => {
    const doc = sourceDocument(readFileSync(path), name);
    return COMPARED_VARIANTS.map((variant) => compareWithOpencc(name, doc, variant));
  });
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(results, null, 2));
  } else {
    for (const r of results) {
      const agree = r.characters === 0 ? 100 : (100 * (r.characters - r.differences.length)) / r.characters;
      console.log(`${r.name.padEnd(44)} ${r.config.padEnd(5)} ${String(r.characters).padStart(7)} chars  ${agree.toFixed(3)}%`);
      for (const d of r.differences) console.log(`    @${d.offset} ours ${d.ours} opencc ${d.reference}  …${d.context}…  ${d.reason ?? 'UNEXPLAINED'}`);
    }
    const total = results.reduce((n, r) => n + r.characters, 0);
    const differing = results.reduce((n, r) => n + r.differences.length, 0);
    console.log(`total: ${results.length} comparisons, ${total} characters, ${differing} differing`);
  }
  if (results.some((r) => r.differences.some((d) => d.reason === undefined))) process.exit(1);
}

if (require.main === module) main();
