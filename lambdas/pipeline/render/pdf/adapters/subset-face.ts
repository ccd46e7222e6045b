import type { PDFDocument } from 'pdf-lib';
import { parseFont, type Font } from './fontkit';

/**
 * A harfbuzz subset as pdf-lib's CustomFontEmbedder reads it, without fontkit. pdf-lib asks the font it embeds for
 * a few header values, every code point of its cmap, and a glyph (id, advance, the code point it was first looked up
 * with) per code point — fontkit answered by decoding the tables with its generic struct reader, making a glyph
 * object per code point and working the whole character set out again for every code point pdf-lib read from it
 * (~8 % of a warm document's profile, docs/performance.md step 37). The subsets are ours (harfbuzz writes them from
 * our faces), so reading those values straight from the tables is a few hundred lines of fontkit we need as a few
 * dozen: the table directory, head, hhea, hmtx, OS/2, post and a format 4 or 12 cmap. Each is read as fontkit reads
 * it (same subtable choice, same lookup, same first-lookup glyph cache), so the PDF is byte for byte what fontkit's
 * answers give (test/pipeline/render/pdf/adapters/subset-face.test.ts, on subsets of every bundled face). A font
 * with anything else (CFF outlines, variations, another cmap format or table version) is parsed by fontkit, as before.
 */

/** What pdf-lib's CustomFontEmbedder reads from a glyph. */
export interface SubsetGlyph {
  readonly id: number;
  /** The code point the glyph was first looked up with (ToUnicode maps the glyph to it). */
  readonly codePoints: readonly number[];
  readonly advanceWidth: number;
}

interface Table {
  readonly offset: number;
  readonly length: number;
}

/** fontkit's preference among cmap subtables: Unicode, 32-bit first. */
const CMAP_PREFERENCE: readonly (readonly [number, number])[] = [[3, 10], [0, 6], [0, 4], [3, 1], [0, 3], [0, 2], [0, 1], [0, 0]];
/** `post` versions fontkit decodes (16.16 fixed). */
const POST_VERSIONS = new Set([0x00010000, 0x00020000, 0x00025000, 0x00030000, 0x00040000]);

/** fontkit's postscriptName by name table (its bytes as a latin1 string): a few faces' worth in a process. */
const postscriptNames = new Map<string, string | null>();

/** A cmap subtable's lookup, as fontkit's CmapProcessor does it for the format. */
interface Cmap {
  glyphId(codePoint: number): number;
  characterSet(): number[];
}

class Format4 implements Cmap {
  private readonly segments: number;
  constructor(
    private readonly view: DataView,
    private readonly at: number,
  ) {
    this.segments = view.getUint16(at + 6) >> 1;
  }

  private endCode = (i: number) => this.view.getUint16(this.at + 14 + 2 * i);
  private startCode = (i: number) => this.view.getUint16(this.at + 16 + 2 * this.segments + 2 * i);
  private idDelta = (i: number) => this.view.getInt16(this.at + 16 + 4 * this.segments + 2 * i);
  private idRangeOffset = (i: number) => this.view.getUint16(this.at + 16 + 6 * this.segments + 2 * i);

  /** glyphIndexArray[index], or undefined past either end of the subtable (fontkit's lazy array). */
  private glyphIndex(index: number): number | undefined {
    const start = this.at + 16 + 8 * this.segments;
    const count = (this.view.getUint16(this.at + 2) - (16 + 8 * this.segments)) / 2;
    return index < 0 || index >= count ? undefined : this.view.getUint16(start + 2 * index);
  }

  glyphId(codePoint: number): number {
    let min = 0;
    let max = this.segments - 1;
    while (min <= max) {
      const mid = (min + max) >> 1;
      if (codePoint < this.startCode(mid)) max = mid - 1;
      else if (codePoint > this.endCode(mid)) min = mid + 1;
      else {
        const rangeOffset = this.idRangeOffset(mid);
        let gid: number;
        if (rangeOffset === 0) gid = codePoint + this.idDelta(mid);
        else {
          gid = this.glyphIndex(rangeOffset / 2 + (codePoint - this.startCode(mid)) - (this.segments - mid)) || 0;
          if (gid !== 0) gid += this.idDelta(mid);
        }
        return gid & 0xffff;
      }
    }
    return 0;
  }

  characterSet(): number[] {
    const set: number[] = [];
    for (let i = 0; i < this.segments; i += 1) for (let cp = this.startCode(i), end = this.endCode(i); cp <= end; cp += 1) set.push(cp);
    return set;
  }
}

class Format12 implements Cmap {
  private readonly groups: number;
  constructor(
    private readonly view: DataView,
    private readonly at: number,
  ) {
    this.groups = view.getUint32(at + 12);
  }

  private group = (i: number, field: 0 | 1 | 2) => this.view.getUint32(this.at + 16 + 12 * i + 4 * field);

