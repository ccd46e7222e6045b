/**
 * jieba's prefix dictionary (assets/jieba/dict.txt: `word frequency tag` per line, sorted by code point), read
 * lazily: the file stays one byte buffer, and the words of a first character are parsed the first time a text
 * asks about that character — one binary search for their run of lines. A title meets a few dozen first
 * characters of the ~6,900 the file has; jieba-wasm built all 349,045 words into a trie first (~290 ms CPU,
 * ~80 MiB), for every new process that broke a title.
 */

export interface DictionaryWord {
  /** Frequency in jieba's corpus: the route through a sentence maximises the product of word probabilities. */
  readonly freq: number;
  /** Part of speech (ICTCLAS set). */
  readonly tag: string;
}

interface Bucket {
  /** Each word's whole line (`word freq tag`), replaced by its parsed form the first time the word is looked up. */
  readonly lines: Map<string, string | DictionaryWord>;
  /** Longest word of the bucket, in UTF-16 units (every word is in the BMP: one unit a character). */
  readonly longest: number;
}

const NEWLINE = 0x0a;

export class PrefixDictionary {
  /** ln(sum of all frequencies): a word's log probability is ln(freq) − logTotal. */
  readonly logTotal: number;
  private readonly buckets = new Map<number, Bucket | null>();

  /**
   * `total` is the sum of every line's frequency (jieba's `total`); it is given rather than summed so that
   * nothing parses the whole file (a test checks it against the file).
   */
  constructor(
    private readonly bytes: Buffer,
    readonly total: number,
  ) {
    this.logTotal = Math.log(total);
  }

  get(word: string): DictionaryWord | undefined {
    if (word === '') return undefined;
    const lines = this.bucket(word.codePointAt(0)!)?.lines;
    const line = lines?.get(word);
    if (line === undefined || typeof line !== 'string') return line;
    const [, freq, tag] = line.split(' ');
    const parsed = { freq: Number(freq ?? 0), tag: tag ?? '' };
    lines!.set(word, parsed);
    return parsed;
  }

  /** End offsets (ascending) of the dictionary words starting at `start` in `text`: the DAG's edges from there. */
  wordEnds(text: string, start: number): number[] {
    const bucket = this.bucket(text.codePointAt(start)!);
    const ends: number[] = [];
    if (!bucket) return ends;
    const last = Math.min(text.length, start + bucket.longest);
    for (let end = start + 1; end <= last; end++) if (bucket.lines.has(text.slice(start, end))) ends.push(end);
    return ends;
  }

  private bucket(first: number): Bucket | null {
    let bucket = this.buckets.get(first);
    if (bucket === undefined) this.buckets.set(first, (bucket = this.parse(first)));
    return bucket;
  }

  private parse(first: number): Bucket | null {
    const from = this.firstLineFrom(first);
    const to = this.firstLineFrom(first + 1);
    if (from >= to) return null;
    const lines = new Map<string, string | DictionaryWord>();
    let longest = 0;
    for (const line of this.bytes.toString('utf8', from, to).split('\n')) {
      const space = line.indexOf(' ');
      const word = space < 0 ? line : line.slice(0, space);
      if (word === '') continue;
      lines.set(word, line);
      longest = Math.max(longest, word.length);
    }
    return { lines, longest };
  }

  /** Byte offset of the first line whose word starts with a code point ≥ `codePoint` (the file's length if none). */
  private firstLineFrom(codePoint: number): number {
    let low = 0; // a line start; every line before it starts below codePoint
    let high = this.bytes.length; // a line start (or the end); its line starts at or above codePoint
    while (low < high) {
      const mid = this.lineStart((low + high) >>> 1);
      if (this.codePointAt(mid) < codePoint) low = this.nextLine(mid);
      else high = mid;
    }
    return low;
  }

  private lineStart(at: number): number {
    while (at > 0 && this.bytes[at - 1] !== NEWLINE) at--;
    return at;
  }

  private nextLine(at: number): number {
    const end = this.bytes.indexOf(NEWLINE, at);
    return end < 0 ? this.bytes.length : end + 1;
  }

  /** The code point UTF-8 encodes at byte `at` (UTF-8's byte order is code point order, as the file's). */
  private codePointAt(at: number): number {
    const b = this.bytes;
    const b0 = b[at]!;
    if (b0 < 0x80) return b0;
    if (b0 < 0xe0) return ((b0 & 0x1f) << 6) | (b[at + 1]! & 0x3f);
    if (b0 < 0xf0) return ((b0 & 0x0f) << 12) | ((b[at + 1]! & 0x3f) << 6) | (b[at + 2]! & 0x3f);
    return ((b0 & 0x07) << 18) | ((b[at + 1]! & 0x3f) << 12) | ((b[at + 2]! & 0x3f) << 6) | (b[at + 3]! & 0x3f);
  }
}
