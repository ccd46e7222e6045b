import type { PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import { PAGE_HEIGHT, PAGE_WIDTH } from '../geometry';
import type { FontFace } from '../fonts';
import type { PageScene } from './scene';
import { GlyphEncoder } from './glyphEncoder';
import type { TextRun } from './textRuns';

/** Stroke width of synthetic bold, in em: thickens 仿宋 strokes about as much as a real bold weight. */
const SYNTHETIC_BOLD_EM = 0.03;

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
 * Adds one PDF page per scene page. The content stream is written directly as text (one BT…ET with a TJ per
 * run, text state set only when it changes): building thousands of pdf-lib operator objects per document
 * cost more than the rest of the drawing together.
 */
export function emitPages(pdf: PDFDocument, scenes: readonly PageScene[], fonts: ReadonlyMap<FontFace, PDFFont>): PDFPage[] {
  const encoder = new GlyphEncoder();
  return scenes.map((scene) => {
    const page = pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    const keys = new Map<FontFace, string>();
    const keyOf = (face: FontFace, font: PDFFont): string => {
      let key = keys.get(face);
      if (!key) keys.set(face, (key = page.node.newFontDictionary(font.name, font.ref).asString()));
      return key;
    };
    const state = { font: '', charSpacing: '', scale: '', bold: '' };
    const content: string[] = ['BT'];
    for (const line of scene.lines) {
      for (const run of line.runs) {
        const font = fonts.get(run.face);
        if (!font) throw new Error(`face ${run.face.id} was used but not embedded`);
        content.push(runContent(run, line.y, keyOf(run.face, font), font, encoder, state));
      }
    }
    content.push('ET');
    page.node.addContentStream(pdf.context.register(pdf.context.flateStream(content.join('\n'))));
    return page;
  });
}

interface TextState {
  font: string;
  charSpacing: string;
  scale: string;
  bold: string;
}

function runContent(run: TextRun<FontFace>, y: number, key: string, font: PDFFont, encoder: GlyphEncoder, state: TextState): string {
  const ops: string[] = [];
  const fontOp = `${key} ${pdfNumber(run.size)} Tf`;
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
    ops.push(`<${encoder.hex(font, only.text)}> Tj`);
  } else {
    const elements = run.pieces.map((piece) => ('text' in piece ? `<${encoder.hex(font, piece.text)}>` : pdfNumber(piece.adjust)));
    ops.push(`[${elements.join(' ')}] TJ`);
  }
  return ops.join(' ');
}
