/**
 * A lookup index over OpenCC dictionaries, built from opencc-js's own dictionary data.
 *
 * Why not opencc-js's Trie: it allocates one Map per trie node, and building the ~50,000-entry
 * STPhrases dictionary twice (segmentation + conversion) costs ~600 ms per converter — 30× the
 * conversion of a whole speech. Maps keyed by the whole phrase, one per first character and made on
 * first use, are shared by every converter that uses the same dictionary. Matching semantics are OpenCC's: longest match
 * wins; on equal length the earlier dictionary of a group wins.
 */

/** A dictionary in opencc-js's packed form: "source target|source target…", or pairs. */
export type PackedDictionary = string | readonly (readonly [string, string])[];

/** The entries of one dictionary whose source starts with one code unit. */
interface Bucket {
  readonly entries: ReadonlyMap<string, string>;
  /**
   * A bit set of the key lengths (UTF-16 units) that exist, so a lookup slices only lengths some entry
   * has. Bit 31 stands for "31 or longer" (then every length is tried).
   */
  readonly lengths: number;
  /** The second code units of the keys two or more units long: most positions in a text start no phrase. */
  readonly seconds: ReadonlySet<number>;
}

/**
 * One dictionary, indexed lazily by first code unit: building it only notes where each entry starts
 * (one pass, no strings made); an entry becomes a Map key when a text first looks up a phrase starting
 * with its first character. A speech meets under a thousand first characters of STPhrases' ~5,000, so
 * most of the ~50,000 entries are never parsed (the eager index cost ~50 ms of every new process).
 */
class DictionaryIndex {
  private readonly starts = new Map<number, number[]>();
  private readonly buckets = new Map<number, Bucket | null>();

  constructor(private readonly dictionary: PackedDictionary) {
    if (typeof dictionary === 'string') {
      for (let pos = 0; pos < dictionary.length; ) {
        let end = dictionary.indexOf('|', pos);
        if (end < 0) end = dictionary.length;
        if (end > pos) this.note(dictionary.charCodeAt(pos), pos);
        pos = end + 1;
      }
    } else {
      dictionary.forEach(([source], i) => source.length > 0 && this.note(source.charCodeAt(0), i));
    }
  }

  private note(first: number, where: number): void {
    const list = this.starts.get(first);
    if (list) list.push(where);
    else this.starts.set(first, [where]);
  }

  bucket(first: number): Bucket | null {
    let bucket = this.buckets.get(first);
    if (bucket === undefined) this.buckets.set(first, (bucket = this.parse(first)));
    return bucket;
  }

  private parse(first: number): Bucket | null {
    const starts = this.starts.get(first);
    if (!starts) return null;
    const entries = new Map<string, string>();
    const seconds = new Set<number>();
    let lengths = 0;
    // In file order, so a repeated source overrides the earlier one, as in opencc-js.
    const add = (source: string, target: string): void => {
      if (source.length === 0) return;
      entries.set(source, target);
      lengths |= lengthBit(source.length);
      if (source.length > 1) seconds.add(source.charCodeAt(1));
    };
    const dictionary = this.dictionary;
    if (typeof dictionary === 'string') {
      for (const pos of starts) {
        let end = dictionary.indexOf('|', pos);
        if (end < 0) end = dictionary.length;
        const space = dictionary.indexOf(' ', pos);
        if (space <= pos || space >= end) continue;
        // Several candidates may follow the source; OpenCC takes the first.
        const next = dictionary.indexOf(' ', space + 1);
        add(dictionary.slice(pos, space), dictionary.slice(space + 1, next < 0 || next > end ? end : next));
      }
    } else {
      for (const i of starts) add(dictionary[i]![0], dictionary[i]![1]);
    }
    return entries.size > 0 ? { entries, lengths, seconds } : null;
  }
}

export interface Match {
  readonly end: number;
  readonly value: string;
}

const indexCache = new Map<PackedDictionary, DictionaryIndex>();

function indexDictionary(dictionary: PackedDictionary): DictionaryIndex {
  let index = indexCache.get(dictionary);
  if (!index) indexCache.set(dictionary, (index = new DictionaryIndex(dictionary)));
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
    const second = text.charCodeAt(start + 1);
    let lengths = 0;
    let goesOn = false; // some key of two or more units continues with `second`
    const buckets: Bucket[] = [];
    for (const index of this.indexes) {
      const bucket = index.bucket(first);
      if (bucket) {
        lengths |= bucket.lengths;
        goesOn ||= bucket.seconds.has(second);
        buckets.push(bucket);
      }
    }
    if (lengths === 0) return null;
    // When no key goes on with the next unit, only a one-unit key can match here.
    const longest = !goesOn ? 1 : lengths & LONG_KEYS ? text.length - start : Math.min(31 - Math.clz32(lengths), text.length - start);
    for (let length = longest; length > 0; length--) {
      if (length < 31 && (lengths & lengthBit(length)) === 0) continue;
      const key = text.slice(start, start + length);
      for (const bucket of buckets) {
        const value = bucket.entries.get(key);
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
