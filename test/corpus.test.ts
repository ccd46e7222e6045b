import { describe, expect, it } from 'vitest';
import { parseSpeech } from '../lambdas/pipeline';
import { HAN_GLOBAL_RE } from '../lambdas/pipeline/text/characters';
import { normalizePunctuation } from '../lambdas/pipeline/clean/punctuation';
import { documentText } from '../lambdas/pipeline/model';
import { outlineOf, leadInsOf } from '../lambdas/pipeline/manifest';
import { crossValidate, trainedParser } from '../scripts/clean-model/eval';
import { hasPages, loadPages } from '../scripts/clean-model/pages';
import { summarize } from '../scripts/clean-model/score';
import { corpusEntries, hasCorpus } from './support/shared';

interface GoldHeading { level: number; text: string; text_nfkc?: string }

const norm = (text: string): string => normalizePunctuation(text.normalize('NFKC'));

function hanMultiset(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const ch of text.match(HAN_GLOBAL_RE) ?? []) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

function occurrences(haystack: string, needle: string): number {
  return needle === '' ? 0 : haystack.split(needle).length - 1;
}

describe.skipIf(!hasCorpus)('shared corpus: real transcripts against their gold outlines', () => {
  for (const entry of corpusEntries()) {
    describe(entry.name, () => {
      const gold = entry.expected as {
        title: string;
        headings?: GoldHeading[];
        lead_ins?: { text: string }[];
        noise_line_numbers?: number[];
        noise_fragments?: string[];
      };
      const parsed = parseSpeech(entry.bytes, { sourceName: `${entry.name}.txt` });
      const cleanText = documentText(parsed.document);
      const decodedLines = parsed.decoded.text.split('\n');

      it('finds the title', () => {
        expect(parsed.document.title).toBe(norm(gold.title));
      });

      it('finds every heading with its level, in order', () => {
        const expected = (gold.headings ?? []).map((h) => ({ level: h.level, text: norm(h.text_nfkc ?? h.text) }));
        expect(outlineOf(parsed.document)).toEqual(expected);
      });

      // Gold files list lead-ins only for transcripts that have them.
      if (gold.lead_ins) {
        const expected = gold.lead_ins.map((l) => norm(l.text));
        it('finds every lead-in sentence', () => {
          expect(leadInsOf(parsed.document)).toEqual(expected);
        });
      }

      it('removes every gold noise line', () => {
        const removed = new Set(parsed.cleaned.report.removed.map((r) => r.line));
        for (const line of gold.noise_line_numbers ?? []) expect(removed, `line ${line}: ${decodedLines[line - 1]}`).toContain(line);
      });

      it('flags nothing in these transcripts as suspected noise (every noise line is in the gold)', () => {
        expect(parsed.cleaned.report.suspected).toEqual([]);
      });

      it('removes every gold noise fragment', () => {
        for (const fragment of gold.noise_fragments ?? []) {
          const raw = fragment.trim();
          const left = occurrences(cleanText, raw) + (norm(raw) === raw ? 0 : occurrences(cleanText, norm(raw)));
          expect(left, fragment).toBeLessThan(occurrences(parsed.decoded.text, raw));
        }
      });

      it('loses no Han character of real content and adds none', () => {
        const noise = new Set(gold.noise_line_numbers ?? []);
        let content = decodedLines.filter((_, i) => !noise.has(i + 1)).join('\n');
        for (const fragment of gold.noise_fragments ?? []) content = content.replace(fragment, '');
        // The one removal the gold does not list: a compilation's own numbering (第1篇:) before a title.
        for (const f of parsed.cleaned.report.removedFragments.filter((r) => r.reason === 'compilation number')) {
          expect(f.text).toMatch(/^第\s*\d+\s*篇/);
          content = content.replace(f.text.trim(), '');
        }
        expect(hanMultiset(cleanText)).toEqual(hanMultiset(content));
      });
    });
  }
});

/**
 * Real pages from sites the classifier was not trained on (cross-validated by site, `npm run
 * eval:clean`): the pooled figures must not fall below what the committed design reaches. Floors sit
 * just under the measured figures (docs/cleaning.md: title 88/88, heading F1 1.000, noise lines .959,
 * characters .953, 10 content characters lost, all listed; lines .948 and characters .938 before step 27), so that one more title, a heading or a
 * few noise lines lost fails; raise them as the figures improve. (The title floor was 0.99 until step
 * 26 of docs/cleaning.md: with the own pages in the line classifier 163's headline lost to its
 * subtitle, a page already missed in two of three other fold splits.)
 */
const FLOORS = {
  titleAccuracy: 0.98,
  headingF1: 0.995,
  noiseLineRecall: 0.955,
  noiseCharRecall: 0.95,
  maxContentCharsLost: 10,
  maxContentLostShare: 0.0001,
} as const;

describe.skipIf(!hasPages('corpus-train'))('corpus-train: cross-validated by site', () => {
  it('keeps the pooled figures at or above their floors, and lists every lost character', () => {
    const pages = [...loadPages('corpus'), ...loadPages('corpus-train')];
    const results = crossValidate(pages, trainedParser);
    const train = summarize(results.flatMap((r) => r.scores).filter((s) => pages.find((p) => p.name === s.name)?.folder === 'corpus-train'));
    expect(train.titleAccuracy).toBeGreaterThanOrEqual(FLOORS.titleAccuracy);
    expect(train.headingF1).toBeGreaterThanOrEqual(FLOORS.headingF1);
    expect(train.noiseLineRecall).toBeGreaterThanOrEqual(FLOORS.noiseLineRecall);
    expect(train.noiseCharRecall).toBeGreaterThanOrEqual(FLOORS.noiseCharRecall);
    expect(train.contentCharsLost).toBeLessThanOrEqual(FLOORS.maxContentCharsLost);
    expect(train.contentLostShare).toBeLessThanOrEqual(FLOORS.maxContentLostShare);
    expect(train.contentCharsUnlisted).toBe(0);
    // Five folds, each refitting the line classifier and the title weights (with their inner
    // cross-validation): about 15 s of CPU alone, several times that on a loaded machine.
  }, 300_000);
});
if (!hasPages('corpus-train')) console.warn('[speech-press] ../shared/corpus-train not found: the cross-validated floors are SKIPPED');
