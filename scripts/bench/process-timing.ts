/**
 * Times a command as a new process: wall clock measured here, peak RSS (and CPU) from GNU time when
 * /usr/bin/time exists (a fresh clone may not have it: RSS is then reported as unknown, not guessed).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';

export interface ProcessRun {
  readonly wallMs: number;
  /** Largest RSS of the process or any child it waited for; null without GNU time. */
  readonly peakRssMiB: number | null;
  readonly cpuMs: number | null;
  readonly stdout: string;
}

export class CommandFailedError extends Error {
  override readonly name = 'CommandFailedError';
}

/** CPU time of this process's main thread so far, in ms (Linux's schedstat); null where there is none. */
export function mainThreadCpuMs(): number | null {
  try {
    return Number(readFileSync(`/proc/self/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

export function hasGnuTime(): boolean {
  return existsSync(GNU_TIME) && spawnSync(GNU_TIME, ['-f', '%M', 'true'], { stdio: 'ignore' }).status === 0;
}

/** `%M %U %S` → peak RSS in MiB and CPU ms. */
export function parseGnuTime(text: string): { peakRssMiB: number; cpuMs: number } | null {
  const match = /(\d+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)\s*$/.exec(text.trim());
  if (!match) return null;
  return { peakRssMiB: Number(match[1]) / 1024, cpuMs: (Number(match[2]) + Number(match[3])) * 1000 };
}

export function timeProcess(command: string, args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): ProcessRun {
  const withTime = hasGnuTime();
  const dir = mkdtempSync(join(tmpdir(), 'speech-press-time-'));
  const timeFile = join(dir, 'time.txt');
  try {
    const [cmd, argv] = withTime ? [GNU_TIME, ['-o', timeFile, '-f', '%M %U %S', command, ...args]] : [command, [...args]];
    const started = performance.now();
    const result = spawnSync(cmd, argv, { cwd: options.cwd, env: options.env ?? process.env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const wallMs = performance.now() - started;
    if (result.error) throw new CommandFailedError(`${command}: ${result.error.message}`);
    if (result.status !== 0) throw new CommandFailedError(`${command} ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(-2000)}`);
    const measured = withTime && existsSync(timeFile) ? parseGnuTime(readFileSync(timeFile, 'utf8')) : null;
    return { wallMs, peakRssMiB: measured?.peakRssMiB ?? null, cpuMs: measured?.cpuMs ?? null, stdout: result.stdout };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** True when `command` can be started (found on PATH). */
export function commandExists(command: string, probeArgs: readonly string[] = ['--version']): boolean {
  return spawnSync(command, probeArgs, { stdio: 'ignore', timeout: 60_000 }).error === undefined;
}
