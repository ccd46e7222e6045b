import { HeadObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { keyTooLongMessage, outputKeyOverLimit } from '../../handler/key-length';
import { sourceKeyHash } from '../../handler/output-headers';
import { VARIANT_METADATA } from '../../handler/upload-variant';
import { UPLOAD_VARIANTS, type ApiError, type DocumentList, type DocumentSummary, type UploadTicket } from './contract';
import { documentStates, markersOlderThanSource, type DocumentState, type ListedObject } from './documents';
import type { Presigner } from './presigner';
import { isTranscriptName, stemOfUpload, uploadNameProblem, uploadNameTooLong } from './upload-names';

export interface WebApiConfig {
  readonly inputBucket: string;
  readonly outputBucket: string;
  /** The handler's input prefix (`incoming/`): a user's uploads go to `<inputPrefix><user>/`. */
  readonly inputPrefix: string;
  /** The handler's output prefix: a user's outputs are under `<outputPrefix><user>/`. */
  readonly outputPrefix: string;
  readonly maxBytes: number;
  /** A source with no result after this long is reported as failed (dead-lettered). */
  readonly staleAfterMs: number;
  /** Lifetime of presigned URLs. */
  readonly urlExpiresSeconds: number;
}

export interface WebApiDeps {
  readonly s3: S3Client;
  readonly presigner: Presigner;
  readonly config: WebApiConfig;
  readonly now?: () => Date;
}

/** A request as both shells see it. `userId` comes from the verified token (AWS) or is fixed (local). */
export interface ApiRequest {
  readonly method: string;
  readonly path: string;
  readonly body: string | undefined;
  readonly userId: string | undefined;
}

export interface ApiResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** Documents listed per answer (newest first) and objects read per listing. */
export const MAX_DOCUMENTS = 100;
export const MAX_LISTED_OBJECTS = 5000;
export const MAX_REQUEST_BODY = 4096;
/** Older markers whose metadata one listing reads (HeadObject each, newest sources first); beyond them an identical re-upload shows as converting. */
export const MAX_MARKER_CHECKS = 20;

// Cognito `sub` is a UUID; the local shell uses `local`. Anything else (empty, `..`, slashes) could
// make the prefix reach another user's keys.
const USER_ID = /^[A-Za-z0-9][A-Za-z0-9_-]{0,127}$/;

/** A user id the API accepts (and the only kind the Lambda shell assumes a per-user session for). */
export function isUserId(userId: string | undefined): userId is string {
  return userId !== undefined && USER_ID.test(userId);
}

function json(status: number, body: unknown): ApiResponse {
  return { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }, body: JSON.stringify(body) };
}

/** An error answer (`ApiError`): the page shows `code` in its own words and `message` to whoever looks closer. */
export function failure(status: number, code: string, message: string): ApiResponse {
  const body: ApiError = { error: { code, message } };
  return json(status, body);
}

/**
 * The page's API: presigned uploads into the caller's own folder, and the caller's documents with
 * presigned downloads. Every key is built from the caller's id; nothing in the request names a folder.
 */
