import type { S3Client } from '@aws-sdk/client-s3';
import type { ConversionResult, ConvertOptions, OutputFile } from '../pipeline';
import type { InputRejectedError, RejectionCode } from '../pipeline/errors';
import type { HandlerConfig } from './config';

/** The pipeline entry points the handler needs (injected so shells and tests share one code path). */
export interface Pipeline {
  readonly convert: (bytes: Uint8Array, options: ConvertOptions) => Promise<ConversionResult>;
  readonly errorReportFile: (stem: string, error: InputRejectedError) => OutputFile;
  /** Stamp of the code and the deployment's edition settings on every output (idempotency). */
  readonly version: string;
}

export interface UploadDeps {
  readonly s3: S3Client;
  readonly pipeline: Pipeline;
  readonly config: HandlerConfig;
  /** Waits between reads of a source that came back incomplete (source-read.ts); node's timer by default. Tests pass one that records the waits instead of spending them. */
  readonly sleep?: (ms: number) => Promise<void>;
}

/** Why the handler itself refuses an upload (the pipeline's RejectionCode covers the content). */
export type UploadRefusalCode = 'reserved-name' | 'name-taken' | 'bad-key' | 'name-too-long' | 'bad-variant';

/** Every `code` an `.error.json` report can carry; `internal-error` is written when retries are exhausted. */
export type ReportCode = RejectionCode | UploadRefusalCode | 'internal-error';

export type UploadOutcome =
  | {
      readonly kind: 'converted';
      readonly sourceKey: string;
      /** ETag of the source version the outputs were made from (HeadObject's, quoted); may be newer than the notification's. */
      readonly sourceETag?: string;
      readonly keys: readonly string[];
      readonly manifestKey: string;
      /** Pages of the PDF in the source's own script. */
      readonly pages: number;
      /** Warning codes from the manifest (placeholders, cut-off source…). */
      readonly warnings: readonly string[];
    }
  | { readonly kind: 'rejected'; readonly sourceKey: string; readonly sourceETag?: string; readonly code: RejectionCode | UploadRefusalCode; readonly message: string; readonly reportKey: string }
  | { readonly kind: 'already-done'; readonly sourceKey: string; readonly key: string }
  | { readonly kind: 'ignored'; readonly sourceKey: string; readonly reason: 'outside-prefix' | 'source-gone' | 'superseded' };
