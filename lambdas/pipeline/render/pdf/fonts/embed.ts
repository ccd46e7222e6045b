import type { PDFDocument, PDFFont } from 'pdf-lib';
import subsetFont from 'subset-font';
import { type FaceStore, defaultFaceStore } from './face-store';
import type { FontFace } from './faces';
import { fontkit, repairTrueTypeSubsetting } from './fontkit-fix';
import { subsetFontName } from './subset-tag';

export interface EmbedOptions {
  /**
   * Cut each face down to the drawn characters with harfbuzz (subset-font) before pdf-lib's own
   * subsetting, so fontkit walks a ~100 KB font instead of a 15 MB one. On by default: it roughly
   * halves PDF build time (figures in docs/fonts.md). The output is the same either way.
   */
  readonly presubset?: boolean;
  readonly store?: FaceStore;
}

/** Code points in ascending order, each once: the canonical character set of a subset. */
export function canonicalCharacters(texts: Iterable<string>): string {
  const points = new Set<number>();
  for (const text of texts) for (const char of text) points.add(char.codePointAt(0)!);
  return String.fromCodePoint(...[...points].sort((a, b) => a - b));
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
  pdf.registerFontkit(fontkit);
  for (const face of faces) {
    const characters = canonicalCharacters(used.get(face)!);
    if (characters.length === 0) continue;
    const loaded = store.load(face);
    repairTrueTypeSubsetting(loaded.font);
    const bytes = presubset
      ? await subsetFont(Buffer.from(loaded.bytes.buffer, loaded.bytes.byteOffset, loaded.bytes.byteLength), characters, {
          targetFormat: 'truetype',
        })
      : loaded.bytes;
    const font = await pdf.embedFont(bytes, { subset: true, customName: subsetFontName(face.postscriptName, characters) });
    embedded.set(face, font);
  }
  return embedded;
}
