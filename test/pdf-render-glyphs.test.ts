import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { documentText } from '../lambdas/pipeline/model';
import { GlyphEncoder } from '../lambdas/pipeline/render/pdf/draw/glyphEncoder';
import { layoutPdf } from '../lambdas/pipeline/render/pdf';
import { embedFaces } from '../lambdas/pipeline/render/pdf/fonts';
import { convertDocumentScript } from '../lambdas/pipeline/script';
import { sampleDocument } from './fixtures/documents';

/**
 * The drawing reads glyph ids from the embedded subset's cmap instead of shaping each character through
 * pdf-lib's encodeText. A wrong id draws the wrong character (or none) while the layout looks fine, so
 * every character of both editions is checked against the shaping path, in every face that draws it.
 */
describe('GlyphEncoder', () => {
  for (const [edition, doc] of [
    ['Simplified', sampleDocument()],
    ['Traditional', convertDocumentScript(sampleDocument(), { variant: 'tw' })],
  ] as const) {
    it(`gives the glyph ids pdf-lib's shaper gives, for every character of the ${edition} sample`, async () => {
      const { resolver } = layoutPdf(doc);
      for (const char of '— 0123456789') resolver.face('pageNumber', char);
      for (const char of documentText(doc)) {
        for (const role of ['title', 'meta', 'body', 'bodyBold', 'heading1', 'heading2'] as const) resolver.face(role, char);
      }
      const pdf = await PDFDocument.create();
      const fonts = await embedFaces(pdf, resolver.used);
      const encoder = new GlyphEncoder();
      let compared = 0;
      for (const [face, chars] of resolver.used) {
        const font = fonts.get(face)!;
        for (const char of chars) {
          expect(encoder.hex(font, char), `${face.id} ${char}`).toBe(font.encodeText(char).asString());
          compared += 1;
        }
      }
      expect(compared).toBeGreaterThan(200);
    }, 60_000);
  }
});