  glyphId(codePoint: number): number {
    let min = 0;
    let max = this.groups - 1;
    while (min <= max) {
      const mid = (min + max) >> 1;
      if (codePoint < this.group(mid, 0)) max = mid - 1;
      else if (codePoint > this.group(mid, 1)) min = mid + 1;
      else return this.group(mid, 2) + (codePoint - this.group(mid, 0));
    }
    return 0;
  }

  characterSet(): number[] {
    const set: number[] = [];
    for (let i = 0; i < this.groups; i += 1) for (let cp = this.group(i, 0), end = this.group(i, 1); cp <= end; cp += 1) set.push(cp);
    return set;
  }
}

function tablesOf(view: DataView): Map<string, Table> {
  const tables = new Map<string, Table>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i += 1) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(view.getUint8(at), view.getUint8(at + 1), view.getUint8(at + 2), view.getUint8(at + 3));
    tables.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  return tables;
}

function cmapOf(view: DataView, cmap: Table): Cmap | undefined {
  const count = view.getUint16(cmap.offset + 2);
  const records: { platform: number; encoding: number; at: number }[] = [];
  for (let i = 0; i < count; i += 1) {
    const at = cmap.offset + 4 + 8 * i;
    records.push({ platform: view.getUint16(at), encoding: view.getUint16(at + 2), at: cmap.offset + view.getUint32(at + 4) });
  }
  for (const [platform, encoding] of CMAP_PREFERENCE) {
    const record = records.find((r) => r.platform === platform && r.encoding === encoding);
    if (record === undefined) continue;
    const format = view.getUint16(record.at);
    const size = view.byteLength - record.at;
    // The subtable's own length must lie within the font (every read below stays inside it).
    if (format === 4) return size >= 16 && view.getUint16(record.at + 2) <= size && 16 + 4 * view.getUint16(record.at + 6) <= view.getUint16(record.at + 2) ? new Format4(view, record.at) : undefined;
    if (format === 12) return size >= 16 && view.getUint32(record.at + 4) <= size && 16 + 12 * view.getUint32(record.at + 12) <= view.getUint32(record.at + 4) ? new Format12(view, record.at) : undefined;
    return undefined;
  }
  return undefined;
}

/** The values of a subset pdf-lib's embedder reads, under the names fontkit gives them. */
export class SubsetFace {
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number | undefined;
  readonly xHeight: number | undefined;
  readonly italicAngle: number;
  readonly bbox: { readonly minX: number; readonly minY: number; readonly maxX: number; readonly maxY: number };
  readonly head: { readonly macStyle: { readonly italic: boolean } };
  readonly post: { readonly isFixedPitch: number };
  readonly 'OS/2': { readonly sFamilyClass: number } | undefined;
  /** fontkit's own getter is undefined for every font too (its CFF table is `font['CFF ']`). */
  readonly cff = undefined;

