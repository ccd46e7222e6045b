/** What asked the runner to stop. */
export type StopReason = 'SIGINT' | 'SIGTERM' | 'parent-gone';

/** How often the runner checks that the process that started it is still there. */
const PARENT_CHECK_MS = 1000;

/**
 * Calls `stop` once, on Ctrl-C (SIGINT), on SIGTERM, or (with `watchParent`) when the process that
 * started this one is gone. `npm start` runs `sh -c "node …"`; npm passes a SIGTERM on to that shell,
 * and Debian's sh (dash) dies of it without passing it on, so the runner would live on as an orphan
 * holding its ports. An orphan is adopted by another process, which changes `process.ppid`: that is
 * the signal. Only under npm: started directly, a runner may be meant to outlive its parent (`nohup`).
 * Returns a function that stops listening.
 */
export function onStopRequest(stop: (reason: StopReason) => void, options: { readonly watchParent: boolean }): () => void {
  let stopped = false;
  const once = (reason: StopReason) => {
    if (stopped) return;
    stopped = true;
    stop(reason);
  };
  const onInt = () => once('SIGINT');
  const onTerm = () => once('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  const parent = process.ppid;
  const timer = options.watchParent ? setInterval(() => process.ppid !== parent && once('parent-gone'), PARENT_CHECK_MS) : undefined;
  timer?.unref();
  return () => {
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
    clearInterval(timer);
  };
}

/**
 * Runs `stop` (the queue, then both servers) and exits with `code()`. A stop that fails still exits, with
 * code 1 and one line saying why, instead of an unhandled rejection's stack trace and a runner left half
 * stopped.
 */
export function stopThenExit(
  stop: () => Promise<void>,
  code: () => number,
  exit: (code: number) => void = (c) => process.exit(c),
  log: (line: string) => void = (line) => console.error(line),
): Promise<void> {
  return stop().then(
    () => exit(code()),
    (error: unknown) => {
      log(`could not stop cleanly: ${error instanceof Error ? error.message : String(error)}`);
      exit(1);
    },
  );
}
