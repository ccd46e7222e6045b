import type { DocumentMeta, Run, SpeechDocument } from '../model';
import { codePointCount } from '../text/characters';
import { openccConverter, type Direction } from './opencc-chain';
import { convertProtectingTerms } from './protected-terms';
import { convertQuotes } from './quotes';
import { editionLanguage, editionScript, type ScriptVariant } from './variant';

export interface ScriptConversionOptions {
  /**
   * Regional standard of the Traditional side. For a Simplified document it is the target
   * (s2tw, s2hk, s2t, s2twp); for a Traditional document it names the source's standard
   * (tw2s, hk2s, t2s, tw2sp).
   */
  readonly variant: ScriptVariant;
  /**
   * Map quotation marks (“”‘’ ↔ 「」『』). Default: on for tw, hk and twp and for every
   * Traditional→Simplified conversion; off for `t`, which has no regional convention.
   */
  readonly quotes?: boolean;
}

/**
 * The other-script edition of `doc`: Simplified → Traditional, or Traditional → Simplified when
 * `doc.script` is Hant. Converts the model (title, meta, every run), so structure and cleaning
 * decisions are the Simplified edition's; returns a new document with script and language set.
 */
export function convertDocumentScript(doc: SpeechDocument, options: ScriptConversionOptions): SpeechDocument {
  const direction: Direction = doc.script === 'Hans' ? 'to-traditional' : 'to-simplified';
  const mapQuotes = options.quotes ?? (direction === 'to-simplified' || options.variant !== 't');
  const opencc = openccConverter(direction, options.variant);
  const convertText = (text: string): string => {
    const converted = convertProtectingTerms(text, direction, opencc);
    return mapQuotes ? convertQuotes(converted, direction) : converted;
  };
  const script = editionScript(doc.script);
  return {
    script,
    language: editionLanguage(script, options.variant),
    title: doc.title === null ? null : convertText(doc.title),
    meta: convertMeta(doc.meta, convertText),
    blocks: doc.blocks.map((block) => ({ ...block, runs: convertRuns(block.runs, convertText) })),
  };
}

function convertMeta(meta: DocumentMeta, convertText: (text: string) => string): DocumentMeta {
  const converted: { -readonly [K in keyof DocumentMeta]: DocumentMeta[K] } = {};
  for (const key of ['subtitle', 'speaker', 'date'] as const) {
    const value = meta[key];
    if (value !== undefined) converted[key] = convertText(value);
  }
  return converted;
}

/**
 * Converts a block's text as one string, so a phrase that spans two runs (a lead-in and the text
 * after it) converts as it would in running text, then cuts it back at the same character offsets.
 * If the conversion changed the length (phrase rewrites such as twp's 优化→最佳化), offsets no
 * longer line up and each run is converted alone instead. Characters are counted, not spread into
 * arrays: a block can be a million characters.
 */
function convertRuns(runs: readonly Run[], convertText: (text: string) => string): Run[] {
  const whole = convertText(runs.map((run) => run.text).join(''));
  const lengths = runs.map((run) => codePointCount(run.text));
  if (codePointCount(whole) !== lengths.reduce((sum, length) => sum + length, 0)) {
    return runs.map((run) => ({ ...run, text: convertText(run.text) }));
  }
  let offset = 0;
  return runs.map((run, i) => {
    const end = afterCodePoints(whole, offset, lengths[i] ?? 0);
    const text = whole.slice(offset, end);
    offset = end;
    return { ...run, text };
  });
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The UTF-16 index `count` code points after `from` (a lone surrogate counts as one, as in `[...text]`). */
function afterCodePoints(text: string, from: number, count: number): number {
  let index = from;
  for (let n = 0; n < count && index < text.length; n += 1) {
    index += isHighSurrogate(text.charCodeAt(index)) && isLowSurrogate(text.charCodeAt(index + 1)) ? 2 : 1;
  }
  return index;
}

