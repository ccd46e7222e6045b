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
} as const;

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
