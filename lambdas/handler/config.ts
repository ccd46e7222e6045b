// The settings modules alone: lib/ reads this file at synth time and must not load the OpenCC dictionaries.
import { DEFAULT_INPUT_PREFIX, DEFAULT_MAX_BYTES, DEFAULT_OUTPUT_PREFIX } from '../settings/defaults';
import { parseTraditional, type TraditionalSetting } from '../settings/traditional-setting';
import { HandlerConfigError } from './errors';

/** What the deployment decides; the stack passes it as environment variables (names below). */
export interface HandlerConfig {
  readonly outputBucket: string;
  /** Only keys under this prefix are converted; it is stripped from output keys. */
  readonly inputPrefix: string;
  readonly outputPrefix: string;
  /** Larger sources are refused from HeadObject alone, before any download. */
  readonly maxBytes: number;
  readonly traditional: TraditionalSetting;
}


export const ENV = {
  outputBucket: 'OUTPUT_BUCKET',
  inputPrefix: 'INPUT_PREFIX',
  outputPrefix: 'OUTPUT_PREFIX',
  maxBytes: 'MAX_BYTES',
  traditionalVariant: 'TRADITIONAL_VARIANT',
  traditionalQuotes: 'TRADITIONAL_QUOTES',
  queueUrl: 'QUEUE_URL',
  maxReceiveCount: 'MAX_RECEIVE_COUNT',
  eventBusName: 'EVENT_BUS_NAME',
  deadLetterQueueArn: 'DEAD_LETTER_QUEUE_ARN',
  givenUpQueueUrl: 'GIVEN_UP_QUEUE_URL',
} as const;

/** Where the deployed handler sends what is not an output: deferred records, completion events. */
export interface QueueWiring {
  /** The upload queue itself: deferred records are sent here again. Unset: they are reported as failed. */
  readonly queueUrl?: string;
  /** The queue's redrive count: the receive on which a failing record gets an internal-error report. */
  readonly maxReceiveCount?: number;
  /** EventBridge bus for completion events. Unset: no events. */
  readonly eventBusName?: string;
  /** The dead-letter queue this function also reads, and the given-up queue its records are parked on (both or neither). */
  readonly deadLetters?: { readonly queueArn: string; readonly givenUpQueueUrl: string };
}

export function wiringFromEnv(env: NodeJS.ProcessEnv): QueueWiring {
  const text = (name: string) => (env[name] === undefined || env[name] === '' ? undefined : env[name]);
  const countText = text(ENV.maxReceiveCount);
  const count = countText === undefined ? undefined : Number(countText);
  if (count !== undefined && (!Number.isSafeInteger(count) || count <= 0)) throw new HandlerConfigError(`${ENV.maxReceiveCount} must be a positive integer, got "${countText}"`);
  const queueUrl = text(ENV.queueUrl);
  const eventBusName = text(ENV.eventBusName);
  const deadLetterQueueArn = text(ENV.deadLetterQueueArn);
  const givenUpQueueUrl = text(ENV.givenUpQueueUrl);
  if ((deadLetterQueueArn === undefined) !== (givenUpQueueUrl === undefined)) throw new HandlerConfigError(`${ENV.deadLetterQueueArn} and ${ENV.givenUpQueueUrl} are set together or not at all`);
  return {
    ...(queueUrl !== undefined ? { queueUrl } : {}),
    ...(count !== undefined ? { maxReceiveCount: count } : {}),
    ...(eventBusName !== undefined ? { eventBusName } : {}),
    ...(deadLetterQueueArn !== undefined && givenUpQueueUrl !== undefined ? { deadLetters: { queueArn: deadLetterQueueArn, givenUpQueueUrl } } : {}),
  };
}

function traditionalFromEnv(env: NodeJS.ProcessEnv): TraditionalSetting {
  try {
    return parseTraditional(env[ENV.traditionalVariant], env[ENV.traditionalQuotes]);
  } catch (error) {
    throw new HandlerConfigError(`${ENV.traditionalVariant}: ${(error as Error).message}`);
  }
}

export function configFromEnv(env: NodeJS.ProcessEnv, defaultMaxBytes = DEFAULT_MAX_BYTES): HandlerConfig {
  const outputBucket = env[ENV.outputBucket];
  if (outputBucket === undefined || outputBucket === '') throw new HandlerConfigError(`${ENV.outputBucket} is not set`);
  const maxBytesText = env[ENV.maxBytes];
  const maxBytes = maxBytesText === undefined || maxBytesText === '' ? defaultMaxBytes : Number(maxBytesText);
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) throw new HandlerConfigError(`${ENV.maxBytes} must be a positive integer, got "${maxBytesText}"`);
  return {
    outputBucket,
    inputPrefix: env[ENV.inputPrefix] ?? DEFAULT_INPUT_PREFIX,
    outputPrefix: env[ENV.outputPrefix] ?? DEFAULT_OUTPUT_PREFIX,
    maxBytes,
    traditional: traditionalFromEnv(env),
  };
}
