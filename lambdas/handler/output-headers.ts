import { createHash } from 'node:crypto';

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

/** The identity of the version HeadObject found (an unversioned bucket answers VersionId "null" or none). */
export function sourceIdentityOf(key: string, head: { readonly ETag?: string; readonly VersionId?: string }): SourceIdentity {
  return { key, eTag: head.ETag ?? '', ...(head.VersionId !== undefined && head.VersionId !== 'null' ? { versionId: head.VersionId } : {}) };
}

/**
 * S3 allows 2 KB of user metadata per object (names + values), so the source key — up to 1024 UTF-8
 * bytes, ~3× that percent-encoded — cannot be stored whole. The hash identifies it; the prefix is
 * for people reading the metadata.
 */
export const SOURCE_KEY_PREFIX_LIMIT = 600;

export function sourceKeyHash(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** `encodeURIComponent(key)` cut at a whole character, so the stored prefix still decodes. */
export function encodedKeyPrefix(key: string, limit = SOURCE_KEY_PREFIX_LIMIT): string {
  let out = '';
  for (const ch of key) {
    const encoded = encodeURIComponent(ch);
    if (out.length + encoded.length > limit) break;
    out += encoded;
  }
  return out;
}

/** The whole source key an output's metadata names, or null when only a prefix of it could be stored. */
export function sourceKeyOf(metadata: Record<string, string> | undefined): string | null {
  const encoded = metadata?.['source-key'];
  const hash = metadata?.['source-key-sha256'];
  if (encoded === undefined || hash === undefined) return null;
  let key: string;
  try {
    key = decodeURIComponent(encoded);
  } catch {
    return null;
  }
  return sourceKeyHash(key) === hash ? key : null;
}

/**
 * User metadata (x-amz-meta-*), bounded whatever the key's length. Header values must be ASCII.
 * The key hash, `source-etag`, `source-version` and `pipeline-version` are what the idempotency
 * check compares; `limit-bytes` is set on reports whose verdict depends on the size limit.
 */
export function outputMetadata(source: SourceIdentity, pipelineVersion: string, limitBytes?: number): Record<string, string> {
  const metadata: Record<string, string> = {
    'source-key': encodedKeyPrefix(source.key),
    'source-key-sha256': sourceKeyHash(source.key),
    'source-etag': source.eTag,
    'pipeline-version': pipelineVersion,
  };
  if (source.versionId !== undefined) metadata['source-version'] = source.versionId;
  if (limitBytes !== undefined) metadata['limit-bytes'] = String(limitBytes);
  return metadata;
}

/**
 * True when outputs carrying this metadata were made from exactly this source (key and version) by
 * this pipeline, under this size limit when the verdict depended on it.
 */
export function madeFrom(metadata: Record<string, string> | undefined, source: SourceIdentity, pipelineVersion: string, maxBytes: number): boolean {
  if (metadata === undefined) return false;
  return (
    metadata['source-key-sha256'] === sourceKeyHash(source.key) &&
    metadata['source-etag'] === source.eTag &&
    metadata['source-version'] === source.versionId &&
    metadata['pipeline-version'] === pipelineVersion &&
    (metadata['limit-bytes'] === undefined || metadata['limit-bytes'] === String(maxBytes))
  );
}
