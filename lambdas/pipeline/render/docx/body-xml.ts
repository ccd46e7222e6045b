/**
 * The body of the DOCX (`word/document.xml` between `<w:body>` and the section properties), written here rather
 * than through docx's object tree: the body is the one part that changes with the speech, and docx built a
 * component per run and property, formatted them into a second tree and wrote that out (~10 ms of a warm document's
 * two DOCX, docs/performance.md step 35). A body paragraph is a small subset of docx's own paragraph and run options
 * (the shapes are docx's, so `new Paragraph` still takes them: index.ts's `docxParagraph`), and this writes exactly
 * the XML docx 9 writes for them — the same elements in the same order, the same escaping;
 * test/pipeline/render/docx/body-xml.test.ts compares the two for every option and for real documents.
 */

/** docx's `font` option in the attributes form (`w:rFonts`). */
export interface RunFonts {
  readonly ascii?: string;
  readonly cs?: string;
  readonly eastAsia?: string;
  readonly hAnsi?: string;
  readonly hint?: string;
}

/** The run options renderDocx uses (docx's IRunOptions). */
export interface BodyRun {
  readonly text: string;
  /** Character style id. */
  readonly style?: string;
  readonly bold?: boolean;
  /** Manual line breaks before the text. */
  readonly break?: number;
  /** Tracking in twips (docx leaves out 0). */
  readonly characterSpacing?: number;
  readonly font?: RunFonts;
}

/** The paragraph options renderDocx uses (docx's IParagraphOptions), its runs as `children`. */
export interface BodyParagraph {
  /** Paragraph style id. */
  readonly style?: string;
  readonly keepNext?: boolean;
  readonly widowControl?: boolean;
  readonly spacing?: { readonly after?: number; readonly before?: number; readonly line?: number; readonly lineRule?: 'exact' | 'atLeast' | 'auto' };
  readonly alignment?: 'left' | 'right' | 'center' | 'both';
  readonly children: readonly BodyRun[];
}

const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
// What docx's stringify escapes in text and attribute values alike; the C0 controls XML cannot hold are dropped.
const NEEDS_ESCAPE = /[&"'<>\x00-\x08\x0B\x0C\x0E-\x1F]/;
const TO_ESCAPE = new RegExp(NEEDS_ESCAPE.source, 'g');

/** A string as docx writes it in text or an attribute value. */
export const escapeXml = (value: string): string => (NEEDS_ESCAPE.test(value) ? value.replace(TO_ESCAPE, (char) => ENTITY[char] ?? '') : value);

/** docx's on/off element: bare when on, `w:val="false"` when off. */
const onOff = (name: string, on: boolean): string => (on ? `<${name}/>` : `<${name} w:val="false"/>`);

const attribute = (key: string, value: string | number | undefined): string =>
  value === undefined ? '' : ` ${key}="${typeof value === 'string' ? escapeXml(value) : String(value)}"`;

function paragraphProperties(p: BodyParagraph): string {
  let xml = '';
  if (p.style) xml += `<w:pStyle w:val="${escapeXml(p.style)}"/>`;
  if (p.keepNext !== undefined) xml += onOff('w:keepNext', p.keepNext);
  if (p.widowControl !== undefined) xml += onOff('w:widowControl', p.widowControl);
  if (p.spacing) {
    const { after, before, line, lineRule } = p.spacing;
    xml += `<w:spacing${attribute('w:after', after)}${attribute('w:before', before)}${attribute('w:line', line)}${attribute('w:lineRule', lineRule)}/>`;
  }
  if (p.alignment) xml += `<w:jc w:val="${p.alignment}"/>`;
  return xml === '' ? '' : `<w:pPr>${xml}</w:pPr>`;
}

function runProperties(r: BodyRun): string {
  let xml = '';
  if (r.style) xml += `<w:rStyle w:val="${escapeXml(r.style)}"/>`;
  if (r.font) {
    const { ascii, cs, eastAsia, hAnsi, hint } = r.font;
    xml += `<w:rFonts${attribute('w:ascii', ascii)}${attribute('w:cs', cs)}${attribute('w:eastAsia', eastAsia)}${attribute('w:hAnsi', hAnsi)}${attribute('w:hint', hint)}/>`;
  }
  if (r.bold !== undefined) xml += onOff('w:b', r.bold) + onOff('w:bCs', r.bold);
  if (r.characterSpacing) xml += `<w:spacing w:val="${Math.floor(r.characterSpacing)}"/>`;
  return xml === '' ? '' : `<w:rPr>${xml}</w:rPr>`;
}

function runXml(r: BodyRun): string {
  let xml = `<w:r>${runProperties(r)}`;
  for (let i = 0; i < (r.break ?? 0); i += 1) xml += '<w:br/>';
  return `${xml}<w:t xml:space="preserve">${escapeXml(r.text)}</w:t></w:r>`;
}

/** One paragraph's XML, as docx writes `new Paragraph({ ...p, children: runs as TextRun })`. */
export function paragraphXml(p: BodyParagraph): string {
  let xml = paragraphProperties(p);
  for (const run of p.children) xml += runXml(run);
  return xml === '' ? '<w:p/>' : `<w:p>${xml}</w:p>`;
}

/** The body's paragraphs, in order (what goes between `<w:body>` and `<w:sectPr>`). */
export function bodyXml(paragraphs: readonly BodyParagraph[]): string {
  let xml = '';
  for (const p of paragraphs) xml += paragraphXml(p);
  return xml;
}
