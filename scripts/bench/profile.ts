/**
 * Where convert() spends its time, from V8's CPU profiler: the first conversion in a fresh process
 * (after imports) and then warm conversions, each profiled separately. Prints the top functions by
 * self time and the top files by inclusive time, so a missed target comes with its top cost.
 *
 *   npx tsx scripts/bench/profile.ts [transcript.txt] [--warm-runs 10] [--save dir]
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { basename, join, resolve } from 'node:path';
import type { Profiler } from 'node:inspector';
import { convert } from '../../lambdas/pipeline';
import { seedPath } from './inputs';

export interface CostLine {
  readonly name: string;
  readonly ms: number;
  readonly share: number;
}

export interface ProfileSummary {
  readonly totalMs: number;
  readonly selfByFunction: readonly CostLine[];
  readonly inclusiveByFile: readonly CostLine[];
}

const repoRoot = resolve(__dirname, '..', '..');

function shortUrl(url: string): string {
  return url.replace(`file://${repoRoot}/`, '').replace(/^.*node_modules\//, 'node_modules/');
}

/** Self time per function and inclusive time per source file (a file counted once per sample). */
export function summarizeProfile(profile: Profiler.Profile, top = 15): ProfileSummary {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const timePerNode = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => timePerNode.set(id, (timePerNode.get(id) ?? 0) + (deltas[i] ?? 0)));

  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, us] of timePerNode) {
    const frame = nodes.get(id)!.callFrame;
    const file = shortUrl(frame.url) || `(${frame.functionName || 'native'})`;
    const fn = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
    self.set(fn, (self.get(fn) ?? 0) + us);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const f = shortUrl(nodes.get(cur)!.callFrame.url);
      if (f !== '' && !seen.has(f)) {
        seen.add(f);
        inclusive.set(f, (inclusive.get(f) ?? 0) + us);
      }
    }
  }
  const totalUs = [...timePerNode.values()].reduce((a, b) => a + b, 0);
  const lines = (m: Map<string, number>): CostLine[] =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: us / totalUs }));
  return { totalMs: totalUs / 1000, selfByFunction: lines(self), inclusiveByFile: lines(inclusive) };
}

function print(title: string, summary: ProfileSummary, runs: number): void {
  const row = (l: CostLine): string => `${(l.ms / runs).toFixed(1).padStart(8)} ms/run ${(100 * l.share).toFixed(1).padStart(5)}%  ${l.name}`;
  console.log(`\n## ${title}: ${(summary.totalMs / runs).toFixed(0)} ms per run profiled\nself time, top functions:`);
  summary.selfByFunction.forEach((l) => console.log(row(l)));
  console.log('inclusive time, top files:');
  summary.inclusiveByFile.forEach((l) => console.log(row(l)));
}

async function profiled(session: Session, fn: () => Promise<void>): Promise<Profiler.Profile> {
  await session.post('Profiler.setSamplingInterval', { interval: 250 });
  await session.post('Profiler.start');
  await fn();
  return (await session.post('Profiler.stop')).profile;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
  const warmRuns = Number(flag('--warm-runs') ?? 10);
  const saveDir = flag('--save');
  const input = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? seedPath(repoRoot).path;
  const bytes = readFileSync(input);
  const options = { sourceName: basename(input) };

  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  const first = await profiled(session, () => convert(bytes, options).then(() => undefined));
  const warm = await profiled(session, async () => {
    for (let i = 0; i < warmRuns; i++) await convert(bytes, options);
  });
  session.disconnect();
  console.log(`input: ${input}`);
  print('first convert() in this process (after imports)', summarizeProfile(first), 1);
  print(`warm convert(), ${warmRuns} runs`, summarizeProfile(warm), warmRuns);
  if (saveDir) {
    mkdirSync(saveDir, { recursive: true });
    writeFileSync(join(saveDir, 'first.cpuprofile'), JSON.stringify(first));
    writeFileSync(join(saveDir, 'warm.cpuprofile'), JSON.stringify(warm));
    console.log(`\nprofiles saved in ${saveDir} (open in Chrome DevTools → Performance)`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
