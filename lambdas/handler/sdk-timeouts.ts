/**
 * How long an AWS SDK request may take. The SDK's default is no limit at all: a socket that never
 * answers would hold the invocation until Lambda's timeout, failing the whole batch (a receive off every
 * record in it) and, for a completion event, losing the event (the redelivery finds the work done).
 * With a limit the request fails with a TimeoutError, which the SDK retries like any transient error.
 */
export interface SdkTimeouts {
  /** Until the connection is open. */
  readonly connectionMs: number;
  /** From sending the request to the end of the response. */
  readonly requestMs: number;
}

/** S3 reads and writes: sources and outputs are at most a few MB, which S3 moves in well under a second. */
export const S3_TIMEOUTS: SdkTimeouts = { connectionMs: 5_000, requestMs: 20_000 };

/** Small calls beside the work: re-queueing a record, publishing a completion event. */
export const SIDE_CALL_TIMEOUTS: SdkTimeouts = { connectionMs: 3_000, requestMs: 5_000 };

/** The SDK client's `requestHandler` option for these limits (a breach throws instead of only warning). */
export function requestHandlerOptions(timeouts: SdkTimeouts) {
  return { connectionTimeout: timeouts.connectionMs, requestTimeout: timeouts.requestMs, throwOnRequestTimeout: true };
}
