/**
 * The defaults every shell shares — the CDK stack (lib/), the Lambda handler, the local stack behind
 * `npm start` and the CLI — so a deployment, a local run and a CLI run convert the same way unless told
 * otherwise. Light on purpose: lib/ reads it at synth time, so nothing here may load the pipeline's
 * fonts or OpenCC dictionaries.
 */
import { DEFAULT_MAX_BYTES } from '../pipeline/decode';
import { DEFAULT_SCRIPT_VARIANT } from '../pipeline/script/variant';

/** Uploads under this prefix of the input bucket are converted (AWS and local). */
export const DEFAULT_INPUT_PREFIX = 'incoming/';

/** Outputs go to the top of the output bucket, mirroring the sub-folders below the input prefix. */
export const DEFAULT_OUTPUT_PREFIX = '';

/** Larger sources are refused as `too-large` (the pipeline's own limit, re-exported so shells need one import). */
export { DEFAULT_MAX_BYTES };

/** The Traditional edition's variant when nobody chose one. */
export const DEFAULT_TRADITIONAL_VARIANT = DEFAULT_SCRIPT_VARIANT;

/**
 * Receives of a failing upload before it is dead-lettered, on AWS and in the local queue. AWS
 * recommends at least 5 for Lambda consumers: throttles and deferrals must not use up a valid upload.
 */
export const DEFAULT_MAX_RECEIVE_COUNT = 5;
