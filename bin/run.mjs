#!/usr/bin/env node
/**
 * Starts a TypeScript entry point from an esbuild bundle cached under node_modules/.cache, rebuilt
 * whenever a source file changes, and from V8's code cache for that bundle. Compiling ~100 modules with
 * tsx on every start costs over a second; a bundle starts in a fraction of that, and the code cache
 * saves compiling the bundle's functions again on every start (docs/performance.md).
 *
 * Usage: node bin/run.mjs <entry.ts> [args…]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runBundle } from './run-bundle.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [entryArg, ...args] = process.argv.slice(2);
if (!entryArg) {
  process.stderr.write('usage: node bin/run.mjs <entry.ts> [args…]\n');
  process.exit(2);
}
const entry = resolve(root, entryArg);

/** Every source the bundle is built from; their sizes and times decide whether the cached bundle is current. */
function sourceStamp() {
  const hash = createHash('sha256');
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      const stat = statSync(path);
      if (stat.isDirectory()) walk(path);
      else if (/\.(ts|mjs|json)$/.test(name)) hash.update(`${relative(root, path)}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  for (const dir of ['bin', 'lambdas']) walk(join(root, dir));
  for (const file of ['package.json', 'package-lock.json']) hash.update(`${file}:${statSync(join(root, file)).mtimeMs}\n`);
  hash.update(entry);
  return hash.digest('hex').slice(0, 16);
}

const cacheDir = join(root, 'node_modules', '.cache', 'speech-press');
const bundle = join(cacheDir, `${relative(root, entry).replace(/[\\/.]/g, '_')}-${sourceStamp()}.cjs`);
if (!existsSync(bundle)) {
  const { build } = await import('esbuild');
  const { fontkitLazyBrotli } = await import('./fontkit-lazy-brotli.mjs');
  // Build into a private directory under the final name and rename into place, so a concurrent start never
  // loads half a file and the source map comment names the right file.
  const staging = join(cacheDir, `staging-${process.pid}`);
  mkdirSync(staging, { recursive: true });
  const built = join(staging, basename(bundle));
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile: built,
    // A separate map (`node --enable-source-maps` reads it): inline, it tripled the file every start reads.
    sourcemap: 'linked',
    logLevel: 'error',
    // The font subsetter finds harfbuzz's wasm with require.resolve at run time, and esbuild (the local web
    // page's build, bin/local.ts) its binary beside its own code: leave both to node_modules.
    external: ['harfbuzzjs', 'esbuild'],
    plugins: [fontkitLazyBrotli],
  });
  renameSync(`${built}.map`, `${bundle}.map`);
  renameSync(built, bundle);
  rmSync(staging, { recursive: true, force: true });
  // Earlier builds of this entry (and their maps and code caches) are stale now.
  const prefix = basename(bundle).replace(/-[0-9a-f]{16}\.cjs$/, '-');
  for (const name of readdirSync(cacheDir)) {
    if (name.startsWith(prefix) && !name.startsWith(basename(bundle))) rmSync(join(cacheDir, name), { force: true });
  }
}

// Threads the program starts (its edition thread) load the bundle the same way, through bin/run-bundle.mjs.
process.env.SPEECH_PRESS_BUNDLE_RUNNER = fileURLToPath(new URL('./run-bundle.mjs', import.meta.url));
runBundle(bundle, args);
