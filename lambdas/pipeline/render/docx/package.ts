import { strFromU8, strToU8 } from 'fflate';
import { zipParts } from './zip';

/**
 * Fixed instant written as the document's created/modified time and as every zip entry's date, so
 * rendering the same speech twice gives byte-identical files (and S3 keys/ETags stay stable).
 */
export const FIXED_TIMESTAMP = '2000-01-01T00:00:00Z';

export class DocxPackageError extends Error {
  override readonly name = 'DocxPackageError';
}

const CORE_PROPERTIES = 'docProps/core.xml';
const CONTENT_TYPES = '[Content_Types].xml';

/** Stamps both dcterms timestamps with the fixed instant. */
export function fixCoreTimestamps(coreXml: string): string {
  const fixed = coreXml.replace(
    /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
    (_, open: string, _name: string, close: string) => `${open}${FIXED_TIMESTAMP}${close}`,
  );
  if (!fixed.includes(FIXED_TIMESTAMP)) throw new DocxPackageError('docProps/core.xml has no dcterms timestamps to fix');
  return fixed;
}

/**
 * Zips the parts `docx` produced (adapters/docx-parts.ts), once: applies part replacements, fixes the core
 * timestamps and zips with fixed entry dates in a stable order ([Content_Types].xml first, as Office writes
 * it). Synchronous, fflate's deflate (zip.ts keeps the deflated parts that repeat from document to document).
 */
export function finalizePackage(
  produced: ReadonlyMap<string, Uint8Array>,
  replacements: Readonly<Record<string, string>>,
): Uint8Array {
  const parts = new Map(produced);
  for (const [name, xml] of Object.entries(replacements)) {
    if (!parts.has(name)) throw new DocxPackageError(`docx produced no ${name} to replace`);
    parts.set(name, strToU8(xml));
  }
  const core = parts.get(CORE_PROPERTIES);
  if (core === undefined) throw new DocxPackageError(`docx produced no ${CORE_PROPERTIES}`);
  parts.set(CORE_PROPERTIES, strToU8(fixCoreTimestamps(strFromU8(core))));

  const order = [CONTENT_TYPES, ...[...parts.keys()].filter((n) => n !== CONTENT_TYPES).sort()];
  const files = new Map<string, Uint8Array>();
  for (const name of order) files.set(name, parts.get(name)!);
  // Zip entry times are local wall-clock fields: build the date from local fields so every time zone writes the same bytes.
  const [year, month, day] = FIXED_TIMESTAMP.slice(0, 10).split('-').map(Number) as [number, number, number];
  return zipParts(files, 6, new Date(year, month - 1, day));
}
