/**
 * What the web API and the page say to each other. Types only (and the variant list), no Node or
 * DOM imports: the page bundle and the Lambda both compile this file.
 */

/** Traditional editions a user may ask for per upload; travels as the `x-amz-meta-variant` header. */
export const UPLOAD_VARIANTS = ['tw', 'hk', 't', 'none'] as const;
export type UploadVariant = (typeof UPLOAD_VARIANTS)[number];

/** `POST /api/uploads` body. */
export interface UploadRequest {
  /** File name, `.txt`; no folders. */
  readonly name: string;
  /** Exact byte length of the body that will be PUT (signed: S3 refuses any other length). */
  readonly size: number;
  readonly variant?: UploadVariant;
}

/** A presigned PUT: send exactly these headers with the file as body. */
export interface UploadTicket {
  readonly name: string;
  readonly method: 'PUT';
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly expiresInSeconds: number;
}

export type DocumentStatus = 'converting' | 'done' | 'rejected' | 'failed';

export interface DocumentFile {
  /** Output file name, e.g. `讲话.zh-Hant.pdf`. */
  readonly name: string;
  readonly size: number;
  /** Presigned GET. */
  readonly url: string;
}

export interface DocumentSummary {
  /** Source name, e.g. `讲话.txt` (or `<stem>.txt` when the source is gone). */
  readonly name: string;
  readonly stem: string;
  readonly status: DocumentStatus;
  /** ISO time of the newest object that decided the status. */
  readonly updated: string;
  /** Outputs of a finished conversion (manifest included), or the error report of a rejected one. */
  readonly files: readonly DocumentFile[];
  /** ETag of the uploaded source (the page matches it with its own PUT's ETag to know its upload is listed). */
  readonly sourceETag?: string;
  /** Presigned GET of `<stem>.json` (done) or `<stem>.error.json` (rejected). */
  readonly manifestUrl?: string;
  readonly reportUrl?: string;
}

/** `GET /api/documents`: newest first. */
export interface DocumentList {
  readonly documents: readonly DocumentSummary[];
  /** True when the user has more documents than one answer lists. */
  readonly truncated: boolean;
}

/** Every error answer: `{ error: { code, message } }` with a 4xx status. */
export interface ApiError {
  readonly error: { readonly code: string; readonly message: string };
}

/** `/config.json` beside the page: where the API is and how to sign in (null locally: no sign-in). */
export interface PageConfig {
  /** '' = same origin. */
  readonly apiBase: string;
  readonly auth: null | {
    /** Cognito managed-login domain, `https://<prefix>.auth.<region>.amazoncognito.com`. */
    readonly domain: string;
    readonly clientId: string;
    readonly redirectUri: string;
  };
  readonly maxBytes: number;
  /** The deployment's default edition (used when an upload does not choose). */
  readonly defaultVariant: string;
}
