import type { Node } from 'constructs';
import { DEFAULT_INPUT_PREFIX, DEFAULT_MAX_BYTES, DEFAULT_MAX_RECEIVE_COUNT, DEFAULT_OUTPUT_PREFIX, DEFAULT_TRADITIONAL_VARIANT } from '../lambdas/settings/defaults';
import { parseTraditionalChoice, type TraditionalChoice } from '../lambdas/settings/traditional-setting';

/** Dead letters per invocation, and invocations at once, on the dead-letter queue (2 is the least maxConcurrency allows). */
export const DEAD_LETTER_BATCH_SIZE = 10;
export const DEAD_LETTER_CONCURRENCY = 2;

/** Deployment choices, read from CDK context (`-c key=value` or cdk.json) or passed as props. */
export interface SpeechPressConfig {
  /** Traditional edition variant, or `none` for Simplified only. */
  readonly traditionalVariant: TraditionalChoice;
  readonly inputPrefix: string;
  readonly outputPrefix: string;
  /** Uploads above this size are refused with an error report, without being downloaded. */
  readonly maxBytes: number;
  readonly memoryMiB: number;
  readonly timeoutSeconds: number;
  /**
   * Reserved concurrency, off by default: with an SQS source, AWS warns it causes throttling (the
   * poller keeps invoking past it). `maxConcurrency` is the cap to use.
   */
  readonly reservedConcurrency: number | undefined;
  /** Most concurrent conversions the SQS event source starts (2–1000): one bulk copy cannot take the account. */
  readonly maxConcurrency: number;
  /** Receives of a failing upload before it is dead-lettered (AWS recommends ≥ 5 for Lambda consumers). */
  readonly maxReceiveCount: number;
  /** Days a replaced or deleted output version is kept (the output bucket is versioned). */
  readonly noncurrentVersionDays: number;
  /** Days server access logs are kept. */
  readonly accessLogDays: number;
  /** Days after which an unfinished multipart upload is aborted, in every bucket. */
  readonly incompleteUploadDays: number;
  /** SQS messages per invocation. */
  readonly batchSize: number;
  readonly logRetentionDays: number;
  /** RETAIN keeps buckets (and their documents) when the stack is deleted. */
  readonly retainData: boolean;
}

/**
 * Defaults, from measurements (docs/aws.md): the bundled handler converts the 22 KB seed into all
 * seven outputs in 3.4–3.8 s cold, peak RSS 393 MiB. The work is CPU-bound and Lambda gives one full
 * vCPU at 1769 MiB, so memory is set for CPU rather than RAM. The pipeline takes 4.2–4.8 s per MiB
 * here, so a transcript at the 5 MB limit needs ~25 s and 120 s covers it with margin; the handler
 * starts a further record of a batch only while twice its measured time is left, and queues the rest
 * again untried. The queue's visibility timeout is 6× the function timeout.
 */
export const DEFAULT_CONFIG: SpeechPressConfig = {
  traditionalVariant: DEFAULT_TRADITIONAL_VARIANT,
  inputPrefix: DEFAULT_INPUT_PREFIX,
  outputPrefix: DEFAULT_OUTPUT_PREFIX,
  maxBytes: DEFAULT_MAX_BYTES,
  memoryMiB: 1769,
  timeoutSeconds: 120,
  reservedConcurrency: undefined,
  maxConcurrency: 50,
  maxReceiveCount: DEFAULT_MAX_RECEIVE_COUNT,
  noncurrentVersionDays: 30,
  accessLogDays: 90,
  incompleteUploadDays: 7,
  batchSize: 5,
  logRetentionDays: 30,
  retainData: true,
};

export class StackConfigError extends Error {
  override readonly name = 'StackConfigError';
}

const CONTEXT_PREFIX = 'speech-press:';

function positiveInteger(name: string, value: unknown): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw new StackConfigError(`${CONTEXT_PREFIX}${name} must be a positive integer, got ${JSON.stringify(value)}`);
  return n;
}

