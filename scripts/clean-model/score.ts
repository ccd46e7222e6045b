/**
 * Scores the text core on one gold page and sums scores over pages: title right, headings (level +
 * text), gold noise lines and characters removed, content characters lost and whether each lost one
 * is listed in the manifest. Used by `npm run eval:clean`, the training script and the corpus tests.
 */
import { isInputRejected, type ParsedSpeech } from '../../lambdas/pipeline';
import { HAN_GLOBAL_RE } from '../../lambdas/pipeline/text/characters';
import { normalizePunctuation } from '../../lambdas/pipeline/clean/punctuation';
import { outlineOf } from '../../lambdas/pipeline/manifest';
import { documentText } from '../../lambdas/pipeline/model';
import type { GoldPage } from './pages';
import { scoreMeta, type MetaScore } from '../title-model/meta-score';

/** Gold text in the form the pipeline outputs (full-width punctuation, NFKC). */
export const normGold = (text: string): string => normalizePunctuation(text.normalize('NFKC'));

export interface PageScore {
  readonly name: string;
  readonly site: string;
  readonly titleRight: boolean;
  readonly title: { readonly got: string | null; readonly want: string | null };
  readonly headings: { readonly tp: number; readonly predicted: number; readonly gold: number };
  readonly noiseLines: { readonly removed: number; readonly gold: number; readonly missed: readonly number[] };
  readonly noiseChars: { readonly removed: number; readonly gold: number };
  /** Content lines (not gold noise) removed whole. */
  readonly contentLinesRemoved: readonly number[];
  readonly contentChars: { readonly lost: number; readonly unlisted: number; readonly total: number };
  readonly rejected: boolean;
  /** Subtitle, speaker and date lines printed, and those drawn from gold noise. */
  readonly meta: MetaScore;
}

type Multiset = Map<string, number>;

function hanMultiset(text: string): Multiset {
  const counts: Multiset = new Map();
  for (const ch of text.match(HAN_GLOBAL_RE) ?? []) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  return counts;
}

function size(m: Multiset): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}

/** a − b, clamped at zero per element. */
function minus(a: Multiset, b: Multiset): Multiset {
  const out: Multiset = new Map();
  for (const [k, v] of a) if (v - (b.get(k) ?? 0) > 0) out.set(k, v - (b.get(k) ?? 0));
  return out;
}

const visible = (text: string): number => Array.from(text.replace(/\s+/g, '')).length;

function occurrences(haystack: string, needle: string): number {
  return needle === '' ? 0 : haystack.split(needle).length - 1;
}

function headingKeys(list: ReadonlyArray<{ level: number; text: string }>): Multiset {
  const m: Multiset = new Map();
  for (const h of list) m.set(`${h.level}|${h.text}`, (m.get(`${h.level}|${h.text}`) ?? 0) + 1);
  return m;
}

/** Text without white space, for finding a fragment whatever the cleaning did to its spaces. */
const compact = (text: string): string => text.replace(/\s+/gu, '');

/**
 * `parse` runs the text core under test (the default pipeline, or one with a classifier trained
 * without this page's site). A rejected input (empty-input) counts as an empty document.
 */
