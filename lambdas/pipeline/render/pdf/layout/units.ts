import type { Script } from '../../../model';
import { cannotEndLine, cannotStartLine, isFullWidth, punctuationSide, type PunctuationSide } from './kinsoku';
import { adjustForNeighbours } from './neighbours';
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
}

// —— and …… (and their U+2E3A / U+22EF forms) are 2-em units; Latin words and digit runs (with decimal
// points, thousands separators and a trailing %) stay whole; anything else is one code point.
const TOKEN = /—{2}|―{2}|…{2}|⋯{2}|[A-Za-z0-9]+(?:[.,:/\-+'’][A-Za-z0-9]+)*%?|[\s\S]/gu;

export function unitsOf(pieces: readonly StyledText[], script: Script, measure: Measure): Unit[] {
  const units: Unit[] = [];
  for (const { text, style } of pieces) {
    const known = knownUnits(measure, script, style);
    for (const [token] of text.matchAll(TOKEN)) {
      let unit = known.get(token);
      if (!unit) known.set(token, (unit = unitOf(token, style, script, measure)));
      units.push(unit);
    }
  }
  adjustForNeighbours(units);
  return units;
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
    noStart: cannotStartLine(token) || token === ' ',
    noEnd: cannotEndLine(token),
  };
}

/**
 * Units already made, per measure (one per document in the renderer), script and style. A unit depends on
 * nothing else and is never changed, so a speech's thousands of repeats of a few hundred characters share
 * one object each instead of each running the kinsoku and Unicode-class tests again.
 */
const unitCaches = new WeakMap<Measure, Map<string, Map<string, Unit>>>();

function knownUnits(measure: Measure, script: Script, style: TextStyle): Map<string, Unit> {
  let perMeasure = unitCaches.get(measure);
  if (!perMeasure) unitCaches.set(measure, (perMeasure = new Map()));
  const key = `${script} ${style}`;
  let units = perMeasure.get(key);
  if (!units) perMeasure.set(key, (units = new Map()));
  return units;
}
