import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as fontkitModule from '@pdf-lib/fontkit';
import { describe, expect, it } from 'vitest';
import { ResidentFace } from '../../../../../lambdas/pipeline/render/pdf/adapters/harfbuzz-subset';
import { hasGlyfOutlines, inPlace, parseFont, pdfLibFontkit } from '../../../../../lambdas/pipeline/render/pdf/adapters/fontkit';
import { repoRoot } from '../../../../support/shared';

/** What the adapter relies on in @pdf-lib/fontkit, checked on a real face (FandolFang, 7.5 MB). */

const fontkit = (fontkitModule as unknown as { default?: typeof fontkitModule }).default ?? fontkitModule;
const fandol = readFileSync(join(repoRoot, 'assets', 'fonts', 'FandolFang-Regular.ttf'));
const whole = (bytes: Uint8Array) => new Uint8Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));

describe('fontkit parses a face in place', () => {
  it('reads the file’s own buffer (no copy of the face) and measures exactly as fontkit given a copy', () => {
    const bytes = whole(fandol);
    const font = parseFont(bytes);
    expect((font as unknown as { stream: { buffer: { buffer: ArrayBuffer } } }).stream.buffer.buffer).toBe(bytes.buffer);
    const copied = fontkit.create(Buffer.from(fandol));
    expect(font.numGlyphs).toBe(copied.numGlyphs);
    for (const char of '同志们，今天2024年GB/T') {
      const cp = char.codePointAt(0)!;
      expect(font.glyphForCodePoint(cp).advanceWidth, char).toBe(copied.glyphForCodePoint(cp).advanceWidth);
      expect(font.glyphForCodePoint(cp).path.toSVG(), char).toBe(copied.glyphForCodePoint(cp).path.toSVG());
    }
  });

  it('a window on a larger buffer is copied once and parses the same', () => {
    const padded = new Uint8Array(fandol.length + 5);
    padded.set(fandol, 2);
    const window = padded.subarray(2, 2 + fandol.length);
    expect(inPlace(window)).not.toBe(padded.buffer);
    expect(parseFont(window).unitsPerEm).toBe(parseFont(whole(fandol)).unitsPerEm);
  });

  it('tells glyf TrueType from a font without glyf outlines', () => {
    expect(hasGlyfOutlines(parseFont(whole(fandol)))).toBe(true);
    const noGlyf = ResidentFace.load(fandol).subset([0x4e00], ['glyf', 'loca']);
    expect(hasGlyfOutlines(parseFont(noGlyf))).toBe(false);
  });

  it('the fontkit given to pdf-lib parses its argument in place as well', () => {
    const bytes = whole(fandol);
    const font = pdfLibFontkit.create(bytes);
    expect((font as unknown as { stream: { buffer: { buffer: ArrayBuffer } } }).stream.buffer.buffer).toBe(bytes.buffer);
  });
});

describe('advance widths come from hmtx alone', () => {
  /** fontkit's own answer (a font parsed without the adapter), glyph by glyph. */
  const fontkitAdvances = (bytes: Uint8Array, ids: readonly number[]): number[] => {
    const plain = fontkit.create(Buffer.from(bytes));
    return ids.map((id) => plain.getGlyph(id).advanceWidth);
  };

  it('equal fontkit’s for every glyph of the cut faces that set the body, titles and headings', () => {
    for (const file of ['FandolFang-Regular.ttf', 'NotoSerifSC-Bold.ttf', 'NotoSansTC-Regular.ttf', 'LXGWWenKai-Regular.ttf']) {
      const bytes = whole(readFileSync(join(repoRoot, 'assets', 'fonts', 'cut', file)));
      const font = parseFont(bytes);
      // Every glyph of the first thousand (marks, Latin, digits), then every 7th (Han), and the last.
      const ids = [...Array(font.numGlyphs).keys()].filter((id) => id < 1000 || id % 7 === 0 || id === font.numGlyphs - 1);
      expect(ids.map((id) => font.getGlyph(id).advanceWidth), file).toEqual(fontkitAdvances(bytes, ids));
    }
  });

  it('equal fontkit’s for every glyph of a subset pdf-lib embeds, and by code point', () => {
    const text = '同志们，今天2024年GB/T 9704—2012（一）“讲话”……';
    const codePoints = [...text].map((char) => char.codePointAt(0)!);
    const subset = ResidentFace.load(fandol).subset(codePoints, ['GSUB', 'GPOS', 'vhea', 'vmtx']);
    const font = pdfLibFontkit.create(whole(subset));
    const ids = [...Array(font.numGlyphs).keys()];
    expect(ids.map((id) => font.getGlyph(id).advanceWidth)).toEqual(fontkitAdvances(subset, ids));
    const plain = fontkit.create(Buffer.from(subset));
    for (const cp of codePoints) expect(font.glyphForCodePoint(cp).advanceWidth).toBe(plain.glyphForCodePoint(cp).advanceWidth);
  });
});
