import {
  PDFHexString,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  TextRenderingMode,
  beginText,
  endText,
  setCharacterSpacing,
  setCharacterSqueeze,
  setFontAndSize,
  setLineWidth,
  setTextMatrix,
  setTextRenderingMode,
  showText,
  type PDFDocument,
  type PDFFont,
  type PDFName,
  type PDFPage,
} from 'pdf-lib';
import { PAGE_HEIGHT, PAGE_WIDTH } from '../geometry';
import type { FontFace } from '../fonts';
import type { PageScene } from './scene';
import type { TextRun } from './textRuns';

/** Stroke width of synthetic bold, in em: thickens 仿宋 strokes about as much as a real bold weight. */
const SYNTHETIC_BOLD_EM = 0.03;

/** Adds one PDF page per scene page and writes its text as TJ runs. */
export function emitPages(pdf: PDFDocument, scenes: readonly PageScene[], fonts: ReadonlyMap<FontFace, PDFFont>): PDFPage[] {
  return scenes.map((scene) => {
    const page = pdf.addPage([PAGE_WIDTH, PAGE_HEIGHT]);
    const keys = new Map<FontFace, PDFName>();
    const keyOf = (face: FontFace, font: PDFFont): PDFName => {
      let key = keys.get(face);
      if (!key) keys.set(face, (key = page.node.newFontDictionary(font.name, font.ref)));
      return key;
    };
    const operators: PDFOperator[] = [];
    for (const line of scene.lines) {
      for (const run of line.runs) {
        const font = fonts.get(run.face);
        if (!font) throw new Error(`face ${run.face.id} was used but not embedded`);
        operators.push(...runOperators(pdf, run, font, keyOf(run.face, font), line.y));
      }
    }
    page.pushOperators(...operators);
    return page;
  });
}

function runOperators(pdf: PDFDocument, run: TextRun<FontFace>, font: PDFFont, key: PDFName, y: number): PDFOperator[] {
  const ops: PDFOperator[] = [
    beginText(),
    setFontAndSize(key, run.size),
    setCharacterSpacing(run.charSpacing),
    setCharacterSqueeze(Math.round(run.scale * 1e4) / 100),
  ];
  if (run.bold) {
    ops.push(setTextRenderingMode(TextRenderingMode.FillAndOutline), setLineWidth(SYNTHETIC_BOLD_EM * run.size));
  } else {
    ops.push(setTextRenderingMode(TextRenderingMode.Fill));
  }
  ops.push(setTextMatrix(1, 0, 0, 1, run.x, Math.round(y * 1e4) / 1e4));
  const only = run.pieces.length === 1 ? run.pieces[0] : undefined;
  if (only && 'text' in only) {
    ops.push(showText(font.encodeText(only.text)));
  } else {
    const elements: (PDFHexString | PDFNumber)[] = run.pieces.map((piece) =>
      'text' in piece ? font.encodeText(piece.text) : PDFNumber.of(piece.adjust),
    );
    ops.push(PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [pdf.context.obj(elements)]));
  }
  ops.push(endText());
  return ops;
}
