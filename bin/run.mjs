#!/usr/bin/env node
/**
 * Starts a TypeScript entry point from an esbuild bundle cached under node_modules/.cache, rebuilt
 * whenever a source file changes. Compiling ~100 modules with tsx on every start costs over a second;
 * a bundle starts in a fraction of that, which is most of a short CLI run.
 *
 * Usage: node bin/run.mjs <entry.ts> [args…]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  const { buildSync } = await import('esbuild');
  mkdirSync(cacheDir, { recursive: true });
  // Build beside the target and rename into place, so a concurrent start never loads half a file.
  const partial = `${bundle}.${process.pid}.tmp`;
  buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile: partial,
    sourcemap: 'inline',
    logLevel: 'error',
    // The font subsetter finds harfbuzz's wasm with require.resolve at run time: leave it to node_modules.
    external: ['harfbuzzjs'],
  });
  renameSync(partial, bundle);
}
process.argv = [process.argv[0], bundle, ...args];
createRequire(import.meta.url)(bundle);
