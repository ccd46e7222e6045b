/**
 * The parts of the package `docx` writes for a document, unzipped: we stamp fixed timestamps, swap the font
 * table and zip the package ourselves (package.ts), so docx's own zip was deflated only to be inflated again
 * (~100 ms of a first conversion, both editions). docx 9 compiles the parts with `Packer.compiler` before
 * zipping them; that compiler is private, so it is reached here only, checked for the shape we use, and
 * docx's zip is unzipped as before should a docx release move it. Either way the parts are the same bytes.
 */
import { Packer, type Document } from 'docx';
import { strToU8, unzipSync } from 'fflate';

interface DocxCompiler {
  compile(file: Document): Map<string, unknown>;
  /** Turns a part's component tree into the object the XML is written from (docx's Formatter). */
  readonly formatter?: { format(input: unknown, context?: unknown): unknown };
}

/**
 * Parts formatted once and reused. docx formats every part of every document anew, though most of them are
 * the same for every document: the theme (docx's own, fixed) for every document, and — for the documents
 * renderDocx makes, which differ only in their body and document properties — the styles (`buildStyles(profile)`),
 * the numbering, settings, empty comments, footnotes and endnotes, the page-number footers, the extended
 * properties and the content types. Formatting the styles and theme was ~40 % of docx's formatting of a speech
 * (docs/performance.md, step 21), the others ~4 ms more per document (step 32). A formatted tree is only read
 * afterwards (written out as XML), so one tree serves every document; the XML is still written per document.
 */
const formattedTheme: { tree?: unknown } = {};
const formattedParts = new WeakMap<object, Map<string, unknown>>();

/** The parts besides the styles that `constantPartsKey` vouches for, by where the File object holds them. */
function constantParts(document: Document): Map<unknown, string> {
  const parts = new Map<unknown, string>();
  const at = (name: string): unknown => Reflect.get(document, name);
  const view = (wrapper: unknown): unknown => (typeof wrapper === 'object' && wrapper !== null ? Reflect.get(wrapper, 'View') : undefined);
  parts.set(at('Styles'), 'styles');
  for (const name of ['Numbering', 'Settings', 'Comments', 'AppProperties', 'ContentTypes']) parts.set(at(name), name);
  parts.set(view(at('FootNotes')), 'FootNotes');
  parts.set(view(at('Endnotes')), 'Endnotes');
  const footers = at('Footers');
  if (Array.isArray(footers)) footers.forEach((footer, i) => parts.set(view(footer), `footer ${i}`));
  parts.delete(undefined);
  return parts;
}

/**
 * Runs docx's compiler with the theme's formatted tree reused and, given `constantPartsKey`, those of the parts
 * `constantParts` lists.
 */
function compileReusing(compiler: DocxCompiler, document: Document, constantPartsKey: object | undefined): Map<string, unknown> {
  const formatter = compiler.formatter;
  if (formatter === undefined || typeof formatter.format !== 'function') return compiler.compile(document);
  const format = formatter.format;
  const theme: unknown = Reflect.get(document, 'Theme');
  const constant = constantPartsKey === undefined ? undefined : constantParts(document);
  let formatted = constantPartsKey === undefined ? undefined : formattedParts.get(constantPartsKey);
  if (constantPartsKey !== undefined && formatted === undefined) formattedParts.set(constantPartsKey, (formatted = new Map()));
  formatter.format = function reusing(input: unknown, context?: unknown): unknown {
    if (input === theme) return (formattedTheme.tree ??= format.call(this, input, context));
    const part = constant?.get(input);
    if (part !== undefined && formatted !== undefined) {
      let tree = formatted.get(part);
      if (tree === undefined) formatted.set(part, (tree = format.call(this, input, context)));
      return tree;
    }
    return format.call(this, input, context);
  };
  try {
    return compiler.compile(document);
  } finally {
    formatter.format = format;
  }
}

function compilerOf(packer: unknown): DocxCompiler | undefined {
  const compiler: unknown = Reflect.get(packer as object, 'compiler');
  return typeof compiler === 'object' && compiler !== null && typeof Reflect.get(compiler, 'compile') === 'function'
    ? (compiler as DocxCompiler)
    : undefined;
}

/** One part's bytes as docx's zip would hold them (text as UTF-8), or undefined for a kind docx does not give. */
function bytesOf(data: unknown): Uint8Array | undefined {
  if (typeof data === 'string') return strToU8(data);
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return undefined;
}

/**
 * Path → bytes of every part of the document's package, in docx's order (folders left out).
 * `constantPartsKey`: what the document's styles, numbering, settings, comments, notes, footers, extended
 * properties and content types were made from and nothing else (renderDocx: its profile), so that documents with
 * the same key share one formatting of them. Documents whose parts differ in any other way must not share a key.
 */
export async function docxParts(document: Document, constantPartsKey?: object): Promise<Map<string, Uint8Array>> {
  const compiler = compilerOf(Packer);
  const compiled = compiler && compileReusing(compiler, document, constantPartsKey);
  if (compiled instanceof Map) {
    const parts = new Map<string, Uint8Array>();
    for (const [path, data] of compiled) {
      const bytes = bytesOf(data);
      if (typeof path !== 'string' || bytes === undefined) return unzipped(document);
      parts.set(path, bytes);
    }
    return parts;
  }
  return unzipped(document);
}

/** The public route: docx's zip, unzipped. */
async function unzipped(document: Document): Promise<Map<string, Uint8Array>> {
  const parts = new Map<string, Uint8Array>();
  for (const [name, data] of Object.entries(unzipSync(await Packer.toBuffer(document)))) if (!name.endsWith('/')) parts.set(name, data);
  return parts;
}
