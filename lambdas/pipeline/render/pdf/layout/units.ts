import type { Script } from '../../../model';
import { isAsciiAlnumCode } from '../../../text/characters';
import { cannotEndLine, cannotStartLine, isFullWidth, punctuationSide, type PunctuationSide } from './kinsoku';
import { isInvisible } from '../../../text/invisible';
import { adjustForNeighbours } from './neighbours';
import { ownString } from './own-string';
import { metricsOf, type TextStyle } from './styles';

/**
 * Natural advance of `text` in `style` (pt, at the style's size), as the fonts that will draw it measure it.
 * Injected so the layout stays pure and testable without fonts.
 */
export type Measure = (style: TextStyle, text: string) => number;

/**
 * Where the ink of one character lies, in pt from its glyph origin at the style's size (as the font that
 * draws it has it). Optional: without it marks are placed by their advance alone.
 */
export type InkExtent = (style: TextStyle, char: string) => { readonly left: number; readonly right: number };

/** A styled piece of text handed to the layout: a block's runs become a list of these. */
export interface StyledText {
  readonly text: string;
  readonly style: TextStyle;
}

/**
 * The smallest piece a line may not be broken inside: one Han character or mark on the grid, a ——/……
 * pair (two cells), or a Latin word / digit run with its own width.
 */
export interface Unit {
  readonly text: string;
  readonly style: TextStyle;
  /** Grid units take whole cells; the others keep the font's advance. */
  readonly grid: boolean;
  /** Natural width in pt. */
  readonly width: number;
  /** How much punctuation compression may take off (pt). */
  readonly shrink: number;
  /** For punctuation: which half of the em holds the ink. */
  readonly side: PunctuationSide | null;
  readonly noStart: boolean;
  readonly noEnd: boolean;
  /** Space before the ink that belongs to the unit's width (a quarter em between Han and Latin/digits). */
  readonly lead?: number;
  /** Space after the ink that belongs to the unit's width. */
  readonly trail?: number;
  /** One character of a word too wide for any line (overlong.ts): a line may end after it. */
  readonly piece?: boolean;
}

/**
 * The pieces' units. Tokens: —— and …… (and their U+2E3A / U+22EF forms) are 2-em units; Latin words and digit
 * runs (with decimal points, thousands separators and a trailing %) stay whole — what
 * `/[A-Za-z0-9]+(?:[.,:/\-+'’][A-Za-z0-9]+)*%?/` matches; anything else is one code point. Scanned by hand
 * rather than with a regular expression, and a one-code-point unit found by its code point: this runs for
 * every character of both editions, and a match array and a string per character were most of its garbage.
 */
export function unitsOf(pieces: readonly StyledText[], script: Script, measure: Measure): Unit[] {
  const units: Unit[] = [];
  for (const { text, style } of pieces) {
    const known = knownUnits(measure, script, style);
    for (let i = 0; i < text.length; ) {
      const c = text.charCodeAt(i);
      const end = isAsciiAlnumCode(c) ? wordEnd(text, i) : isPairedMark(c) && text.charCodeAt(i + 1) === c ? i + 2 : -1;
      if (end < 0) {
        const point = text.codePointAt(i)!;
        let unit = known.points.get(point);
        if (!unit) known.points.set(point, (unit = unitOf(String.fromCodePoint(point), style, script, measure)));
        units.push(unit);
        i += point > 0xffff ? 2 : 1;
        continue;
      }
      const token = text.slice(i, end);
      let unit = known.tokens.get(token);
      if (!unit) {
        // Words and numbers are open-ended: a process serving many speeches starts afresh rather than keep them all.
        if (known.tokens.size >= MAX_KNOWN_TOKENS) known.tokens.clear();
        // Kept for the process: a copy, so the cache never holds on to the paragraph the word was cut from.
        const kept = ownString(token);
        known.tokens.set(kept, (unit = unitOf(kept, style, script, measure)));
      }
      units.push(unit);
      i = end;
    }
  }
  adjustForNeighbours(units);
  return units;
}

/** —, ―, …, ⋯: a pair of one of them is one 2-em unit. */
const isPairedMark = (c: number): boolean => c === 0x2014 || c === 0x2015 || c === 0x2026 || c === 0x22ef;
/** What may join two alphanumeric runs into one word: . , : / - + ' ’ */
const isWordJoiner = (c: number): boolean =>
  c === 0x2e || c === 0x2c || c === 0x3a || c === 0x2f || c === 0x2d || c === 0x2b || c === 0x27 || c === 0x2019;

function alnumEnd(text: string, i: number): number {
  while (isAsciiAlnumCode(text.charCodeAt(i))) i += 1;
  return i;
}

/** The end of the word starting at `start` (an alphanumeric): runs joined by one joiner each, then an optional %. */
function wordEnd(text: string, start: number): number {
  let end = alnumEnd(text, start);
  while (isWordJoiner(text.charCodeAt(end)) && isAsciiAlnumCode(text.charCodeAt(end + 1))) end = alnumEnd(text, end + 1);
  return text.charCodeAt(end) === 0x25 ? end + 1 : end;
}

function unitOf(token: string, style: TextStyle, script: Script, measure: Measure): Unit {
  const { cell } = metricsOf(style);
  const chars = [...token];
  const grid = chars.every(isFullWidth);
  const side = chars.length === 1 ? punctuationSide(token, script) : null;
  // Mainland practice compresses the blank half of brackets, quotes and 点号; Taiwan practice (centred marks)
  // sets every mark in its full cell, so the Traditional edition resolves a line-start mark by pushing one
  // character down — the same way on every line, never squeezing one line and stretching the next.
  const compressible = script === 'Hans' && (side === 'opening' || side === 'closing');
  return {
    text: token,
    style,
    grid,
    width: grid ? chars.length * cell : measure(style, token),
    shrink: grid && compressible ? cell / 2 : 0,
    side,
    // A variation selector or tag character belongs to the character before it.
    noStart: cannotStartLine(token) || token === ' ' || isInvisible(token),
    noEnd: cannotEndLine(token),
  };
}

/**
 * Units already made, per measure (one per font book in the renderer, so for the life of the process), script
 * and style. A unit depends on nothing else and is never changed, so a speech's thousands of repeats of a few
 * hundred characters share one object each instead of each running the kinsoku and Unicode-class tests again,
 * and the next speech finds them made.
 */
const MAX_KNOWN_TOKENS = 1 << 14;

const unitCaches = new WeakMap<Measure, Map<string, KnownUnits>>();

/** One script and style's units: one-code-point units by code point, the others (words, 2-em pairs) by text. */
interface KnownUnits {
  readonly points: Map<number, Unit>;
  readonly tokens: Map<string, Unit>;
}

function knownUnits(measure: Measure, script: Script, style: TextStyle): KnownUnits {
  let perMeasure = unitCaches.get(measure);
  if (!perMeasure) unitCaches.set(measure, (perMeasure = new Map()));
  const key = `${script} ${style}`;
  let units = perMeasure.get(key);
  if (!units) perMeasure.set(key, (units = { points: new Map(), tokens: new Map() }));
  return units;
}
