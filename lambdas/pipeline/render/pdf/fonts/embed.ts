import type { PDFDocument, PDFFont } from 'pdf-lib';
import { type FaceStore, defaultFaceStore } from './face-store';
import type { FontFace } from './faces';
import { subsetFontkit } from '../adapters/subset-face';
import type { StreamPrecompressor } from '../adapters/pdf-lib-deflate';
import { subsetFontName } from './subset-tag';

export interface EmbedOptions {
  readonly store?: FaceStore;
  /** Deflates each subset ahead while the next face is subset (the PDF's flateStream takes it from there). */
  readonly precompress?: StreamPrecompressor;
}

/**
 * Tables harfbuzz leaves out of a subset: layout (GSUB/GPOS/GDEF/BASE), vertical metrics and style
 * data pdf-lib never reads. Without GSUB no glyph can be substituted, so every drawn glyph is reachable
 * from the cmap and pdf-lib's widths and ToUnicode cover it (with GSUB kept, `locl` swaps digits after
 * Latin letters, e.g. `XXX2022`, for alternates that lose their text).
 */
export const SUBSET_DROPPED_TABLES = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'MATH', 'vhea', 'vmtx', 'VORG', 'STAT', 'gasp', 'DSIG'];

/** Code points in ascending order, each once: the canonical character set of a subset. */
export function canonicalCharacters(texts: Iterable<string>): string {
  const points = new Set<number>();
  for (const text of texts) for (const char of text) points.add(char.codePointAt(0)!);
  // Joined one by one: fromCodePoint(...points) overflows the stack past ~120k distinct characters.
  return [...points].sort((a, b) => a - b).map((point) => String.fromCodePoint(point)).join('');
}

const codePointsOf = (text: string): number[] => [...text].map((char) => char.codePointAt(0)!);

/**
 * Embeds each face as a subset holding exactly the characters given for it, named `ABCDEF+Name`:
 * harfbuzz writes the subset and pdf-lib embeds it whole (`subset: false`; pdf-lib never subsets).
 * `used` must list every character that will be drawn with the face (page numbers included):
 * a character left out is drawn as .notdef. Faces are embedded in id order, so the PDF does not
 * depend on the map's insertion order. Registers on `pdf` the fontkit that reads our subsets directly (subset-face.ts).
 */
export async function embedFaces(
  pdf: PDFDocument,
  used: ReadonlyMap<FontFace, Iterable<string>>,
  options: EmbedOptions = {},
): Promise<Map<FontFace, PDFFont>> {
  const store = options.store ?? defaultFaceStore();
  const faces = [...used.keys()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const embedded = new Map<FontFace, PDFFont>();
  pdf.registerFontkit(subsetFontkit);
  for (const face of faces) {
    const characters = canonicalCharacters(used.get(face)!);
    if (characters.length === 0) continue;
    const customName = subsetFontName(face.postscriptName, characters);
    const codePoints = codePointsOf(characters);
    const subset = store.subsetter(face, codePoints).subset(codePoints, SUBSET_DROPPED_TABLES);
    options.precompress?.start(subset);
    embedded.set(face, await pdf.embedFont(subset, { subset: false, customName }));
  }
  return embedded;
}
