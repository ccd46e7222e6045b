/**
 * The one parser for "which Traditional edition": a deployment setting (CDK context, Lambda
 * environment), a CLI flag, or an upload's own `x-amz-meta-variant` all go through it, so every shell
 * accepts and refuses the same words. Light: no OpenCC dictionaries are loaded here.
 */
import type { TraditionalOptions } from '../pipeline';
import { isScriptVariant, SCRIPT_VARIANTS, type ScriptVariant } from '../pipeline/script/variant';
import { DEFAULT_TRADITIONAL_VARIANT } from './defaults';

/** The Traditional edition to add, or false for Simplified only: exactly the pipeline's `traditional` option. */
export type TraditionalSetting = TraditionalOptions | false;

/** A variant name, or `none` for no Traditional edition. */
export type TraditionalChoice = ScriptVariant | 'none';

export const TRADITIONAL_CHOICES: readonly TraditionalChoice[] = [...SCRIPT_VARIANTS, 'none'];

/** The words a user may give, e.g. for an error message: `tw, hk, t, twp or none`. */
export const TRADITIONAL_CHOICES_TEXT = `${SCRIPT_VARIANTS.join(', ')} or none`;

/** A variant word nobody knows; `given` is what was written, for the message. */
export class UnknownTraditionalChoiceError extends Error {
  override readonly name = 'UnknownTraditionalChoiceError';
  constructor(readonly given: string) {
    super(`the Traditional variant must be one of ${TRADITIONAL_CHOICES_TEXT}, got "${given}"`);
  }
}

/**
 * `tw`/`hk`/`t`/`twp`/`none` (any case, surrounding spaces ignored); unset or empty means the default.
 * Throws UnknownTraditionalChoiceError for anything else.
 */
export function parseTraditionalChoice(text: string | undefined): TraditionalChoice {
  const word = (text ?? '').trim().toLowerCase();
  if (word === '') return DEFAULT_TRADITIONAL_VARIANT;
  if (word === 'none' || isScriptVariant(word)) return word;
  throw new UnknownTraditionalChoiceError(text ?? '');
}

/**
 * The pipeline option for a choice. `quotes` unset leaves the variant's own convention for quotation
 * marks (「」 for Traditional); true/false forces it.
 */
export function traditionalSetting(choice: TraditionalChoice, quotes?: boolean): TraditionalSetting {
  if (choice === 'none') return false;
  return quotes === undefined ? { variant: choice } : { variant: choice, quotes };
}

/** Parses a variant word (and an optional `true`/`false` quotes word) into the pipeline option. */
export function parseTraditional(variant: string | undefined, quotes?: string): TraditionalSetting {
  return traditionalSetting(parseTraditionalChoice(variant), quotes === undefined || quotes === '' ? undefined : quotes === 'true');
}
