import { S3ServiceException, type S3Client } from '@aws-sdk/client-s3';

/** A command as the client sees it: its class name and input (Bucket, Key…). */
export interface SentCommand {
  readonly name: string;
  readonly input: { Bucket?: string; Key?: string; Metadata?: Record<string, string>; IfMatch?: string; VersionId?: string };
}

/** AWS's limit on user metadata: UTF-8 bytes of every `x-amz-meta-` name and value together (s3rver does not enforce it). */
export const USER_METADATA_LIMIT = 2048;

function metadataTooLarge(command: SentCommand): S3ServiceException | null {
  if (command.name !== 'PutObjectCommand' || command.input.Metadata === undefined) return null;
  const size = Object.entries(command.input.Metadata).reduce((sum, [k, v]) => sum + Buffer.byteLength(`x-amz-meta-${k}`) + Buffer.byteLength(v), 0);
  if (size <= USER_METADATA_LIMIT) return null;
  return new S3ServiceException({
    name: 'MetadataTooLarge',
    $fault: 'client',
    $metadata: { httpStatusCode: 400 },
    message: 'Your metadata headers exceed the maximum allowed metadata size.',
  });
}

/** What AWS answers when it throttles: a retryable 503. */
export function slowDown(): S3ServiceException {
  return new S3ServiceException({ name: 'SlowDown', $fault: 'server', $metadata: { httpStatusCode: 503 }, message: 'Please reduce your request rate.' });
}

/** What S3 answers a GetObject whose If-Match ETag is no longer the object's (s3rver ignores If-Match). */
export function preconditionFailed(): S3ServiceException {
  return new S3ServiceException({ name: 'PreconditionFailed', $fault: 'client', $metadata: { httpStatusCode: 412 }, message: 'At least one of the pre-conditions you specified did not hold' });
}

/** S3's rare 500. */
export function internalError(): S3ServiceException {
  return new S3ServiceException({ name: 'InternalError', $fault: 'server', $metadata: { httpStatusCode: 500 }, message: 'We encountered an internal error. Please try again.' });
}

/**
 * The real client, with every command recorded and chosen ones failing as AWS fails under load
 * (`failWhen` true: a 503 SlowDown; or the S3 error it returns).
 * The server stays real: only the client-side view of one request is replaced by an error.
 * AWS limits s3rver lacks (user metadata size) are enforced on every request.
 */
export function faultyClient(client: S3Client, failWhen: (command: SentCommand) => boolean | S3ServiceException = () => false) {
  const sent: SentCommand[] = [];
  const wrapped = Object.create(client) as S3Client;
  wrapped.send = (async (command: { constructor: { name: string }; input: SentCommand['input'] }) => {
    const seen = { name: command.constructor.name, input: command.input };
    sent.push(seen);
    const refused = metadataTooLarge(seen);
    if (refused !== null) throw refused;
    const fault = failWhen(seen);
    if (fault instanceof S3ServiceException) throw fault;
    if (fault) throw slowDown();
    return (client.send as (c: unknown) => Promise<unknown>)(command);
  }) as unknown as S3Client['send'];
  return { client: wrapped, sent };
}

/**
 * The client, with the body of chosen GetObject answers replaced by what `cut` makes of the real bytes
 * (a read cut short, or the older file a store has not yet overwritten): what s3rver returns when it is
 * read while it still writes the object. The request itself goes to the real server.
 */
export function cutBodies(client: S3Client, cut: (bytes: Uint8Array, input: SentCommand['input'], nth: number) => Uint8Array | null) {
  let reads = 0;
  const wrapped = Object.create(client) as S3Client;
  wrapped.send = (async (command: { constructor: { name: string }; input: SentCommand['input'] }) => {
    const answer = await (client.send as (c: unknown) => Promise<unknown>)(command);
    if (command.constructor.name !== 'GetObjectCommand') return answer;
    const got = answer as { Body?: { transformToByteArray(): Promise<Uint8Array> } };
    const bytes = await got.Body!.transformToByteArray();
    const replaced = cut(bytes, command.input, ++reads) ?? bytes;
    return { ...got, Body: { transformToByteArray: async () => replaced, transformToString: async () => new TextDecoder().decode(replaced) } };
  }) as unknown as S3Client['send'];
  return wrapped;
}
