import JSZip from 'jszip';

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
 * Rewrites the package `docx` produced: applies part replacements, fixes the core timestamps and
 * re-zips with fixed entry dates in a stable order ([Content_Types].xml first, as Office writes it).
 */
export async function finalizePackage(
  packed: Uint8Array,
  replacements: Readonly<Record<string, string>>,
): Promise<Uint8Array> {
  const source = await JSZip.loadAsync(packed);
  const parts = new Map<string, Uint8Array | string>();
  for (const name of Object.keys(source.files).sort()) {
    const entry = source.files[name]!;
    if (!entry.dir) parts.set(name, await entry.async('uint8array'));
  }
  for (const [name, xml] of Object.entries(replacements)) {
    if (!parts.has(name)) throw new DocxPackageError(`docx produced no ${name} to replace`);
    parts.set(name, xml);
  }
  const core = parts.get(CORE_PROPERTIES);
  if (core === undefined) throw new DocxPackageError(`docx produced no ${CORE_PROPERTIES}`);
  parts.set(CORE_PROPERTIES, fixCoreTimestamps(typeof core === 'string' ? core : new TextDecoder().decode(core)));

  const date = new Date(FIXED_TIMESTAMP);
  const order = [CONTENT_TYPES, ...[...parts.keys()].filter((n) => n !== CONTENT_TYPES).sort()];
  const out = new JSZip();
  for (const name of order) out.file(name, parts.get(name)!, { date, createFolders: false });
  return out.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
