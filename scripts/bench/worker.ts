/**
 * One stage on one input, in its own process, so each figure starts from the same state and the
 * process's peak RSS belongs to that stage alone. Run by scripts/bench.ts (see runStageInWorker);
 * prints one `@@BENCH {json}` line.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { summarize, type Summary } from './stats';
import { isStageName, prepareStage, UnknownStageError, type OutputSizes, type StageName } from './stages';

export interface RunPolicy {
  /** Runs wanted (the issue asks for ≥ 20). */
  readonly targetRuns: number;
  /** Never fewer than this, whatever the budget. */
  readonly minRuns: number;
  /** Stop adding runs after this much measured time once minRuns are done (large inputs). */
  readonly budgetMs: number;
}

export interface WorkerJob {
  readonly stage: StageName;
  readonly inputPath: string;
  readonly sourceName: string;
  readonly policy: RunPolicy;
}

export interface StageResult {
  /** The first run in a fresh process: lazy fonts, dictionaries and JIT warm-up included. */
  readonly firstMs: number;
  readonly warm: Summary;
  /** Median CPU time (user + system) of the warm runs: less sensitive to other load on the machine. */
  readonly warmCpuMedianMs: number;
  readonly peakRssMiB: number;
  readonly outputs: OutputSizes;
}

export class WorkerFailedError extends Error {
  override readonly name = 'WorkerFailedError';
}

const MARK = '@@BENCH ';

/** True while more warm runs are wanted. */
export function wantsMoreRuns(policy: RunPolicy, runs: number, elapsedMs: number): boolean {
  if (runs < policy.minRuns) return true;
  return runs < policy.targetRuns && elapsedMs < policy.budgetMs;
}

async function measure(job: WorkerJob): Promise<StageResult> {
  const prepared = await prepareStage(job.stage, readFileSync(job.inputPath), job.sourceName);
  let started = performance.now();
  const outputs = await prepared.run();
  const firstMs = performance.now() - started;
  const wall: number[] = [];
  const cpu: number[] = [];
  let elapsed = 0;
  while (wantsMoreRuns(job.policy, wall.length, elapsed)) {
    const cpuBefore = process.cpuUsage();
    started = performance.now();
    await prepared.run();
    const ms = performance.now() - started;
    const used = process.cpuUsage(cpuBefore);
    wall.push(ms);
    cpu.push((used.user + used.system) / 1000);
    elapsed += ms;
  }
  return {
    firstMs,
    warm: summarize(wall),
    warmCpuMedianMs: summarize(cpu).medianMs,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    outputs,
  };
}

/** Runs `job` in a new Node process with the same loader (tsx) as this one. */
export function runStageInWorker(job: WorkerJob): Promise<StageResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, __filename, JSON.stringify(job)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      const line = out.split('\n').find((l) => l.startsWith(MARK));
      if (code !== 0 || line === undefined) reject(new WorkerFailedError(`${job.stage} on ${job.sourceName}: exit ${code}\n${out}`));
      else resolve(JSON.parse(line.slice(MARK.length)) as StageResult);
    });
  });
}

if (require.main === module) {
  const job = JSON.parse(process.argv[2] ?? '{}') as WorkerJob;
  if (!isStageName(job.stage)) throw new UnknownStageError(String(job.stage));
  measure(job).then(
    (result) => process.stdout.write(`\n${MARK}${JSON.stringify(result)}\n`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
