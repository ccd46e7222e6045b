/**
 * Run before the converter's bundling (lib/handler-function.ts): writes @pdf-lib/fontkit's UMD file with its
 * brotli dictionary made on first use (bin/fontkit-lazy-brotli.mjs, the patch the CLI's bundle applies as an
 * esbuild plugin) to the path given, which the bundling aliases `@pdf-lib/fontkit` to. NodejsFunction runs
 * esbuild's command line, which takes no plugins; a patched copy outside node_modules/@pdf-lib is the way in.
 * The copy is made from the installed fontkit at every bundling, and refused (the synth fails) if the patch
 * does not apply.
 *
 *   node lib/lazy-brotli-fontkit.mjs <out.js>
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { lazyBrotliDictionary } from '../bin/fontkit-lazy-brotli.mjs';

const out = process.argv[2];
if (out === undefined) throw new Error('usage: node lib/lazy-brotli-fontkit.mjs <out.js>');
const source = createRequire(import.meta.url).resolve('@pdf-lib/fontkit');
mkdirSync(dirname(out), { recursive: true });
// Written beside and renamed into place: two synths at once (a test and a deploy) must never let esbuild read
// a half-written copy.
const partial = `${out}.${process.pid}.partial`;
writeFileSync(partial, lazyBrotliDictionary(readFileSync(source, 'utf8'), source));
renameSync(partial, out);
