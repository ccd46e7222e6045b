import type { TraditionalOptions } from '../pipeline';
// The variant module alone: lib/ reads this file at synth time and must not load the OpenCC dictionaries.
import { DEFAULT_SCRIPT_VARIANT, isScriptVariant, SCRIPT_VARIANTS } from '../pipeline/script/variant';

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

/** A deployment setting is missing or malformed: fail the cold start loudly instead of converting wrongly. */
export class HandlerConfigError extends Error {
  override readonly name = 'HandlerConfigError';
}

export const ENV = {
  outputBucket: 'OUTPUT_BUCKET',
  inputPrefix: 'INPUT_PREFIX',
  outputPrefix: 'OUTPUT_PREFIX',
  maxBytes: 'MAX_BYTES',
  traditionalVariant: 'TRADITIONAL_VARIANT',
  traditionalQuotes: 'TRADITIONAL_QUOTES',
} as const;

/** The Traditional edition to add, or false for Simplified only: exactly the pipeline's `traditional` option. */
export type TraditionalSetting = TraditionalOptions | false;

/** `none` switches the Traditional edition off. */
export function parseTraditional(variant: string | undefined, quotes: string | undefined): TraditionalSetting {
  const chosen = variant === undefined || variant === '' ? DEFAULT_SCRIPT_VARIANT : variant;
  if (chosen === 'none') return false;
  if (!isScriptVariant(chosen)) throw new HandlerConfigError(`${ENV.traditionalVariant} must be one of ${SCRIPT_VARIANTS.join(', ')} or none, got "${chosen}"`);
  // Unset leaves the pipeline's own default for quotation marks.
  if (quotes === undefined || quotes === '') return { variant: chosen };
  return { variant: chosen, quotes: quotes === 'true' };
}

export function configFromEnv(env: NodeJS.ProcessEnv, defaultMaxBytes: number): HandlerConfig {
  const outputBucket = env[ENV.outputBucket];
  if (outputBucket === undefined || outputBucket === '') throw new HandlerConfigError(`${ENV.outputBucket} is not set`);
  const maxBytesText = env[ENV.maxBytes];
  const maxBytes = maxBytesText === undefined || maxBytesText === '' ? defaultMaxBytes : Number(maxBytesText);
  if (!Number.isSafeInteger(maxBytes) || maxBytes <= 0) throw new HandlerConfigError(`${ENV.maxBytes} must be a positive integer, got "${maxBytesText}"`);
  return {
    outputBucket,
    inputPrefix: env[ENV.inputPrefix] ?? 'incoming/',
    outputPrefix: env[ENV.outputPrefix] ?? '',
    maxBytes,
    traditional: parseTraditional(env[ENV.traditionalVariant], env[ENV.traditionalQuotes]),
  };
}