export function scorePage(page: GoldPage, parse: (bytes: Uint8Array) => ParsedSpeech): PageScore {
  const gold = page.gold;
  let parsed: ParsedSpeech | null = null;
  try {
    parsed = parse(page.bytes);
  } catch (error) {
    if (!isInputRejected(error)) throw error;
  }
  const decoded = parsed?.decoded.text ?? page.bytes.toString('utf8').replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const lines = decoded.split('\n');
  const noise = new Set(gold.noise_line_numbers ?? []);
  const fragments = gold.noise_fragments ?? [];
  const report = parsed?.cleaned.report;
  // A rejected page removed everything.
  const removed = new Set(report ? report.removed.map((r) => r.line) : lines.map((_, i) => i + 1));
  const cleanText = parsed ? documentText(parsed.document) : '';

  const missed = [...noise].filter((n) => !removed.has(n)).sort((a, b) => a - b);
  let noiseChars = 0;
  let noiseCharsRemoved = 0;
  for (const n of noise) {
    const chars = visible(lines[n - 1] ?? '');
    noiseChars += chars;
    if (removed.has(n)) noiseCharsRemoved += chars;
  }
  // Fragments are compared without white space: the cleaning squeezes spaces, so 【字体：大 中 小】 left in
  // the text as 【字体：大中小】 is still there (read exactly, it counted as removed).
  const kept = compact(cleanText);
  const source = compact(decoded);
  for (const fragment of fragments) {
    const raw = fragment.trim();
    const chars = visible(raw);
    noiseChars += chars;
    const left = occurrences(kept, compact(raw)) + (normGold(raw) === raw ? 0 : occurrences(kept, compact(normGold(raw))));
    if (left < occurrences(source, compact(raw))) noiseCharsRemoved += chars;
  }

  let content = lines.filter((_, i) => !noise.has(i + 1)).join('\n');
  for (const fragment of fragments) content = content.replace(fragment, '');
  const contentHan = hanMultiset(content);
  const lost = minus(contentHan, hanMultiset(cleanText));
  const goldNoiseHan = hanMultiset([...[...noise].map((n) => lines[n - 1] ?? ''), ...fragments].join('\n'));
  const listed = report ? [...report.removed, ...report.removedFragments].map((r) => r.text).join('\n') : decoded;
  const listedBeyondGold = minus(hanMultiset(listed), goldNoiseHan);

  const goldHeadings = (gold.headings ?? []).filter((h) => h.kind !== 'toc').map((h) => ({ level: h.level, text: normGold(h.text_nfkc ?? h.text) }));
  // Both sides in one form: a title or heading the page spaces with U+3000 (以案为鉴　警钟长鸣) is the same text
  // as its gold, which NFKC folds to U+0020; the pipeline keeps the page's own space.
  const predicted = parsed ? outlineOf(parsed.document).map((h) => ({ ...h, text: normGold(h.text) })) : [];
  const g = headingKeys(goldHeadings);
  const p = headingKeys(predicted);
  let tp = 0;
  for (const [k, v] of p) tp += Math.min(v, g.get(k) ?? 0);

  const want = gold.title === null ? null : normGold(gold.title);
  const printed = parsed?.document.title ?? null;
  const got = printed === null ? null : normGold(printed);
  return {
    name: page.name,
    site: page.site,
    titleRight: got === want,
    title: { got, want },
    headings: { tp, predicted: predicted.length, gold: goldHeadings.length },
    noiseLines: { removed: noise.size - missed.length, gold: noise.size, missed },
    noiseChars: { removed: noiseCharsRemoved, gold: noiseChars },
    contentLinesRemoved: [...removed].filter((n) => !noise.has(n) && (lines[n - 1] ?? '').trim() !== '').sort((a, b) => a - b),
    contentChars: { lost: size(lost), unlisted: size(minus(lost, listedBeyondGold)), total: size(contentHan) },
    rejected: parsed === null,
    meta: scoreMeta(parsed?.document ?? null, gold, normGold),
  };
}

export interface Figures {
  readonly pages: number;
  readonly titleAccuracy: number;
  readonly headingPrecision: number;
  readonly headingRecall: number;
  readonly headingF1: number;
  readonly noiseLineRecall: number;
  readonly noiseCharRecall: number;
  /** Content lines (not gold noise) removed whole. */
  readonly contentLinesRemoved: number;
  readonly contentCharsLost: number;
  /** Lost characters not found in any removal the manifest lists. */
  readonly contentCharsUnlisted: number;
  /** contentCharsLost / content Han characters. */
  readonly contentLostShare: number;
  /** Subtitle, speaker and date lines printed. */
  readonly metaValues: number;
  /** Meta lines drawn from a gold noise line or fragment: chrome printed as the speaker, date or subtitle. */
  readonly metaFromNoise: number;
}

const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);

/** Pooled figures over pages (micro-averaged: sums first, then ratios). */
export function summarize(scores: readonly PageScore[]): Figures {
  const sum = (f: (s: PageScore) => number): number => scores.reduce((acc, s) => acc + f(s), 0);
  const tp = sum((s) => s.headings.tp);
  const precision = ratio(tp, sum((s) => s.headings.predicted));
  const recall = ratio(tp, sum((s) => s.headings.gold));
  return {
    pages: scores.length,
    titleAccuracy: ratio(sum((s) => (s.titleRight ? 1 : 0)), scores.length),
    headingPrecision: precision,
    headingRecall: recall,
    headingF1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    noiseLineRecall: ratio(sum((s) => s.noiseLines.removed), sum((s) => s.noiseLines.gold)),
    noiseCharRecall: ratio(sum((s) => s.noiseChars.removed), sum((s) => s.noiseChars.gold)),
    contentLinesRemoved: sum((s) => s.contentLinesRemoved.length),
    contentCharsLost: sum((s) => s.contentChars.lost),
    contentCharsUnlisted: sum((s) => s.contentChars.unlisted),
    contentLostShare: ratio(sum((s) => s.contentChars.lost), sum((s) => s.contentChars.total)),
    metaValues: sum((s) => s.meta.values),
    metaFromNoise: sum((s) => s.meta.fromNoise.length),
  };
}
