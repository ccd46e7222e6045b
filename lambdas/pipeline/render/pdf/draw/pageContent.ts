import type { FontFace } from '../fonts';
import type { PageScene } from './scene';
import type { TextRun } from './textRuns';

/** Stroke width of synthetic bold, in em: thickens 仿宋 strokes about as much as a real bold weight. */
const SYNTHETIC_BOLD_EM = 0.03;

/**
 * Marks around what can only be written once the fonts are embedded: a face's resource name (FACE_MARK, its
 * number, FACE_MARK) and a text operand's glyph ids (TEXT_MARK, the text, TEXT_MARK). Unicode noncharacters:
 * no font maps them, so no drawn character can be one (pageContent checks anyway).
 */
const FACE_MARK = '\uFDD0';
const TEXT_MARK = '\uFDD1';
const MARKS = /[\uFDD0\uFDD1]/u;
const OPEN_PART = new RegExp(`${FACE_MARK}(\\d+)${FACE_MARK}|${TEXT_MARK}([^${TEXT_MARK}]*)${TEXT_MARK}`, 'gu');

export class MarkInTextError extends Error {
  override readonly name = 'MarkInTextError';
}

/**
 * A page's content stream, written as soon as the page is laid out, with font names and glyph ids left open
 * (see FACE_MARK). A few KB of text per page instead of its scene's objects: a long speech's pages wait
 * for the fonts (which can only be subset once every page is known) in this form.
 */
export interface PageContent {
  readonly number: number;
  readonly template: string;
}

/** Numbers the faces of one document in order of first use (the template refers to faces by number). */
export class FaceNumbers {
  readonly faces: FontFace[] = [];
  private readonly numbers = new Map<FontFace, number>();

  numberOf(face: FontFace): number {
    let number = this.numbers.get(face);
    if (number === undefined) this.numbers.set(face, (number = this.faces.push(face) - 1));
    return number;
  }
}

/** PDF number: at most 4 decimals, no exponent, no trailing zeros, never "-0" (same input → same bytes). */
export function pdfNumber(value: number): string {
  const rounded = Math.round(value * 1e4) / 1e4;
  // The shortest form of a double nearest to k/10⁴ is k/10⁴ itself without trailing zeros (and String(-0) is
  // "0"), so String() gives it directly — written for every run on every page, it is the hot path. Beyond
  // 1e9 the doubles are too coarse for that argument and JavaScript would switch to exponents at 1e21.
  if (Math.abs(rounded) < 1e9) return String(rounded);
  const fixed = rounded.toFixed(4).replace(/\.?0+$/u, '');
  return fixed === '-0' ? '0' : fixed;
}

/**
 * The page's content stream: one BT…ET with a Tj/TJ per run, text state set only when it changes (written as
 * text: building thousands of pdf-lib operator objects per document cost more than the rest of the drawing).
 */
export function pageContent(scene: PageScene, faces: FaceNumbers): PageContent {
  const state: TextState = { font: '', charSpacing: '', scale: '', bold: '' };
  const content: string[] = ['BT'];
  for (const line of scene.lines) {
    for (const run of line.runs) content.push(runContent(run, line.y, faces.numberOf(run.face), state));
  }
  content.push('ET');
  return { number: scene.number, template: content.join('\n') };
}

/**
 * The finished content stream: `nameOf(face)` gives the page's resource name of a face (called in order of
 * first use on the page), `hexOf(face, text)` the glyph ids of text set in it.
 */
export function fillContent(
  template: string,
  faces: readonly FontFace[],
  nameOf: (face: FontFace) => string,
  hexOf: (face: FontFace, text: string) => string,
): string {
  let current: FontFace | undefined;
  return template.replace(OPEN_PART, (_match, faceNumber: string | undefined, text: string | undefined) => {
    if (faceNumber !== undefined) return nameOf((current = faces[Number(faceNumber)]!));
    return hexOf(current!, text!);
  });
}

interface TextState {
  font: string;
  charSpacing: string;
  scale: string;
  bold: string;
}

const textOperand = (text: string): string => {
  if (MARKS.test(text)) throw new MarkInTextError(`a drawn text holds U+FDD0/U+FDD1, which the content template reserves: ${text}`);
  return `<${TEXT_MARK}${text}${TEXT_MARK}>`;
};

function runContent(run: TextRun<FontFace>, y: number, face: number, state: TextState): string {
  const ops: string[] = [];
  const fontOp = `${FACE_MARK}${face}${FACE_MARK} ${pdfNumber(run.size)} Tf`;
  if (fontOp !== state.font) ops.push((state.font = fontOp));
  const tc = `${pdfNumber(run.charSpacing)} Tc`;
  if (tc !== state.charSpacing) ops.push((state.charSpacing = tc));
  const tz = `${pdfNumber(run.scale * 100)} Tz`;
  if (tz !== state.scale) ops.push((state.scale = tz));
  const bold = run.bold ? `2 Tr ${pdfNumber(SYNTHETIC_BOLD_EM * run.size)} w` : '0 Tr';
  if (bold !== state.bold) ops.push((state.bold = bold));
  ops.push(`1 0 0 1 ${pdfNumber(run.x)} ${pdfNumber(y)} Tm`);
  const only = run.pieces.length === 1 ? run.pieces[0] : undefined;
  if (only && 'text' in only) {
    ops.push(`${textOperand(only.text)} Tj`);
  } else {
    const elements = run.pieces.map((piece) => ('text' in piece ? textOperand(piece.text) : pdfNumber(piece.adjust)));
    ops.push(`[${elements.join(' ')}] TJ`);
  }
  return ops.join(' ');
}
