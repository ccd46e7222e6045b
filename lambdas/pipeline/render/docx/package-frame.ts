import type { Document } from 'docx';
import { strFromU8, strToU8 } from 'fflate';
import { docxParts } from './adapters/docx-parts';
import { escapeXml } from './body-xml';

/**
 * The core properties that change with the speech (docx leaves out the element of a falsy one). The creator is
 * always given: docx writes `Un-named` for none.
 */
export interface SpeechProperties {
  readonly title?: string;
  readonly subject?: string;
  readonly creator: string;
}

const DOCUMENT = 'word/document.xml';
const CORE = 'docProps/core.xml';
const EMPTY_BODY = '<w:body><w:sectPr';

/** Stand-ins docx writes unescaped (private-use characters), replaced by each document's values. */
const STAND_IN: Required<SpeechProperties> = { title: '\uE000title\uE000', subject: '\uE000subject\uE000', creator: '\uE000creator\uE000' };
const PROPERTIES = Object.keys(STAND_IN) as (keyof SpeechProperties)[];

/** An element holding nothing but a stand-in, such as `<dc:title>…</dc:title>`. */
const elementAround = (name: keyof SpeechProperties) => new RegExp(`<([^<>\\s/]+)>${STAND_IN[name]}</\\1>`);

/** Where a property goes in the core part: its element (left out for a falsy value) around the value. */
interface PropertySlot {
  readonly name: keyof SpeechProperties;
  /** The core part from the end of the previous slot to this slot's element. */
  readonly before: string;
  readonly open: string;
  readonly close: string;
}

/**
 * Everything of a profile's package but the speech: every part docx writes for a renderDocx document of that profile
 * with no paragraphs, made once; a document's package is these parts with its body written into `word/document.xml`
 * (body-xml.ts) and its title, subject and creator into `docProps/core.xml`. Only those two parts depend on the speech
 * (the others come from the profile: styles, footers, settings, numbering, the theme and docx's defaults), so each
 * document's parts are the ones docx would write for it alone (test/pipeline/render/docx/package-frame.test.ts).
 */
export class PackageFrame {
  private constructor(
    private readonly parts: ReadonlyMap<string, Uint8Array>,
    private readonly documentHead: string,
    private readonly documentTail: string,
    private readonly coreSlots: readonly PropertySlot[],
    private readonly coreTail: string,
  ) {}

  /**
   * The frame from docx's parts for `document` — a renderDocx document of the profile with no paragraphs and
   * `PackageFrame.properties` — or undefined if they are not shaped as expected (then the caller lets docx write the
   * whole package).
   */
  static async of(document: Document, constantPartsKey: object): Promise<PackageFrame | undefined> {
    const parts = await docxParts(document, constantPartsKey);
    const documentXml = parts.get(DOCUMENT);
    const core = parts.get(CORE);
    if (documentXml === undefined || core === undefined) return undefined;
    const text = strFromU8(documentXml);
    const at = text.indexOf(EMPTY_BODY);
    if (at < 0 || text.indexOf(EMPTY_BODY, at + 1) >= 0) return undefined;
    const coreXml = strFromU8(core);
    const found = PROPERTIES.map((name) => ({ name, element: elementAround(name).exec(coreXml) }));
    if (found.some(({ name, element }) => element === null || coreXml.split(STAND_IN[name]).length !== 2)) return undefined;
    const slots: PropertySlot[] = [];
    let from = 0;
    for (const { name, element } of found.sort((a, b) => a.element!.index - b.element!.index)) {
      const [whole, tag] = element!;
      slots.push({ name, before: coreXml.slice(from, element!.index), open: `<${tag!}>`, close: `</${tag!}>` });
      from = element!.index + whole.length;
    }
    const head = text.slice(0, at + '<w:body>'.length);
    return new PackageFrame(parts, head, text.slice(head.length), slots, coreXml.slice(from));
  }

  /** The properties the frame's document must be made with. */
  static readonly properties: SpeechProperties = STAND_IN;

  /** Every part of a document's package: the frame's, with its body XML and its properties. */
  partsFor(properties: SpeechProperties, body: string): Map<string, Uint8Array> {
    const parts = new Map(this.parts);
    parts.set(DOCUMENT, strToU8(this.documentHead + body + this.documentTail));
    let core = '';
    for (const { name, before, open, close } of this.coreSlots) {
      const value = properties[name];
      core += value ? `${before}${open}${escapeXml(value)}${close}` : before;
    }
    parts.set(CORE, strToU8(core + this.coreTail));
    return parts;
  }
}
