/**
 * jieba's segmentation and tagging (`Jieba::tag(sentence, hmm = true)` of jieba-rs 0.7, the version
 * jieba-wasm 2.4.0 ships), over its own dictionary and HMM, so the words and tags are jieba's:
 * 1. the sentence is cut into blocks of Han/Latin/digit characters and the rest (each mark its own word, a
 *    space run… one word per whitespace character, `\r\n` together);
 * 2. in a block, every dictionary word starting at each character is an edge of a DAG, and the route with the
 *    greatest sum of ln(freq) − ln(total) wins (dynamic programming from the end; on a tie the longer word);
 * 3. consecutive single characters of the route that are not a dictionary word together go to the HMM;
 * 4. a word's tag is its dictionary tag, or x / m (digits) / eng (Latin) when the dictionary lacks it.
 * test/pipeline/render/jieba/segment.test.ts compares every word and tag with jieba-wasm's.
 */
import type { PrefixDictionary } from './dictionary';
import { splitByMatches, type Hmm } from './hmm';

export interface TaggedWord {
  readonly word: string;
  /** jieba's part-of-speech tag (ICTCLAS set: n noun, v verb, p preposition, c conjunction, uj 的, f 方位, …). */
  readonly tag: string;
}

/** What jieba segments by its dictionary (RE_HAN_DEFAULT): Han of the BMP and the planes above, Latin, digits, +#&._%-. */
const BLOCK =
  /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{2A6DF}\u{2A700}-\u{2B73F}\u{2B740}-\u{2B81F}\u{2B820}-\u{2CEAF}\u{2CEB0}-\u{2EBEF}\u{2F800}-\u{2FA1F}a-zA-Z0-9+#&._%-]+/gu;
/** Whitespace between blocks (RE_SKIP_DEFAULT: Unicode White_Space, `\r\n` as one). */
const SPACE = /\r\n|\p{White_Space}/gu;

export class Segmenter {
  private hmmModel: Hmm | undefined;

  /** `loadHmm` is called on first need, once: most titles never reach the HMM. */
  constructor(
    private readonly dictionary: PrefixDictionary,
    private readonly loadHmm: () => Hmm,
  ) {}

  private hmm(): Hmm {
    return (this.hmmModel ??= this.loadHmm());
  }

  tag(sentence: string): TaggedWord[] {
    return this.cut(sentence).map((word) => ({ word, tag: this.dictionary.get(word)?.tag ?? fallbackTag(word) }));
  }

  cut(sentence: string): string[] {
    const words: string[] = [];
    for (const [block, isBlock] of splitByMatches(sentence, BLOCK)) {
      if (isBlock) this.cutBlock(block, words);
      else
        for (const [piece, isSpace] of splitByMatches(block, SPACE)) {
          if (isSpace) words.push(piece);
          else for (const char of piece) words.push(char);
        }
    }
    return words;
  }

  private cutBlock(block: string, words: string[]): void {
    const route = this.route(block);
    let pending = -1; // start of a run of single characters
    const flush = (end: number): void => {
      if (pending < 0) return;
      const run = block.slice(pending, end);
      pending = -1;
      if (isOneChar(run)) words.push(run);
      else if (this.dictionary.get(run) === undefined) for (const word of this.hmm().cut(run)) words.push(word);
      else for (const char of run) words.push(char);
    };
    for (let at = 0; at < block.length; ) {
      const end = route[at]!;
      if (isOneChar(block.slice(at, end))) {
        if (pending < 0) pending = at;
      } else {
        flush(at);
        words.push(block.slice(at, end));
      }
      at = end;
    }
    flush(block.length);
  }

  /** For each character start, where the best route's word from there ends (jieba-rs `calc`). */
  private route(block: string): number[] {
    const { logTotal } = this.dictionary;
    const score: number[] = [];
    const next: number[] = [];
    score[block.length] = 0;
    let following = block.length;
    for (let at = lastCharStart(block, block.length); at >= 0; at = lastCharStart(block, at)) {
      let best = -Infinity;
      let bestEnd = -1;
      for (const end of this.dictionary.wordEnds(block, at)) {
        const value = Math.log(this.dictionary.get(block.slice(at, end))!.freq) - logTotal + score[end]!;
        // Rust's max_by over (value, end) in ascending `end`: the last of equal maxima, i.e. the longer word.
        if (bestEnd < 0 || value > best || value === best) {
          best = value;
          bestEnd = end;
        }
      }
      if (bestEnd < 0) {
        best = 0 - logTotal + score[following]!;
        bestEnd = following;
      }
      score[at] = best;
      next[at] = bestEnd;
      following = at;
    }
    return next;
  }
}

function isOneChar(text: string): boolean {
  return text.length === 1 || (text.length === 2 && text.codePointAt(0)! > 0xffff);
}

/** Start of the character that ends just before `end`; −1 at the start. */
function lastCharStart(text: string, end: number): number {
  if (end <= 0) return -1;
  const low = text.charCodeAt(end - 1);
  return end >= 2 && low >= 0xdc00 && low <= 0xdfff && isHighSurrogate(text.charCodeAt(end - 2)) ? end - 2 : end - 1;
}

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

/** jieba's tag for a word its dictionary lacks: x, or m when its ASCII letters and digits are all digits, eng otherwise. */
function fallbackTag(word: string): string {
  let alphanumeric = 0;
  let digits = 0;
  for (const char of word) {
    if (/^[A-Za-z0-9]$/.test(char)) {
      alphanumeric += 1;
      if (/^[0-9]$/.test(char)) digits += 1;
    }
  }
  if (alphanumeric === 0) return 'x';
  return alphanumeric === digits ? 'm' : 'eng';
}
