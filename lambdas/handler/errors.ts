/**
 * Errors the handler throws (Powertools style: one module of typed errors). Refusals of an upload are
 * not errors here: they end as `.error.json` reports (see refusals.ts).
 */

/** A deployment setting is missing or malformed: fail the cold start loudly instead of converting wrongly. */
export class HandlerConfigError extends Error {
  override readonly name = 'HandlerConfigError';
}

/** An SQS message body that is neither an S3 event nor S3's test message: a misconfiguration, never retried usefully. */
export class UnrecognisedMessageError extends Error {
  override readonly name = 'UnrecognisedMessageError';
}

/** Not enough of the invocation is left to convert one more record: it is queued again, unharmed. */
export class NotEnoughTimeError extends Error {
  override readonly name = 'NotEnoughTimeError';
}

/**
 * The source read back is not the version its HeadObject described (cut short, or other bytes), on every
 * read of one attempt: the record fails and is tried again; it is never converted as it was read.
 */
export class IncompleteReadError extends Error {
  override readonly name = 'IncompleteReadError';
}

/** HTTP status of an AWS SDK error, if it is one. */
export function statusOf(error: unknown): number | undefined {
  return (error as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
}

/** A 4xx other than throttling (429) or timeouts (408): the same request will be refused again (e.g. MetadataTooLarge). */
export function isUnfixableByRetry(error: unknown): boolean {
  const status = statusOf(error);
  return status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429;
}

/** S3's answer to a missing object (HeadObject has no body, so only the status says it). */
export function isNotFound(error: unknown): boolean {
  const e = error as { name?: string } | null;
  return e?.name === 'NotFound' || e?.name === 'NoSuchKey' || statusOf(error) === 404;
}

/** S3's answer to a read whose `If-Match` ETag is no longer the object's: a newer upload replaced it. */
export function isPreconditionFailed(error: unknown): boolean {
  const e = error as { name?: string } | null;
  return e?.name === 'PreconditionFailed' || statusOf(error) === 412;
}
