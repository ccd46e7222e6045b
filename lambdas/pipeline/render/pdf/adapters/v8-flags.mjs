/**
 * V8 flags the pipeline runs under, and the one place that sets them. Plain JavaScript, because the CLI's
 * launcher (bin/run-bundle.mjs, run by plain node) sets them before it compiles the bundle — V8's code cache
 * records the flags it was made under, so a cache written at the exit of a run that set them later would be
 * rejected by every next start — and the bundle itself (harfbuzz-subset.ts, edition-thread.ts) sets them too.
 *
 * `--liftoff-only`: harfbuzz's wasm in V8's baseline code only (docs/performance.md, step 18); read when a
 * wasm module is compiled, so it must be set before harfbuzz's is.
 */
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';

const PIPELINE_V8_FLAGS = Object.freeze(['--liftoff-only']);

// On the thread's global object, so the launcher's copy of this module and the bundle's copy (two module
// instances in one thread) agree that the flags are set.
const APPLIED = Symbol.for('speech-press:pipeline-v8-flags');

/**
 * Sets the flags, once per process, from its main thread. V8's flags are the process's, and changing them
 * while another thread runs JavaScript is not safe: whoever starts a worker thread calls this first
 * (EditionThread), and a worker thread never sets them — it runs under what its main thread set.
 */
export function applyPipelineV8Flags() {
  if (!isMainThread || globalThis[APPLIED] === true) return;
  for (const flag of PIPELINE_V8_FLAGS) setFlagsFromString(flag);
  globalThis[APPLIED] = true;
}

/** Whether this process's main thread has set them (for tests). */
export function pipelineV8FlagsApplied() {
  return globalThis[APPLIED] === true;
}
