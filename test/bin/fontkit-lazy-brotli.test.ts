import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/shared';

/**
 * The launcher's bundle defers fontkit's brotli dictionary to its first use (bin/fontkit-lazy-brotli.mjs).
 * The patch must find its one line in the installed fontkit, and the patched file must load and parse a
 * face exactly as the original does; any other file is refused, never patched by guess.
 */

const require = createRequire(import.meta.url);
const fontkitPath = require.resolve('@pdf-lib/fontkit');
const face = readFileSync(join(repoRoot, 'assets', 'fonts', 'FandolFang-Regular.ttf'));

async function plugin() {
  return (await import(join(repoRoot, 'bin', 'fontkit-lazy-brotli.mjs'))) as {
    lazyBrotliDictionary: (source: string) => string;
    FontkitPatchError: new (message: string) => Error;
  };
}

/** fontkit's UMD file evaluated from `source` as a CommonJS module. */
function loadFontkit(source: string): { create: (bytes: Uint8Array) => { numGlyphs: number; glyphForCodePoint: (cp: number) => { id: number; advanceWidth: number } } } {
  const module = { exports: {} as Record<string, unknown> };
  runInThisContext(`(function (exports, require, module) {${source}\n})`, { filename: fontkitPath })(module.exports, require, module);
  return module.exports as never;
}

describe('fontkit with its brotli dictionary made on first use', () => {
  it('finds the load-time call once in the installed fontkit, and parses a face as the original does', async () => {
    const { lazyBrotliDictionary } = await plugin();
    const original = readFileSync(fontkitPath, 'utf8');
    const patched = lazyBrotliDictionary(original);
    expect(patched).not.toBe(original);
    const before = loadFontkit(original).create(face);
    const after = loadFontkit(patched).create(face);
    expect(after.numGlyphs).toBe(before.numGlyphs);
    for (const ch of '中华人民共和国讲话，。“”') {
      const cp = ch.codePointAt(0)!;
      expect([after.glyphForCodePoint(cp).id, after.glyphForCodePoint(cp).advanceWidth]).toEqual([before.glyphForCodePoint(cp).id, before.glyphForCodePoint(cp).advanceWidth]);
    }
  });

  it('refuses a file without the call, or with it twice', async () => {
    const { lazyBrotliDictionary, FontkitPatchError } = await plugin();
    expect(() => lazyBrotliDictionary('var x = 1;\n')).toThrow(FontkitPatchError);
    const twice = '\tdictionary.init(BrotliDecompressBuffer);\n'.repeat(2);
    expect(() => lazyBrotliDictionary(twice)).toThrow(/found it 2 times/);
  });
});
