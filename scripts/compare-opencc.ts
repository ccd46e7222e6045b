/**
 * Agreement of our Traditional/Simplified editions with the reference C++ OpenCC (`opencc` binary,
 * Debian package `opencc`): for every corpus text and every samples/*.txt, and for each variant,
 * the edition's cleaned text (quotes left alone) is compared character by character with
 * `opencc -c <config>.json` run on the source's cleaned text.
 *
 *   npx tsx scripts/compare-opencc.ts            # table of agreement per text and variant
 *   npx tsx scripts/compare-opencc.ts --json     # the same as JSON
 *   npx tsx scripts/compare-opencc.ts --timing   # cold cost: opencc-js's converter vs ours, bundled as for Lambda
 * Exits 1 when a difference is not explained by the protected-terms dictionary.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
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

// ---- cold-start timing ---------------------------------------------------------------------

/**
 * Each converter is bundled with esbuild (as the Lambda is) and run in a fresh Node process, so
 * module evaluation, dictionary indexing and the first conversion are all cold. `converter` is an
 * expression building the s2tw converter from `lib`.
 */
const TIMED_ENTRIES = {
  'opencc-js Converter (before)': {
    imports: "import * as lib from 'opencc-js';",
    converter: "lib.Converter({ from: 'cn', to: 'tw' })",
  },
  'speech-press openccConverter (after)': {
    imports: `import * as lib from ${JSON.stringify(join(repoRoot, 'lambdas/pipeline/script/opencc-chain'))};`,
    converter: "lib.openccConverter('to-traditional', 'tw')",
  },
} as const;

interface ColdTiming {
  readonly startupMs: number;
  readonly buildMs: number;
  readonly firstConversionMs: number;
  readonly warmConversionMs: number;
  readonly rssMb: number;
}

function timeCold(entry: { imports: string; converter: string }, textPath: string, dir: string): ColdTiming {
  const source = `${entry.imports}
import { readFileSync } from 'node:fs';
const startup = performance.now();
const text = readFileSync(${JSON.stringify(textPath)}, 'utf8');
const t0 = performance.now();
const convert = ${entry.converter};
const t1 = performance.now();
convert(text);
const t2 = performance.now();
for (let i = 0; i < 5; i++) convert(text);
const t3 = performance.now();
console.log(JSON.stringify({ startupMs: startup, buildMs: t1 - t0, firstConversionMs: t2 - t1,
  warmConversionMs: (t3 - t2) / 5, rssMb: process.memoryUsage().rss / 1e6 }));
`;
  const bundlePath = join(dir, 'bundle.cjs');
  buildSync({
    stdin: { contents: source, resolveDir: repoRoot, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: bundlePath,
    logLevel: 'error',
  });
  return JSON.parse(execFileSync(process.execPath, [bundlePath]).toString('utf8')) as ColdTiming;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function printTimings(runs: number): void {
  const seed = join(repoRoot, '..', 'shared', 'corpus', 'raw', '00_seed.txt');
  if (!existsSync(seed)) throw new Error(`timing needs the seed transcript at ${seed}`);
  const dir = mkdtempSync(join(tmpdir(), 'speech-press-opencc-'));
  try {
    console.log(`s2tw on 00_seed.txt (${[...readFileSync(seed, 'utf8')].length} chars), median of ${runs} fresh processes:`);
    for (const [label, entry] of Object.entries(TIMED_ENTRIES)) {
      const samples = Array.from({ length: runs }, () => timeCold(entry, seed, dir));
      const m = (key: keyof ColdTiming): string => median(samples.map((s) => s[key])).toFixed(1);
      console.log(
        `  ${label.padEnd(38)} startup ${m('startupMs')} ms, build ${m('buildMs')} ms, first conversion ${m('firstConversionMs')} ms, ` +
          `warm conversion ${m('warmConversionMs')} ms, RSS ${m('rssMb')} MB`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---- command line --------------------------------------------------------------------------

function main(): void {
  if (process.argv.includes('--timing')) return printTimings(5);
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
