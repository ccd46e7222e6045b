import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { ConversionResult, ConvertOptions, OutputFile } from '../pipeline';
import { InputRejectedError, type RejectionCode } from '../pipeline/errors';
import type { HandlerConfig } from './config';
import { locateUpload, outputKey, type UploadLocation } from './object-keys';
import { contentDisposition, madeFrom, outputMetadata, type SourceIdentity } from './output-headers';
import { RESERVED_NAME_CODE, reservedEnding, reservedNameReport } from './reserved-stems';
import type { CreatedObject } from './s3-events';

/** The pipeline entry points the handler needs (injected so shells and tests share one code path). */
export interface Pipeline {
  readonly convert: (bytes: Uint8Array, options: ConvertOptions) => Promise<ConversionResult>;
  readonly errorReportFile: (stem: string, error: InputRejectedError) => OutputFile;
  readonly version: string;
}

export interface UploadDeps {
  readonly s3: S3Client;
  readonly pipeline: Pipeline;
  readonly config: HandlerConfig;
}

export type UploadOutcome =
  | { readonly kind: 'converted'; readonly sourceKey: string; readonly keys: readonly string[]; readonly manifestKey: string }
  | { readonly kind: 'rejected'; readonly sourceKey: string; readonly code: RejectionCode | typeof RESERVED_NAME_CODE; readonly reportKey: string }
  | { readonly kind: 'already-done'; readonly sourceKey: string; readonly key: string }
  | { readonly kind: 'ignored'; readonly sourceKey: string; readonly reason: 'outside-prefix' | 'source-gone' };

function isNotFound(error: unknown): boolean {
  const e = error as { name?: string; $metadata?: { httpStatusCode?: number } };
  return e.name === 'NotFound' || e.name === 'NoSuchKey' || e.$metadata?.httpStatusCode === 404;
}

async function headOrNull(s3: S3Client, bucket: string, key: string) {
  try {
    return await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}

interface EarlierResult {
  /** The manifest or error report already made from this very source version, if any. */
  readonly done: string | null;
  /** Manifest and error-report keys present now, from whatever version made them. */
  readonly present: readonly string[];
}

/** What an earlier delivery or an earlier version of this source left: S3 delivers at least once. */
async function earlierResult(deps: UploadDeps, location: UploadLocation, source: SourceIdentity): Promise<EarlierResult> {
  const candidates = [`${location.stem}.json`, `${location.stem}.error.json`].map((name) => outputKey(deps.config.outputPrefix, location, name));
  const heads = await Promise.all(candidates.map((key) => headOrNull(deps.s3, deps.config.outputBucket, key)));
  const index = heads.findIndex((head) => madeFrom(head?.Metadata, source, deps.pipeline.version, deps.config.maxBytes));
  return { done: index >= 0 ? candidates[index]! : null, present: candidates.filter((_, i) => heads[i] !== null) };
}

/**
 * Removes the markers an earlier version left before this version writes anything: while the new set is
 * being written (or if writing fails half-way) no manifest claims a mix of old and new documents, and an
 * old error report never sits beside a new conversion. The output bucket is versioned, so nothing is lost.
 */
async function retireMarkers(deps: UploadDeps, keys: readonly string[]): Promise<void> {
  for (const key of keys) await deps.s3.send(new DeleteObjectCommand({ Bucket: deps.config.outputBucket, Key: key }));
}

async function putOutput(deps: UploadDeps, location: UploadLocation, source: SourceIdentity, file: OutputFile, limitBytes?: number): Promise<string> {
  const key = outputKey(deps.config.outputPrefix, location, file.name);
  await deps.s3.send(
    new PutObjectCommand({
      Bucket: deps.config.outputBucket,
      Key: key,
      Body: file.body,
      ContentLength: file.body.byteLength,
      ContentType: file.contentType,
      ContentDisposition: contentDisposition(file.name),
      Metadata: outputMetadata(source, deps.pipeline.version, limitBytes),
    }),
  );
  return key;
}

function rejected(sourceKey: string, code: RejectionCode | typeof RESERVED_NAME_CODE, reportKey: string): UploadOutcome {
  return { kind: 'rejected', sourceKey, code, reportKey };
}

/**
 * Converts one uploaded transcript and writes its outputs, the manifest last as the commit marker:
 * a reader that sees the manifest can rely on every other output being there.
 * Throws only for failures worth retrying (S3 errors, internal bugs); refusals of the input end as
 * `<stem>.error.json`. The source object is only ever read.
 */
export async function processUpload(object: CreatedObject, deps: UploadDeps): Promise<UploadOutcome> {
  const { s3, config, pipeline } = deps;
  const location = locateUpload(object.key, config.inputPrefix);
  if (location === null) return { kind: 'ignored', sourceKey: object.key, reason: 'outside-prefix' };

  const head = await headOrNull(s3, object.bucket, object.key);
  if (head === null) return { kind: 'ignored', sourceKey: object.key, reason: 'source-gone' };
  const source: SourceIdentity = {
    key: object.key,
    eTag: head.ETag ?? '',
    ...(head.VersionId !== undefined && head.VersionId !== 'null' ? { versionId: head.VersionId } : {}),
  };

  const earlier = await earlierResult(deps, location, source);
  if (earlier.done !== null) return { kind: 'already-done', sourceKey: object.key, key: earlier.done };
  await retireMarkers(deps, earlier.present);

  const ending = reservedEnding(location.stem);
  if (ending !== null) {
    return rejected(object.key, RESERVED_NAME_CODE, await putOutput(deps, location, source, reservedNameReport(location.stem, location.fileName, ending)));
  }

  const size = head.ContentLength ?? 0;
  if (size > config.maxBytes) {
    const error = new InputRejectedError('too-large', `the upload is ${size} bytes; the limit is ${config.maxBytes} bytes`);
    // The limit travels with the report: raising it later makes a redelivery convert instead of skipping.
    const report = pipeline.errorReportFile(location.stem, error);
    return rejected(object.key, error.code, await putOutput(deps, location, source, report, config.maxBytes));
  }

  // Read exactly the version that was checked, so outputs and their metadata describe the same bytes.
  const got = await s3.send(
    new GetObjectCommand({ Bucket: object.bucket, Key: object.key, ...(source.versionId !== undefined ? { VersionId: source.versionId } : {}) }),
  );
  const bytes = got.Body === undefined ? new Uint8Array() : await got.Body.transformToByteArray();

  const options: ConvertOptions = {
    sourceName: location.fileName,
    maxBytes: config.maxBytes,
    traditional: config.traditional,
  };
  let result: ConversionResult;
  try {
    result = await pipeline.convert(bytes, options);
  } catch (error) {
    if (!(error instanceof InputRejectedError)) throw error;
    const limitBytes = error.code === 'too-large' ? config.maxBytes : undefined;
    return rejected(object.key, error.code, await putOutput(deps, location, source, pipeline.errorReportFile(location.stem, error), limitBytes));
  }

  const manifest = result.files.at(-1)!;
  const keys = await Promise.all(result.files.slice(0, -1).map((file) => putOutput(deps, location, source, file)));
  const manifestKey = await putOutput(deps, location, source, manifest);
  return { kind: 'converted', sourceKey: object.key, keys: [...keys, manifestKey], manifestKey };
}
