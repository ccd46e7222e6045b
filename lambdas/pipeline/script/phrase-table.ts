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
  /** The entries two or more code units long (the one-unit key is `single`). */
  readonly entries: ReadonlyMap<string, string>;
  /**
   * For each second code unit, a bit set of the lengths (UTF-16 units) of the keys two or more units long that
   * go on with it, so a lookup slices only lengths some entry could match (most positions in a text start no
   * phrase, and a common character starts phrases of many lengths). Bit 31 stands for "31 or longer" (then
   * every length is tried).
   */
  readonly lengthsAfter: ReadonlyMap<number, number>;
  /** The target of the one-unit key (the first code unit alone), looked up without making a string. */
  readonly single: string | undefined;
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
    const lengthsAfter = new Map<number, number>();
    let single: string | undefined;
    // In file order, so a repeated source overrides the earlier one, as in opencc-js.
    const add = (source: string, target: string): void => {
      if (source.length === 0) return;
      if (source.length === 1) {
        single = target;
        return;
      }
      entries.set(source, target);
      lengthsAfter.set(source.charCodeAt(1), (lengthsAfter.get(source.charCodeAt(1)) ?? 0) | lengthBit(source.length));
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
    return entries.size > 0 || single !== undefined ? { entries, lengthsAfter, single } : null;
  }
}

const indexCache = new Map<PackedDictionary, DictionaryIndex>();

function indexDictionary(dictionary: PackedDictionary): DictionaryIndex {
  let index = indexCache.get(dictionary);
  if (!index) indexCache.set(dictionary, (index = new DictionaryIndex(dictionary)));
  return index;
}

/**
 * What a group of dictionaries has for one first code unit: the buckets with keys two or more units long, in
 * group order, and the earliest dictionary's one-unit key. Found once per table and first unit, so a lookup
 * asks one Map for it where it asked one per dictionary. (The buckets are not merged into one Map: copying a
 * common character's hundreds of phrases cost a new process more than the merged lookups saved it.)
 */
interface Starting {
  readonly longer: readonly Bucket[];
  readonly single: string | undefined;
}

function startingOf(buckets: readonly Bucket[]): Starting | null {
  if (buckets.length === 0) return null;
  return { longer: buckets.filter((bucket) => bucket.entries.size > 0), single: buckets.find((bucket) => bucket.single !== undefined)?.single };
}

/** A group of dictionaries searched as one (OpenCC's "group" dictionary). */
export class PhraseTable {
  private readonly indexes: readonly DictionaryIndex[];
  /** Per first code unit, what the group's dictionaries have for it, found on first use; null when none has a key. */
  private readonly starting = new Map<number, Starting | null>();

  constructor(dictionaries: readonly PackedDictionary[]) {
    this.indexes = dictionaries.map(indexDictionary);
  }

  /** The target of the match `longestAt` last found. */
  private value = '';

  private startingWith(first: number): Starting | null {
    let starting = this.starting.get(first);
    if (starting === undefined) {
      const buckets: Bucket[] = [];
      for (const index of this.indexes) {
        const found = index.bucket(first);
        if (found) buckets.push(found);
      }
      this.starting.set(first, (starting = startingOf(buckets)));
    }
    return starting;
  }

  /**
   * The end of the longest entry starting at `start`, its target left in `value`; `start` when none. Runs at
   * every position of a text, so it makes no object and no string for a one-unit key.
   */
  private longestAt(text: string, start: number): number {
    const starting = this.startingWith(text.charCodeAt(start));
    if (starting === null) return start;
    const { longer } = starting;
    // Lengths (in units) of the keys two or more units long that go on with the next unit.
    let lengths = 0;
    if (longer.length > 0) {
      const second = text.charCodeAt(start + 1);
      for (const bucket of longer) lengths |= bucket.lengthsAfter.get(second) ?? 0;
    }
    if (lengths !== 0) {
      const longest = lengths & LONG_KEYS ? text.length - start : Math.min(31 - Math.clz32(lengths), text.length - start);
      for (let length = longest; length > 1; length--) {
        if (length < 31 && (lengths & lengthBit(length)) === 0) continue;
        const key = text.slice(start, start + length);
        for (const bucket of longer) {
          const value = bucket.entries.get(key);
          if (value !== undefined) return this.found(value, start + length);
        }
      }
    }
    return starting.single !== undefined ? this.found(starting.single, start + 1) : start;
  }

  private found(value: string, end: number): number {
    this.value = value;
    return end;
  }

  /** OpenCC's maximum-match segmentation, one segment at a time: matched phrases alone, unmatched stretches kept whole. */
  *segments(text: string): Generator<string> {
    let pendingStart = -1;
    for (let i = 0; i < text.length; ) {
      const end = this.longestAt(text, i);
      if (end > i) {
        if (pendingStart >= 0) yield text.slice(pendingStart, i);
        pendingStart = -1;
        yield text.slice(i, end);
        i = end;
      } else {
        if (pendingStart < 0) pendingStart = i;
        i += unitsOfCodePointAt(text, i);
      }
    }
    if (pendingStart >= 0) yield text.slice(pendingStart);
  }

  /** Replaces every longest match left to right; text without a match is copied. */
  convert(text: string): string {
    let out = '';
    for (let i = 0; i < text.length; ) {
      const end = this.longestAt(text, i);
      if (end > i) {
        out += this.value;
        i = end;
      } else {
        const length = unitsOfCodePointAt(text, i);
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

/** Code units of the code point at `i`: 2 for a surrogate pair, else 1 (a lone surrogate is one, as in `[...text]`). */
function unitsOfCodePointAt(text: string, i: number): number {
  return (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
}
