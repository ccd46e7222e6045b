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

/** Path → bytes of every part of the document's package, in docx's order (folders left out). */
export async function docxParts(document: Document): Promise<Map<string, Uint8Array>> {
  const compiled = compilerOf(Packer)?.compile(document);
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
