/**
 * An esbuild plugin for the launcher's bundle: @pdf-lib/fontkit 1.1.1 (its UMD file, which bundles the
 * `brotli` decoder) decompresses brotli's 120 KB static dictionary when it is loaded — ~60 ms of CPU in
 * every new process and thread — although only a WOFF2 font needs it and we read none (our faces are
 * TrueType/OpenType, docs/fonts.md). The load-time call is replaced by a getter that makes the same
 * dictionary, with the same call, the first time the decoder reads it. Nothing else in the file changes;
 * should the call not be there exactly once (another fontkit), the build fails rather than bundle a guess.
 */
import { readFile } from 'node:fs/promises';

const EAGER = '\tdictionary.init(BrotliDecompressBuffer);\n';
const LAZY = `\tObject.defineProperty(dictionary, 'dictionary', {
\t  configurable: true,
\t  enumerable: true,
\t  get() { dictionary.init(BrotliDecompressBuffer); return dictionary.dictionary; },
\t  set(value) { Object.defineProperty(dictionary, 'dictionary', { value, writable: true, configurable: true, enumerable: true }); },
\t});
`;

export class FontkitPatchError extends Error {
  name = 'FontkitPatchError';
}

/** The file's source with the dictionary made on first use (throws if the eager call is not there once). */
export function lazyBrotliDictionary(source, path = 'fontkit.umd.js') {
  const parts = source.split(EAGER);
  if (parts.length !== 2) throw new FontkitPatchError(`${path}: expected the brotli dictionary's load-time init exactly once, found it ${parts.length - 1} times; update bin/fontkit-lazy-brotli.mjs for this fontkit`);
  return parts.join(LAZY);
}

export const fontkitLazyBrotli = {
  name: 'fontkit-lazy-brotli',
  setup(build) {
    build.onLoad({ filter: /[\\/]@pdf-lib[\\/]fontkit[\\/]dist[\\/]fontkit\.umd\.js$/ }, async (args) => ({
      contents: lazyBrotliDictionary(await readFile(args.path, 'utf8'), args.path),
      loader: 'js',
    }));
  },
};
