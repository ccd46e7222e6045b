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

/** S3's limit on an object key: 1024 bytes of UTF-8 (AWS; the local server refuses longer keys too). */
export const MAX_KEY_BYTES = 1024;

/**
 * The most bytes an output's name adds to its upload's file name: `a.txt` → `a.txt.<16 hex>.error.json`
 * (a refusal put beside another source's report) adds 28; `a.zh-Hant.docx` adds 9. The handler
 * refuses an upload whose key leaves less than this below MAX_KEY_BYTES (on AWS), so that every
 * output of it can be stored.
 */
export const OUTPUT_NAME_ROOM_BYTES = 28;

/**
 * The longest upload file name, in UTF-8 bytes, `.txt` included: 65 CJK characters. The web API
 * refuses longer names and the local S3 server (`npm start`) refuses such uploads: with
 * OUTPUT_NAME_ROOM_BYTES added, every output name still fits one file name of the local store (255
 * bytes less the 22 s3rver appends: 233). Real S3 has no such per-name limit, only MAX_KEY_BYTES.
 */
export const MAX_UPLOAD_NAME_BYTES = 200;
