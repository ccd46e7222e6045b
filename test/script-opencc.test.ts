/**
 * Acceptance: the Traditional edition (and the Simplified edition of Traditional input) agrees with
 * the reference C++ OpenCC on 100% of characters, quotes aside, for tw, hk and t, on every corpus
 * text and sample. Needs the `opencc` binary (Debian package `opencc`); skips visibly without it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  COMPARED_VARIANTS,
  compareWithOpencc,
  comparisonSources,
  hasOpenccBinary,
  sourceDocument,
} from '../scripts/compare-opencc';

const hasOpencc = hasOpenccBinary();
if (!hasOpencc) {
  console.warn('[speech-press] `opencc` binary not found (apt-get install opencc): OpenCC agreement tests are SKIPPED');
}
const sources = comparisonSources();
if (hasOpencc && sources.length === 0) {
  console.warn('[speech-press] no corpus texts or samples found: OpenCC agreement on real texts is SKIPPED');
}

describe.skipIf(!hasOpencc)('agreement with C++ OpenCC', () => {
  it.skipIf(sources.length === 0).each(sources)('$name: 100% of characters for tw, hk and t', ({ name, path }) => {
    const doc = sourceDocument(readFileSync(path), name);
    for (const variant of COMPARED_VARIANTS) {
      const result = compareWithOpencc(name, doc, variant);
      expect(result.characters, `${result.config} on ${name}`).toBeGreaterThan(0);
      expect(result.differences.filter((d) => d.reason === undefined), `${result.config} on ${name}`).toEqual([]);
    }
  });

  it('explains a deliberate difference by the protected-terms dictionary', () => {
    const doc = sourceDocument(new TextEncoder().encode('吉林乾安縣以外，吉林乾安的發展成績，在這裡說明。\n'));
    expect(doc.script).toBe('Hant');
    const result = compareWithOpencc('inline', doc, 'tw');
    // Debian's OpenCC 1.1.6 writes 干安 even before 縣 (opencc-js 1.4.2 has the 乾安縣 phrase).
    expect(result.differences.map((d) => [d.offset, d.ours, d.reference, d.reason !== undefined])).toEqual([
      [2, '乾', '干', true],
      [10, '乾', '干', true],
    ]);
  });
});