  private readonly glyphs = new Map<number, SubsetGlyph>();
  /** The code point that made each glyph, in order (what fontkit's glyph cache would have been given). */
  private readonly firstLookups: number[] = [];
  private characters: number[] | undefined;
  private fontkitFont: Font | undefined;
  /** Once pdf-lib has shaped with fontkit, every glyph comes from that fontkit font, so its cache is the one. */
  private shaped: Font | undefined;

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly tables: ReadonlyMap<string, Table>,
    private readonly view: DataView,
    private readonly cmap: Cmap,
    private readonly hmtx: Table,
    private readonly metricsCount: number,
    os2: Table | undefined,
    head: Table,
    hhea: Table,
    post: Table,
  ) {
    this.unitsPerEm = view.getUint16(head.offset + 18);
    this.bbox = { minX: view.getInt16(head.offset + 36), minY: view.getInt16(head.offset + 38), maxX: view.getInt16(head.offset + 40), maxY: view.getInt16(head.offset + 42) };
    this.head = { macStyle: { italic: (view.getUint16(head.offset + 44) & 2) !== 0 } };
    this.ascent = view.getInt16(hhea.offset + 4);
    this.descent = view.getInt16(hhea.offset + 6);
    this.italicAngle = view.getInt32(post.offset + 4) / 65536;
    this.post = { isFixedPitch: view.getUint32(post.offset + 12) };
    const os2Version = os2 === undefined ? undefined : view.getUint16(os2.offset);
    this['OS/2'] = os2 === undefined ? undefined : { sFamilyClass: view.getInt16(os2.offset + 30) };
    // fontkit: OS/2's values where the table has them (version 2 on), else the ascent and 0.
    this.capHeight = os2 === undefined ? this.ascent : os2Version! >= 2 ? view.getInt16(os2.offset + 88) : undefined;
    this.xHeight = os2 === undefined ? 0 : os2Version! >= 2 ? view.getInt16(os2.offset + 86) : undefined;
  }

  /** The subset read for pdf-lib, or undefined for a font this reader does not cover (fontkit parses it then). */
  static read(bytes: Uint8Array): SubsetFace | undefined {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.byteLength < 12 || view.getUint32(0) !== 0x00010000) return undefined;
    const tables = tablesOf(view);
    const [head, hhea, hmtx, post, cmapTable, os2] = ['head', 'hhea', 'hmtx', 'post', 'cmap', 'OS/2'].map((tag) => tables.get(tag));
    // glyf outlines only (fontkit makes other glyph kinds for CFF, sbix and COLR fonts), no variations.
    if (!tables.has('glyf') || ['CFF ', 'CFF2', 'sbix', 'COLR', 'fvar'].some((tag) => tables.has(tag))) return undefined;
    if (head === undefined || hhea === undefined || hmtx === undefined || post === undefined || cmapTable === undefined) return undefined;
    const end = Math.max(...[...tables.values()].map((t) => t.offset + t.length));
    if (end > bytes.byteLength || head.length < 54 || hhea.length < 36 || post.length < 16) return undefined;
    if (!POST_VERSIONS.has(view.getUint32(post.offset))) return undefined;
    if (os2 !== undefined && (os2.length < 32 || view.getUint16(os2.offset) > 5 || (view.getUint16(os2.offset) >= 2 && os2.length < 90))) return undefined;
    const metricsCount = view.getUint16(hhea.offset + 34);
    if (metricsCount === 0 || hmtx.length < 4 * metricsCount) return undefined;
    const cmap = cmapOf(view, cmapTable);
    if (cmap === undefined) return undefined;
    return new SubsetFace(bytes, tables, view, cmap, hmtx, metricsCount, os2, head, hhea, post);
  }

  /**
   * fontkit's answer (the first language's record of name ID 6, with fontkit's decoding and precedence): pdf-lib
   * names the font's resource after it. A subset's name table is its face's, so fontkit reads each one once per
   * process (~0.1 ms a font otherwise).
   */
  get postscriptName(): string | null {
    const name = this.tables.get('name');
    // Without a name table there is nothing to read; with language tags (ltag) the answer depends on more than it.
    if (name === undefined || this.tables.has('ltag')) return this.fontkit().postscriptName;
    const key = Buffer.from(this.bytes.buffer, this.bytes.byteOffset + name.offset, name.length).toString('latin1');
    let known = postscriptNames.get(key);
    if (known === undefined) {
      if (postscriptNames.size >= 64) postscriptNames.clear();
      postscriptNames.set(key, (known = this.fontkit().postscriptName));
    }
    return known;
  }

  /** Every code point of the cmap, in its order (fontkit works it out on each read; pdf-lib reads it per code point). */
  get characterSet(): number[] {
    return (this.characters ??= this.cmap.characterSet());
  }

  /** fontkit's glyphForCodePoint: one glyph object per id, holding the code point of its first lookup. */
  glyphForCodePoint(codePoint: number): SubsetGlyph {
    if (this.shaped !== undefined) return this.shaped.glyphForCodePoint(codePoint);
    const id = this.cmap.glyphId(codePoint);
    let glyph = this.glyphs.get(id);
    if (glyph === undefined) {
      this.glyphs.set(id, (glyph = { id, codePoints: [codePoint], advanceWidth: this.advanceOf(id) }));
      this.firstLookups.push(codePoint);
    }
    return glyph;
  }

  /** hmtx's advance; a glyph past the table's end has the last one (fontkit's `_getTableMetrics`). */
  private advanceOf(id: number): number {
    return this.view.getUint16(this.hmtx.offset + 4 * Math.min(id, this.metricsCount - 1));
  }

  /**
   * Shaping is fontkit's: pdf-lib's encodeText asks for it (embedFaces' glyph encoder does not). Shaping looks glyphs
   * up in fontkit's cache, and ToUnicode maps each glyph to the code point of its first lookup, so from here on every
   * lookup is fontkit's, its cache first given the lookups made so far in their order.
   */
  layout(text: string, features?: unknown): unknown {
    if (this.shaped === undefined) {
      const font = this.fontkit();
      for (const codePoint of this.firstLookups) font.glyphForCodePoint(codePoint);
      this.shaped = font;
    }
    return this.shaped.layout(text, features as never);
  }

  private fontkit(): Font {
    return (this.fontkitFont ??= parseFont(this.bytes));
  }
}

/**
 * The fontkit embedFaces registers with pdf-lib: the subset read directly, or fontkit (in place, with table
 * advances) for a font that reader does not cover.
 */
export const subsetFontkit = {
  create: (data: Uint8Array): SubsetFace | Font => SubsetFace.read(data) ?? parseFont(data),
} as unknown as Parameters<PDFDocument['registerFontkit']>[0];
