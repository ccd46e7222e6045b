import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipParts } from '../../../../lambdas/pipeline/render/docx/zip';

/** Deterministic bytes: repetitive XML-like text with some noise, so deflate has matches to find. */
function partBytes(seed: number, length: number): Uint8Array {
  let state = seed >>> 0 || 1;
  const words = ['<w:r>', '<w:t>', '讲话', '</w:t>', '</w:r>', ' xml:space="preserve"', '同志们', '\n'];
  let text = '';
  while (text.length < length) {
    state = (state * 1103515245 + 12345) >>> 0;
    text += state % 7 === 0 ? String.fromCharCode(0x20 + (state % 90)) : words[state % words.length];
  }
  return strToU8(text.slice(0, length));
}

const MTIME = new Date(2000, 0, 1);

function expectSameAsFflate(files: Map<string, Uint8Array>): void {
  const ours = zipParts(files, 6, MTIME);
  const theirs = zipSync(Object.fromEntries(files), { level: 6, mtime: MTIME });
  expect(Buffer.from(ours).equals(Buffer.from(theirs))).toBe(true);
}

describe('zipParts: the DOCX zip, byte for byte what fflate’s zipSync writes', () => {
  it('writes the same bytes for a package of parts, empty and non-ASCII names included', () => {
    expectSameAsFflate(
      new Map([
        ['[Content_Types].xml', partBytes(1, 2300)],
        ['word/document.xml', partBytes(2, 60_000)],
        ['word/empty.xml', new Uint8Array(0)],
        ['word/媒体/名字.xml', partBytes(3, 500)],
        ['docProps/core.xml', partBytes(4, 700)],
      ]),
    );
  });

  it('writes the same bytes when parts repeat from one document to the next (their deflated form is kept)', () => {
    const shared = partBytes(5, 12_000);
    for (let doc = 0; doc < 6; doc += 1) {
      // Two profiles' styles alternate; the body changes every time; one part is larger than what is kept.
      expectSameAsFflate(
        new Map([
          ['word/styles.xml', doc % 2 === 0 ? shared : partBytes(6, 12_000)],
          ['word/document.xml', partBytes(100 + doc, 8_000)],
          ['word/big.xml', partBytes(7, 300_000)],
        ]),
      );
    }
  });

  it('is not fooled by a kept part’s buffer changing afterwards', () => {
    const part = partBytes(8, 4_000);
    zipParts(new Map([['word/theme/theme1.xml', part]]), 6, MTIME);
    part[100] = part[100]! ^ 0xff;
    expectSameAsFflate(new Map([['word/theme/theme1.xml', part]]));
    const unzipped = unzipSync(zipParts(new Map([['word/theme/theme1.xml', part]]), 6, MTIME));
    expect(Buffer.from(unzipped['word/theme/theme1.xml']!).equals(Buffer.from(part))).toBe(true);
  });
});