export function createWebApi(deps: WebApiDeps): (request: ApiRequest) => Promise<ApiResponse> {
  const { config } = deps;
  const now = deps.now ?? (() => new Date());

  async function listFolder(bucket: string, prefix: string): Promise<{ objects: ListedObject[]; truncated: boolean }> {
    const objects: ListedObject[] = [];
    let token: string | undefined;
    do {
      // Delimiter: only the folder's own objects, never anything in deeper "folders".
      const page = await deps.s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, Delimiter: '/', ContinuationToken: token }));
      for (const o of page.Contents ?? []) {
        if (o.Key === undefined || !o.Key.startsWith(prefix)) continue;
        objects.push({ name: o.Key.slice(prefix.length), lastModified: o.LastModified ?? new Date(0), size: o.Size ?? 0, ...(o.ETag !== undefined ? { eTag: o.ETag } : {}) });
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token !== undefined && objects.length < MAX_LISTED_OBJECTS);
    return { objects, truncated: token !== undefined };
  }

  /** Markers older than their source that the handler made from the source's current key and bytes (an identical re-upload). */
  async function markersOfCurrentSources(sources: readonly ListedObject[], outputs: readonly ListedObject[], sourceFolder: string, outputFolder: string): Promise<Set<string>> {
    const candidates = markersOlderThanSource(sources, outputs)
      .sort((a, b) => b.source.lastModified.getTime() - a.source.lastModified.getTime())
      .slice(0, MAX_MARKER_CHECKS);
    const checked = await Promise.all(
      candidates.map(async ({ marker, source }) => {
        const head = await deps.s3.send(new HeadObjectCommand({ Bucket: config.outputBucket, Key: outputFolder + marker })).catch(() => null);
        const made = head?.Metadata?.['source-key-sha256'] === sourceKeyHash(sourceFolder + source.name) && head?.Metadata?.['source-etag'] === source.eTag;
        return made ? marker : null;
      }),
    );
    return new Set(checked.filter((m): m is string => m !== null));
  }

  /** `a.TXT` when `a.txt` is asked for: both would write `a.pdf`, `a.json`…, so the handler refuses the second. */
  async function otherSpelling(folder: string, name: string): Promise<string | null> {
    const stem = stemOfUpload(name);
    const listed = await deps.s3.send(new ListObjectsV2Command({ Bucket: config.inputBucket, Prefix: `${folder}${stem}.`, Delimiter: '/' }));
    const names = (listed.Contents ?? []).map((o) => (o.Key ?? '').slice(folder.length));
    return names.find((other) => other !== name && isTranscriptName(other) && stemOfUpload(other) === stem) ?? null;
  }

  /** Why the documents' keys would pass S3's 1024 bytes (only under a very long output prefix), as the handler would refuse it; or null. */
  function keyTooLong(userId: string, name: string): string | null {
    const longest = outputKeyOverLimit(config.outputPrefix, { relativeDir: `${userId}/`, fileName: name, stem: stemOfUpload(name) });
    return longest === null ? null : keyTooLongMessage(`${config.inputPrefix}${userId}/${name}`, longest);
  }

  async function summary(state: DocumentState, outputFolder: string): Promise<DocumentSummary> {
    const url = (name: string) => deps.presigner.get(config.outputBucket, outputFolder + name, config.urlExpiresSeconds);
    const files = await Promise.all(state.files.map(async (f) => ({ name: f.name, size: f.size, url: await url(f.name) })));
    const byName = (name: string | undefined) => files.find((f) => f.name === name)?.url;
    return {
      name: state.name,
      stem: state.stem,
      status: state.status,
      updated: state.updated.toISOString(),
      files,
      ...(state.sourceETag !== undefined ? { sourceETag: state.sourceETag } : {}),
      ...(state.manifest !== undefined ? { manifestUrl: byName(state.manifest)! } : {}),
      ...(state.report !== undefined ? { reportUrl: byName(state.report)! } : {}),
    };
  }

  async function listDocuments(userId: string): Promise<ApiResponse> {
    const outputFolder = `${config.outputPrefix}${userId}/`;
    const [sources, outputs] = await Promise.all([listFolder(config.inputBucket, `${config.inputPrefix}${userId}/`), listFolder(config.outputBucket, outputFolder)]);
    const sourceFolder = `${config.inputPrefix}${userId}/`;
    const sameBytes = await markersOfCurrentSources(sources.objects, outputs.objects, sourceFolder, outputFolder);
    const states = documentStates(sources.objects, outputs.objects, now(), config.staleAfterMs, sameBytes);
    const body: DocumentList = {
      documents: await Promise.all(states.slice(0, MAX_DOCUMENTS).map((s) => summary(s, outputFolder))),
      truncated: sources.truncated || outputs.truncated || states.length > MAX_DOCUMENTS,
    };
    return json(200, body);
  }

  async function createUpload(userId: string, rawBody: string | undefined): Promise<ApiResponse> {
    if (rawBody === undefined || rawBody === '') return failure(400, 'bad-request', 'the request needs a JSON body {name, size, variant}');
    if (rawBody.length > MAX_REQUEST_BODY) return failure(413, 'bad-request', 'the request body is too large');
    let parsed: unknown;
    try {
      parsed = JSON.parse(rawBody);
    } catch {
      return failure(400, 'bad-request', 'the request body is not JSON');
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return failure(400, 'bad-request', 'the request body must be a JSON object');
    const { name, size, variant } = parsed as Record<string, unknown>;
    const nameProblem = uploadNameProblem(name);
    if (nameProblem !== null) return failure(400, 'bad-name', nameProblem);
    const tooLong = uploadNameTooLong(name as string) ?? keyTooLong(userId, name as string);
    if (tooLong !== null) return failure(400, 'name-too-long', tooLong);
    if (typeof size !== 'number' || !Number.isSafeInteger(size) || size < 0) return failure(400, 'bad-request', 'size must be the file length in bytes');
    if (size > config.maxBytes) return failure(413, 'too-large', `the file is ${size} bytes; the limit is ${config.maxBytes} bytes`);
    if (variant !== undefined && !(UPLOAD_VARIANTS as readonly unknown[]).includes(variant)) {
      return failure(400, 'bad-variant', `variant must be one of ${UPLOAD_VARIANTS.join(', ')}`);
    }
    const folder = `${config.inputPrefix}${userId}/`;
    const taken = await otherSpelling(folder, name as string);
    if (taken !== null) {
      return failure(409, 'name-taken', `"${taken}" is already here and its documents have the same names; upload as "${taken}" to replace it, or rename the file`);
    }
    const key = `${folder}${name as string}`;
    const metadata: Record<string, string> = variant === undefined ? {} : { [VARIANT_METADATA]: variant as string };
    const signed = await deps.presigner.put(config.inputBucket, key, { size, contentType: 'text/plain; charset=utf-8', metadata }, config.urlExpiresSeconds);
    const ticket: UploadTicket = { name: name as string, method: 'PUT', url: signed.url, headers: signed.headers, expiresInSeconds: config.urlExpiresSeconds };
    return json(200, ticket);
  }

  return async (request) => {
    if (!isUserId(request.userId)) return failure(401, 'unauthorized', 'sign in first');
    const path = request.path.replace(/\/+$/, '');
    if (path === '/api/documents') {
      return request.method === 'GET' ? listDocuments(request.userId) : failure(405, 'method-not-allowed', 'use GET');
    }
    if (path === '/api/uploads') {
      return request.method === 'POST' ? createUpload(request.userId, request.body) : failure(405, 'method-not-allowed', 'use POST');
    }
    return failure(404, 'not-found', `no such API: ${request.method} ${request.path}`);
  };
}
