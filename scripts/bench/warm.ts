/**
 * Per warm document, in one process: wall, process CPU, main-thread CPU, bytes allocated and collections.
 * Made to compare two trees side by side (this one and a baseline checkout): the pipeline is imported
 * from `--root` (default: this tree), so the same measuring code runs against both.
 *
 *   npx tsx scripts/bench/warm.ts [transcript.txt] [--root dir] [--docs 28] [--skip 2] [--json]
 *
 * Allocated bytes = heap growth + what every collection freed (v8.GCProfiler, Node ≥ 20), so the figure
 * does not depend on when V8 happens to collect; it and the collection counts do not depend on the load
 * either, unlike the times.
 */
import { readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import v8 from 'node:v8';
import { seedPath } from './inputs';
import { mainThreadCpuMs } from './process-timing';
import { median } from './stats';

interface GcEntry {
  readonly gcType: string;
  readonly beforeGC: { readonly heapStatistics: { readonly usedHeapSize: number } };
  readonly afterGC: { readonly heapStatistics: { readonly usedHeapSize: number } };
}

/** Main-thread CPU in ms; NaN where Linux's schedstat is missing, so the figure reads as unknown. */
const mainThreadMs = (): number => mainThreadCpuMs() ?? Number.NaN;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const root = resolve(flag('--root') ?? join(__dirname, '..', '..'));
  const docs = Number(flag('--docs') ?? 28);
  const skip = Number(flag('--skip') ?? 2);
  const input = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? seedPath(root).path;
  const { convert } = (await import(join(root, 'lambdas', 'pipeline', 'index.ts'))) as typeof import('../../lambdas/pipeline');
  const bytes = readFileSync(input);
  const options = { sourceName: basename(input) };
  for (let i = 0; i < skip; i += 1) await convert(bytes, options);

  const wall: number[] = [];
  const cpu: number[] = [];
  const main: number[] = [];
  const profiler = new v8.GCProfiler();
  const heapBefore = v8.getHeapStatistics().used_heap_size;
  profiler.start();
  for (let i = 0; i < docs; i += 1) {
    const cpuBefore = process.cpuUsage();
    const mainBefore = mainThreadMs();
    const started = performance.now();
    await convert(bytes, options);
    wall.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
    main.push(mainThreadMs() - mainBefore);
  }
  const heapAfter = v8.getHeapStatistics().used_heap_size;
  const { statistics } = profiler.stop() as unknown as { statistics: readonly GcEntry[] };
  const freed = statistics.reduce((sum, gc) => sum + gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize, 0);
  const count = (type: string): number => statistics.filter((gc) => gc.gcType === type).length / docs;
  const result = {
    root,
    docs,
    wallMs: median(wall),
    wallRange: [Math.min(...wall), Math.max(...wall)],
    cpuMs: median(cpu),
    mainThreadCpuMs: median(main),
    allocatedMB: (heapAfter - heapBefore + freed) / docs / 1e6,
    scavenges: count('Scavenge'),
    markCompacts: count('MarkSweepCompact'),
  };
  if (args.includes('--json')) console.log(JSON.stringify(result));
  else
    console.log(
      `${root}: ${docs} warm documents — wall ${result.wallMs.toFixed(1)} ms (${result.wallRange.map((v) => v.toFixed(0)).join('–')}), ` +
        `CPU ${result.cpuMs.toFixed(1)} ms, main thread ${result.mainThreadCpuMs.toFixed(1)} ms, ` +
        `allocated ${result.allocatedMB.toFixed(1)} MB, scavenges ${result.scavenges.toFixed(2)}, mark-compacts ${result.markCompacts.toFixed(2)}`,
    );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
