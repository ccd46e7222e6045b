/**
 * A lookup index over OpenCC dictionaries, built from opencc-js's own dictionary data.
 *
 * Why not opencc-js's Trie: it allocates one Map per trie node, and building the ~50,000-entry
 * STPhrases dictionary twice (segmentation + conversion) costs ~600 ms per converter — 30× the
 * conversion of a whole speech. A flat Map keyed by the whole phrase builds in ~50 ms and is shared
 * by every converter that uses the same dictionary. Matching semantics are OpenCC's: longest match
 * wins; on equal length the earlier dictionary of a group wins.
 */

/** A dictionary in opencc-js's packed form: "source target|source target…", or pairs. */
export type PackedDictionary = string | readonly (readonly [string, string])[];

interface DictionaryIndex {
  readonly entries: ReadonlyMap<string, string>;
  /**
   * For each first code unit, a bit set of the key lengths (UTF-16 units) that exist, so a lookup
   * slices only lengths some entry has. Bit 31 stands for "31 or longer" (then every length is tried).
   */
  readonly keyLengthsByFirstUnit: ReadonlyMap<number, number>;
}

export interface Match {
  readonly end: number;
  readonly value: string;
}

const indexCache = new Map<PackedDictionary, DictionaryIndex>();

function indexDictionary(dictionary: PackedDictionary): DictionaryIndex {
  const cached = indexCache.get(dictionary);
  if (cached) return cached;
  const entries = new Map<string, string>();
  const keyLengthsByFirstUnit = new Map<number, number>();
  const add = (source: string, target: string): void => {
    if (source.length === 0) return;
    // A repeated source overrides the earlier one, as in opencc-js.
    entries.set(source, target);
    const first = source.charCodeAt(0);
    keyLengthsByFirstUnit.set(first, (keyLengthsByFirstUnit.get(first) ?? 0) | lengthBit(source.length));
  };
  if (typeof dictionary === 'string') {
    for (const line of dictionary.split('|')) {
      const space = line.indexOf(' ');
      if (space <= 0) continue;
      // Several candidates may follow the source; OpenCC takes the first.
      const next = line.indexOf(' ', space + 1);
      add(line.slice(0, space), line.slice(space + 1, next < 0 ? undefined : next));
    }
  } else {
    for (const [source, target] of dictionary) add(source, target);
  }
  const index = { entries, keyLengthsByFirstUnit };
  indexCache.set(dictionary, index);
  return index;
}

/** A group of dictionaries searched as one (OpenCC's "group" dictionary). */
export class PhraseTable {
  private readonly indexes: readonly DictionaryIndex[];

  constructor(dictionaries: readonly PackedDictionary[]) {
    this.indexes = dictionaries.map(indexDictionary);
  }

  /** Longest entry starting at `start`, or null. */
  matchAt(text: string, start: number): Match | null {
    const first = text.charCodeAt(start);
    let lengths = 0;
    for (const index of this.indexes) lengths |= index.keyLengthsByFirstUnit.get(first) ?? 0;
    if (lengths === 0) return null;
    const longest = lengths & LONG_KEYS ? text.length - start : Math.min(31 - Math.clz32(lengths), text.length - start);
    for (let length = longest; length > 0; length--) {
      if (length < 31 && (lengths & lengthBit(length)) === 0) continue;
      const key = text.slice(start, start + length);
      for (const index of this.indexes) {
        const value = index.entries.get(key);
        if (value !== undefined) return { end: start + length, value };
      }
    }
    return null;
  }

  /** OpenCC's maximum-match segmentation: matched phrases alone, unmatched stretches kept whole. */
  segment(text: string): string[] {
    const segments: string[] = [];
    let pendingStart = -1;
    for (let i = 0; i < text.length; ) {
      const match = this.matchAt(text, i);
      if (match) {
        if (pendingStart >= 0) segments.push(text.slice(pendingStart, i));
        pendingStart = -1;
        segments.push(text.slice(i, match.end));
        i = match.end;
      } else {
        if (pendingStart < 0) pendingStart = i;
        i += codePointLength(text, i);
      }
    }
    if (pendingStart >= 0) segments.push(text.slice(pendingStart));
    return segments;
  }

  /** Replaces every longest match left to right; text without a match is copied. */
  convert(text: string): string {
    let out = '';
    for (let i = 0; i < text.length; ) {
      const match = this.matchAt(text, i);
      if (match) {
        out += match.value;
        i = match.end;
      } else {
        const length = codePointLength(text, i);
        out += text.slice(i, i + length);
        i += length;
      }
    }
    return out;
  }
}

const LONG_KEYS = 1 << 31;

function lengthBit(length: number): number {
  return length >= 31 ? LONG_KEYS : 1 << length;
}

function codePointLength(text: string, i: number): number {
  return (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
}
