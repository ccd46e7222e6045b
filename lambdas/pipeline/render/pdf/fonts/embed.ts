import type { PDFDocument, PDFFont } from 'pdf-lib';
import { type FaceStore, defaultFaceStore } from './face-store';
import type { FontFace } from './faces';
import { pdfLibFontkit, repairTrueTypeSubsetting } from './fontkit-fix';
import { subsetFontName } from './subset-tag';

export interface EmbedOptions {
  /**
   * How each face is cut down to the drawn characters:
   * - `true` (default): harfbuzz writes the subset, without layout tables, and pdf-lib
   *   embeds it as it is. Without GSUB no glyph can be substituted, so every drawn glyph is reachable
   *   from the cmap and pdf-lib's widths and ToUnicode cover it (with GSUB, `locl` swaps digits
   *   after Latin for alternates that lose their text). About half the CPU time of the other path.
   * - `false`: pdf-lib subsets the full face through fontkit (with the short-loca repair).
   * Both give the same outlines, text and about the same size (figures in docs/fonts.md).
   */
  readonly presubset?: boolean;
  readonly store?: FaceStore;
}

/**
 * Tables harfbuzz leaves out of a presubset: layout (GSUB/GPOS/GDEF/BASE, see above), vertical
 * metrics and style data pdf-lib never reads.
 */
const PRESUBSET_DROPPED_TABLES = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'MATH', 'vhea', 'vmtx', 'VORG', 'STAT', 'gasp', 'DSIG'];

/** Code points in ascending order, each once: the canonical character set of a subset. */
export function canonicalCharacters(texts: Iterable<string>): string {
  const points = new Set<number>();
  for (const text of texts) for (const char of text) points.add(char.codePointAt(0)!);
  return String.fromCodePoint(...[...points].sort((a, b) => a - b));
}

function* codePointsOf(text: string): Generator<number> {
  for (const char of text) yield char.codePointAt(0)!;
}

/**
 * Embeds each face as a subset holding exactly the characters given for it, named `ABCDEF+Name`.
 * `used` must list every character that will be drawn with the face (page numbers included):
 * a character left out is drawn as .notdef. Faces are embedded in id order, so the PDF does not
 * depend on the map's insertion order. Registers the repaired fontkit on `pdf`.
 */
export async function embedFaces(
  pdf: PDFDocument,
  used: ReadonlyMap<FontFace, Iterable<string>>,
  options: EmbedOptions = {},
): Promise<Map<FontFace, PDFFont>> {
  const store = options.store ?? defaultFaceStore();
  const presubset = options.presubset ?? true;
  const faces = [...used.keys()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const embedded = new Map<FontFace, PDFFont>();
  pdf.registerFontkit(pdfLibFontkit);
  for (const face of faces) {
    const characters = canonicalCharacters(used.get(face)!);
    if (characters.length === 0) continue;
    const customName = subsetFontName(face.postscriptName, characters);
    let font: PDFFont;
    if (presubset) {
      const subset = store.subsetter(face).subset(codePointsOf(characters), PRESUBSET_DROPPED_TABLES);
      font = await pdf.embedFont(subset, { subset: false, customName });
    } else {
      const loaded = store.load(face);
      repairTrueTypeSubsetting(loaded.font);
      font = await pdf.embedFont(loaded.bytes, { subset: true, customName });
    }
    embedded.set(face, font);
  }
  return embedded;
}