function boundedInteger(name: string, value: unknown, min: number, max: number): number {
  const n = positiveInteger(name, value);
  if (n < min || n > max) throw new StackConfigError(`${CONTEXT_PREFIX}${name} must be between ${min} and ${max}, got ${n}`);
  return n;
}

function prefix(name: string, value: unknown): string {
  const s = String(value);
  if (s !== '' && !s.endsWith('/')) throw new StackConfigError(`${CONTEXT_PREFIX}${name} must be empty or end with "/", got "${s}"`);
  return s;
}

/** Reads `speech-press:<option>` context values over the defaults, validating each. */
export function configFromContext(node: Node, overrides: Partial<SpeechPressConfig> = {}): SpeechPressConfig {
  const read = (name: keyof SpeechPressConfig): unknown => node.tryGetContext(`${CONTEXT_PREFIX}${name}`);
  const c: Record<string, unknown> = { ...DEFAULT_CONFIG };
  for (const name of Object.keys(DEFAULT_CONFIG) as (keyof SpeechPressConfig)[]) {
    const value = read(name);
    if (value !== undefined) c[name] = value;
  }
  Object.assign(c, overrides);
  let variant: TraditionalChoice;
  try {
    variant = parseTraditionalChoice(String(c['traditionalVariant']));
  } catch (error) {
    throw new StackConfigError(`${CONTEXT_PREFIX}traditionalVariant: ${(error as Error).message}`);
  }
  const inputPrefix = prefix('inputPrefix', c['inputPrefix']);
  if (inputPrefix === '') throw new StackConfigError(`${CONTEXT_PREFIX}inputPrefix must not be empty: the trigger must be scoped to a prefix`);
  const timeoutSeconds = positiveInteger('timeoutSeconds', c['timeoutSeconds']);
  if (timeoutSeconds > 900) throw new StackConfigError(`${CONTEXT_PREFIX}timeoutSeconds must be at most 900 (the Lambda limit)`);
  const reservedConcurrency = c['reservedConcurrency'] === undefined ? undefined : positiveInteger('reservedConcurrency', c['reservedConcurrency']);
  const maxConcurrency = boundedInteger('maxConcurrency', c['maxConcurrency'], 2, 1000);
  // The pollers would invoke past the reservation and be throttled, costing each throttled record a
  // receive; the dead-letter queue's poller (DEAD_LETTER_CONCURRENCY) shares the function.
  if (reservedConcurrency !== undefined && reservedConcurrency < maxConcurrency + DEAD_LETTER_CONCURRENCY) {
    throw new StackConfigError(
      `${CONTEXT_PREFIX}reservedConcurrency (${reservedConcurrency}) must be at least maxConcurrency (${maxConcurrency}) + ${DEAD_LETTER_CONCURRENCY} for the dead-letter queue: lower maxConcurrency instead`,
    );
  }
  return {
    traditionalVariant: variant,
    inputPrefix,
    outputPrefix: prefix('outputPrefix', c['outputPrefix']),
    maxBytes: positiveInteger('maxBytes', c['maxBytes']),
    memoryMiB: positiveInteger('memoryMiB', c['memoryMiB']),
    timeoutSeconds,
    reservedConcurrency,
    maxConcurrency,
    maxReceiveCount: boundedInteger('maxReceiveCount', c['maxReceiveCount'], 1, 1000),
    noncurrentVersionDays: positiveInteger('noncurrentVersionDays', c['noncurrentVersionDays']),
    accessLogDays: positiveInteger('accessLogDays', c['accessLogDays']),
    incompleteUploadDays: positiveInteger('incompleteUploadDays', c['incompleteUploadDays']),
    batchSize: positiveInteger('batchSize', c['batchSize']),
    logRetentionDays: positiveInteger('logRetentionDays', c['logRetentionDays']),
    retainData: c['retainData'] !== false && c['retainData'] !== 'false',
  };
}
