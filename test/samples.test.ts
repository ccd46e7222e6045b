import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../lambdas/pipeline';
import { HAN_GLOBAL_RE } from '../lambdas/pipeline/text/characters';
import { leadInsOf, outlineOf } from '../lambdas/pipeline/manifest';
import { documentText } from '../lambdas/pipeline/model';
import { repoRoot, sampleFiles } from './support/shared';

interface SampleGold {
  encoding: string;
  script: string;
  title: string;
  meta: Record<string, string>;
  salutation: string | null;
  headings: { level: number; text: string }[];
  leadIns: string[];
  noiseLines: number[];
  noiseFragments: string[];
  placeholders: string[];
}

describe('samples/: our own transcripts against their expected outlines', () => {
  const files = sampleFiles();
  it('has at least three samples, each with an expected outline', () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  for (const file of files) {
    const name = basename(file, '.txt');
    const gold = JSON.parse(readFileSync(join(repoRoot, 'samples', 'expected', `${name}.json`), 'utf8')) as SampleGold;
    describe(name, () => {
      const parsed = parseSpeech(readFileSync(file));
      const doc = parsed.document;

      it('decodes with the right encoding and detects the script', () => {
        expect(parsed.decoded.encoding).toBe(gold.encoding);
        expect(doc.script).toBe(gold.script);
      });

      it('rebuilds title, meta lines and salutation', () => {
        expect(doc.title).toBe(gold.title);
        expect(doc.meta).toEqual(gold.meta);
        expect(doc.blocks.find((b) => b.kind === 'salutation')?.runs[0]?.text ?? null).toBe(gold.salutation);
      });

      it('rebuilds the heading outline and lead-ins', () => {
        expect(outlineOf(doc)).toEqual(gold.headings);
        expect(leadInsOf(doc)).toEqual(gold.leadIns);
      });

      it('removes exactly the noise lines and fragments', () => {
        expect(parsed.cleaned.report.removed.map((r) => r.line).sort((a, b) => a - b)).toEqual(gold.noiseLines);
        expect(parsed.cleaned.report.removedFragments.map((r) => r.text).sort()).toEqual([...gold.noiseFragments].sort());
      });

      it('keeps every Han character outside the removed noise', () => {
        const lines = parsed.decoded.text.split('\n');
        const noise = new Set(gold.noiseLines);
        let content = lines.filter((_, i) => !noise.has(i + 1)).join('\n').normalize('NFKC');
        for (const fragment of gold.noiseFragments) content = content.replace(fragment.normalize('NFKC').trim(), '');
        const han = (t: string) => (t.match(HAN_GLOBAL_RE) ?? []).sort().join('');
        expect(han(documentText(doc))).toBe(han(content));
      });

      it('warns about every placeholder left in the text', () => {
        const found = parsed.warnings.filter((w) => w.code === 'placeholder').flatMap((w) => w.samples ?? []);
        expect(found).toEqual(gold.placeholders);
      });
    });
  }
});
