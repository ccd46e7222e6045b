/**
 * Runs a bundle the launcher (bin/run.mjs) built as this thread's main module, compiled from V8's code
 * cache for it (written beside it at the exit of a run that had none, or whose cache V8 rejected).
 *
 * The launcher calls runBundle; a worker thread of the program starts here instead of at the bundle itself
 * (`new Worker('bin/run-bundle.mjs', { argv: [bundle, …args] })`, the path the launcher puts in
 * SPEECH_PRESS_BUNDLE_RUNNER), so it gets the code cache too — Node's own loader would compile the bundle's
 * 5 MB again in every thread.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { isMainThread, threadId } from 'node:worker_threads';
import { applyPipelineV8Flags } from '../lambdas/pipeline/render/pdf/adapters/v8-flags.mjs';

export function runBundle(bundle, args) {
  // The flags the pipeline sets for itself (harfbuzz's), set before the bundle is compiled: the code cache
  // records the flags it was made under, so a cache written at exit, after the pipeline set them, would
  // otherwise be rejected by every start. Set once, by the main thread (a worker thread starts here later).
  applyPipelineV8Flags();
  // V8's code cache for this bundle and this Node: functions compiled by an earlier run are not compiled again.
  // V8 checks the source and its own version and flags, and rejects a cache that does not match.
  const codeCache = `${bundle}.${process.version}-${process.arch}.v8cache`;
  let cachedData;
  try {
    cachedData = readFileSync(codeCache);
  } catch {
    cachedData = undefined;
  }
  // The entry's `#!` line is kept by esbuild; Node's own loader blanks it the same way before compiling.
  const source = readFileSync(bundle, 'utf8').replace(/^#!.*/, '');
  const script = new vm.Script(Module.wrap(source), {
    filename: bundle,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  if (cachedData === undefined || script.cachedDataRejected) {
    // Written at exit, so it holds every function this run compiled (the conversion's too, not only start-up).
    process.once('exit', () => {
      try {
        const partial = `${codeCache}.${process.pid}-${threadId}.tmp`;
        writeFileSync(partial, script.createCachedData());
        renameSync(partial, codeCache);
      } catch {
        // A read-only cache directory only costs the next start its compile time.
      }
    });
  }

  process.argv = [process.argv[0], bundle, ...args];
  const module = new Module(bundle, null);
  module.filename = bundle;
  module.paths = Module._nodeModulePaths(dirname(bundle));
  module.loaded = true;
  script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
}

if (!isMainThread && process.argv[1] === fileURLToPath(import.meta.url)) {
  const [bundle, ...args] = process.argv.slice(2);
  runBundle(bundle, args);
}
