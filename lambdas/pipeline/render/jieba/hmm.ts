/**
 * jieba's hidden Markov model for words its dictionary does not have (names, new coinages): each character of
 * a run is labelled Begin / End / Middle / Single by Viterbi over the model's start, transition and emission
 * log probabilities (assets/jieba/hmm.model, jieba-rs's file), and the labels give the words. Only runs of
 * two or more single characters that are not a dictionary word together get here.
 */

const enum State {
  Begin = 0,
  End = 1,
  Middle = 2,
  Single = 3,
}

/** The states a state may follow (jieba-rs's ALLOWED_PREV_STATUS). */
const PREVIOUS: readonly (readonly [State, State])[] = [
  [State.End, State.Single], // Begin
  [State.Begin, State.Middle], // End
  [State.Middle, State.Begin], // Middle
  [State.Single, State.End], // Single
];
/** The order jieba-rs visits the states in. */
const STATES = [State.Begin, State.Middle, State.End, State.Single] as const;
/** The log probability of anything the model has never seen. */
const MIN_FLOAT = -3.14e100;

/** Han characters the model labels; anything else is cut by RE_SKIP below. */
const HAN = /[\u4E00-\u9FD5]+/gu;
/** Latin letters and digits, with a decimal part and a percent sign (`.` is any character but a newline, as in Rust). */
const SKIP = /[a-zA-Z0-9]+(?:[^\n]\p{Nd}+)?%?/gu;

export class Hmm {
  private constructor(
    private readonly start: readonly number[],
    private readonly transition: readonly (readonly number[])[],
    /** Each state's emission line (`char:logprob,…`, ~7,000–35,000 characters), searched per character. */
    private readonly emission: readonly string[],
  ) {}

  /**
   * Reads hmm.model the way jieba-rs's build script does: `#` lines are comments; the first other line is the
   * start probabilities, the next block the 4 × 4 transition matrix, the four lines after it the emission
   * tables of B, E, M and S. The emission tables stay text: a run needs a handful of characters, and building
   * the four tables cost ~40 ms.
   */
  static parse(model: string): Hmm {
    const lines = model.split('\n').map((line) => line.replace(/\r$/, ''));
    let i = 0;
    const skipComments = (): void => {
      while (i < lines.length && lines[i]!.startsWith('#')) i++;
    };
    skipComments();
    const start = lines[i++]!.split(' ').map(Number);
    skipComments();
    const transition: number[][] = [];
    while (i < lines.length && !lines[i]!.startsWith('#')) transition.push(lines[i++]!.split(' ').map(Number));
    const emission = lines.slice(i).filter((line) => !line.startsWith('#') && line !== '');
    if (start.length !== 4 || transition.length !== 4 || emission.length !== 4) throw new Error("hmm.model: not jieba-rs's layout (4 states)");
    return new Hmm(start, transition, emission.map((line) => `,${line},`));
  }

  private readonly emitted = new Map<string, number[]>();

  /** ln P(char | state) for the four states (MIN_FLOAT where a state never emitted it), found once per character. */
  private emissionsOf(char: string): number[] {
    let probs = this.emitted.get(char);
    if (probs) return probs;
    probs = this.emission.map((line) => {
      const at = line.indexOf(`,${char}:`);
      if (at < 0) return MIN_FLOAT;
      const from = at + char.length + 2;
      return Number(line.slice(from, line.indexOf(',', from)));
    });
    this.emitted.set(char, probs);
    return probs;
  }

  /** jieba-rs's `hmm::cut`: the words of `text` (which concatenate to it). */
  cut(text: string): string[] {
    const words: string[] = [];
    for (const [block, isHan] of splitByMatches(text, HAN)) {
      if (isHan) {
        const chars = [...block];
        if (chars.length > 1) this.cutHan(chars, words);
        else words.push(block);
      } else {
        for (const [piece] of splitByMatches(block, SKIP)) words.push(piece);
      }
    }
    return words;
  }

  private cutHan(chars: readonly string[], words: string[]): void {
    const path = this.viterbi(chars);
    let begin = 0;
    let next = 0;
    for (let i = 0; i < chars.length; i++) {
      const state = path[i]!;
      if (state === State.Begin) begin = i;
      else if (state === State.End) {
        words.push(chars.slice(begin, i + 1).join(''));
        next = i + 1;
      } else if (state === State.Single) {
        words.push(chars[i]!);
        next = i + 1;
      }
    }
    if (next < chars.length) words.push(chars.slice(next).join(''));
  }

  /** The most probable labels; ties go to the later state in B < E < M < S order, as Rust's `max_by` gives. */
  private viterbi(chars: readonly string[]): State[] {
    const count = chars.length;
    const score: number[][] = [];
    const from: (State | undefined)[][] = [];
    const first: number[] = [];
    for (const state of STATES) first[state] = this.start[state]! + this.emissionsOf(chars[0]!)[state]!;
    score.push(first);
    from.push([]);
    for (let t = 1; t < count; t++) {
      const row: number[] = [];
      const back: State[] = [];
      const emissions = this.emissionsOf(chars[t]!);
      for (const state of STATES) {
        const emit = emissions[state]!;
        let best = -Infinity;
        let bestFrom: State = PREVIOUS[state]![0];
        let seen = false;
        for (const previous of PREVIOUS[state]!) {
          const prob = score[t - 1]![previous]! + (this.transition[previous]![state] ?? MIN_FLOAT) + emit;
          if (!seen || prob > best || (prob === best && previous > bestFrom)) {
            best = prob;
            bestFrom = previous;
            seen = true;
          }
        }
        row[state] = best;
        back[state] = bestFrom;
      }
      score.push(row);
      from.push(back);
    }
    const lastRow = score[count - 1]!;
    let state: State = lastRow[State.Single]! >= lastRow[State.End]! ? State.Single : State.End;
    const path: State[] = new Array<State>(count);
    path[count - 1] = state;
    for (let t = count - 1; t > 0; t--) {
      state = from[t]![state]!;
      path[t - 1] = state;
    }
    return path;
  }
}

/** `text` in pieces, each with whether it matched `pattern` (a global regex); the pieces concatenate to `text`. */
export function splitByMatches(text: string, pattern: RegExp): [string, boolean][] {
  const pieces: [string, boolean][] = [];
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match[0] === '') continue;
    if (match.index > last) pieces.push([text.slice(last, match.index), false]);
    pieces.push([match[0], true]);
    last = match.index + match[0].length;
  }
  if (last < text.length) pieces.push([text.slice(last), false]);
  return pieces;
}
