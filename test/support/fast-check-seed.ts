import fc from 'fast-check';

/**
 * Every property test runs one fixed seed, so a CI run cannot pass or fail by the draw. `FC_SEED=n` runs
 * another seed to explore locally (test/properties.test.ts also takes a range a-b); a failure prints its
 * seed and path to replay.
 */
const spec = process.env['FC_SEED'];
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: spec !== undefined && /^-?\d+$/.test(spec) ? Number(spec) : 20261201 });
