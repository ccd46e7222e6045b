/**
 * CPU time of a call, for tests that compare the work at two input sizes (never an absolute time):
 * CPU rather than wall time, so other processes on a busy machine do not count, and the least of a few
 * runs, so a garbage collection in one run does not either.
 */
export function leastCpuMs(call: () => unknown, runs = 3): number {
  let least = Infinity;
  for (let run = 0; run < runs; run++) {
    const start = process.cpuUsage();
    call();
    const used = process.cpuUsage(start);
    least = Math.min(least, (used.user + used.system) / 1000);
  }
  return least;
}
