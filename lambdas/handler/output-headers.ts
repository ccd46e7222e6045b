/**
 * HTTP headers and object metadata written with every output, so a browser download keeps its
 * Chinese file name and each output can be traced back to the exact source version.
 */

/** Characters RFC 5987 allows unencoded in an ext-value (attr-char). */
const ATTR_CHAR = /[A-Za-z0-9!#$&+\-.^_`|~]/;

function rfc5987Encode(value: string): string {
  let out = '';
  for (const ch of value) {
    if (ATTR_CHAR.test(ch)) out += ch;
    else for (const byte of new TextEncoder().encode(ch)) out += '%' + byte.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

/** `attachment` with an ASCII fallback for old clients and the real UTF-8 name (RFC 6266 / RFC 5987). */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${rfc5987Encode(fileName)}`;
}

/** Identity of the source object a set of outputs was made from. */
export interface SourceIdentity {
  readonly key: string;
  readonly eTag: string;
  readonly versionId?: string;
}

/**
 * User metadata (x-amz-meta-*). Header values must be ASCII, so the key is percent-encoded.
 * `source-etag` + `source-version` are what the idempotency check compares.
 */
export function outputMetadata(source: SourceIdentity, pipelineVersion: string): Record<string, string> {
  const metadata: Record<string, string> = {
    'source-key': encodeURIComponent(source.key),
    'source-etag': source.eTag,
    'pipeline-version': pipelineVersion,
  };
  if (source.versionId !== undefined) metadata['source-version'] = source.versionId;
  return metadata;
}

/** True when outputs carrying this metadata were made from exactly this source version by this pipeline. */
export function madeFrom(metadata: Record<string, string> | undefined, source: SourceIdentity, pipelineVersion: string): boolean {
  if (metadata === undefined) return false;
  return (
    metadata['source-etag'] === source.eTag &&
    metadata['source-version'] === source.versionId &&
    metadata['pipeline-version'] === pipelineVersion
  );
}
