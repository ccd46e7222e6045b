import fc from 'fast-check';

/**
 * Every property test runs one fixed seed, so a CI run cannot pass or fail by the draw. `FC_SEED=123` runs
 * another seed to explore locally; `FC_SEED=1-300` a range of them in test/properties.test.ts (each with the
 * full run count). A failure prints its seed and path to replay. Set up for every test file (vitest.config.mts).
 */
export const FIXED_SEED = 20261201;

export function seeds(spec = process.env['FC_SEED']): number[] {
  if (spec === undefined || spec === '') return [FIXED_SEED];
  const range = /^(-?\d+)-(-?\d+)$/.exec(spec);
  if (range) return Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, k) => Number(range[1]) + k);
  if (!/^-?\d+$/.test(spec)) throw new Error(`FC_SEED must be an integer or a range a-b, not ${spec}`);
  return [Number(spec)];
}

// A range keeps the fixed seed for the tests that take one seed (properties.test.ts runs the range itself).
const chosen = seeds();
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: chosen.length === 1 ? chosen[0]! : FIXED_SEED });
