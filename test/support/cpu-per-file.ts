/**
 * Opt-in measurement of the test loop (docs/performance.md, "The test loop"): with SPEECH_PRESS_TEST_CPU_LOG=<file>,
 * vitest.config.mts runs this before every test file, and each file appends one line to <file>:
 * CPU seconds, wall seconds, worker pid, path. CPU is the worker's user + system time and that of the children
 * it waited for (the CLI, `npm start`, soffice, chromium, esbuild), from /proc/self/stat, from before the file's
 * imports to its last hook: the figure to compare on a machine whose load changes wall times from run to run.
 * The first file in each worker also carries that worker's imports. `sort -rn <file> | head` lists the costliest.
 */
import { appendFileSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';

const TICKS_PER_SECOND = 100; // USER_HZ: 100 on every Linux vitest runs on here

/** utime + stime + cutime + cstime (fields 14–17 of /proc/self/stat), in seconds; 0 where there is no /proc. */
function cpuSeconds(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

const log = process.env['SPEECH_PRESS_TEST_CPU_LOG'];
const cpuAtStart = cpuSeconds();
const wallAtStart = performance.now();
let file = '?';

// vitest passes the file's suite as the second argument only (the first must be a destructuring pattern).
beforeAll(({}, suite) => {
  file = (suite as { file?: { filepath?: string } }).file?.filepath ?? file;
});

afterAll(() => {
  if (!log) return;
  const cpu = (cpuSeconds() - cpuAtStart).toFixed(2);
  const wall = ((performance.now() - wallAtStart) / 1000).toFixed(2);
  appendFileSync(log, `${cpu}\t${wall}\t${process.pid}\t${file}\n`);
});
