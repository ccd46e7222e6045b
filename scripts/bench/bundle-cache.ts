/**
 * The Lambda asset (cdk synth with real esbuild bundling, ~20 s) built once and kept under
 * node_modules/.cache — git-ignored, and gone after `npm ci`, so a fresh clone always builds its own.
 * The cache key hashes everything the bundle is made from; any edit rebuilds it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const BUNDLE_INPUTS = ['lambdas', 'lib', 'bin/fontkit-lazy-brotli.mjs', 'assets/fonts', 'cdk.json', 'package-lock.json', 'scripts/run-bundled.ts'];

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((e) => filesUnder(join(path, e.name)));
}

export function bundleInputsHash(repoRoot: string): string {
  const hash = createHash('sha256');
  for (const file of BUNDLE_INPUTS.flatMap((p) => filesUnder(join(repoRoot, p)))) {
    hash.update(relative(repoRoot, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

export interface CachedBundle {
  readonly assetDir: string;
  /** Null when the cached asset was reused. */
  readonly synthMs: number | null;
}

export async function cachedBundleAsset(repoRoot: string): Promise<CachedBundle> {
  const cacheRoot = join(repoRoot, 'node_modules', '.cache', 'speech-press-bench');
  const key = bundleInputsHash(repoRoot);
  const outdir = join(cacheRoot, `bundle-${key}`);
  const marker = join(outdir, 'bench-asset.json');
  if (existsSync(marker)) {
    const { assetDir } = JSON.parse(readFileSync(marker, 'utf8')) as { assetDir: string };
    if (existsSync(join(assetDir, 'index.js'))) return { assetDir, synthMs: null };
  }
  mkdirSync(cacheRoot, { recursive: true });
  for (const old of readdirSync(cacheRoot)) if (old.startsWith('bundle-')) rmSync(join(cacheRoot, old), { recursive: true, force: true });
  // Loaded only when building: aws-cdk-lib alone takes seconds to import.
  const { synthBundledAsset } = await import('../run-bundled');
  const started = performance.now();
  const assetDir = synthBundledAsset(outdir);
  const synthMs = performance.now() - started;
  writeFileSync(marker, JSON.stringify({ assetDir }) + '\n');
  return { assetDir, synthMs };
}
