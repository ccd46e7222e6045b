import { describe, expect, it } from 'vitest';
import { DEFAULT_TRADITIONAL_VARIANT } from '../../lambdas/settings/defaults';
import { parseTraditional, parseTraditionalChoice, TRADITIONAL_CHOICES, UnknownTraditionalChoiceError } from '../../lambdas/settings/traditional-setting';

describe('the one Traditional-variant parser', () => {
  it('accepts every variant and none, in any case, and defaults when unset or empty', () => {
    expect(TRADITIONAL_CHOICES).toEqual(['tw', 'hk', 't', 'twp', 'none']);
    for (const choice of TRADITIONAL_CHOICES) expect(parseTraditionalChoice(` ${choice.toUpperCase()} `)).toBe(choice);
    expect(parseTraditionalChoice(undefined)).toBe(DEFAULT_TRADITIONAL_VARIANT);
    expect(parseTraditionalChoice('')).toBe(DEFAULT_TRADITIONAL_VARIANT);
  });

  it('refuses anything else, naming what was given and what is allowed', () => {
    expect(() => parseTraditionalChoice('zh-TW')).toThrow(UnknownTraditionalChoiceError);
    expect(() => parseTraditionalChoice('jp')).toThrow('tw, hk, t, twp or none, got "jp"');
  });

  it('gives the pipeline option: none switches the edition off, quotes only when stated', () => {
    expect(parseTraditional('none')).toBe(false);
    expect(parseTraditional('hk')).toEqual({ variant: 'hk' });
    expect(parseTraditional('t', 'false')).toEqual({ variant: 't', quotes: false });
  });
});
