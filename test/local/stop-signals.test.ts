import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/shared';
import { LOCAL_RUNNER } from '../support/local-runner';
import { stopThenExit } from '../../lambdas/local/stop-signals';

/** True while any process of the group still runs. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitFor(condition: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 200))) if (condition()) return true;
  return condition();
}

const portOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

describe('npm start stops on SIGTERM', () => {
  it('a SIGTERM to npm stops the whole process tree (npm, sh, node) and frees the S3 port, like Ctrl-C', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-press-sigterm-'));
    writeFileSync(join(dir, '讲话.txt'), '在全市教育工作会议上的讲话\n同志们：\n今天我们召开全市教育工作会议。\n');
    // Its own process group, so the test can see every process npm started (and clean up if they outlive it).
    const npm = spawn('npm', ['start', '--', '--port', '0', '--web-port', '0', '--data', join(dir, 's3'), '--out', join(dir, 'out'), join(dir, '讲话.txt')], {
      cwd: repoRoot,
      detached: true,
    });
    let out = '';
    npm.stdout.on('data', (d: Buffer) => (out += d.toString()));
    npm.stderr.on('data', (d: Buffer) => (out += d.toString()));
    try {
      expect(await waitFor(() => out.includes('watching for uploads'), 90_000), out).toBe(true);
      const port = Number(/S3 at http:\/\/127\.0\.0\.1:(\d+)/.exec(out)![1]);
      expect(await portOpen(port)).toBe(true);
      npm.kill('SIGTERM');
      expect(await waitFor(() => !groupAlive(npm.pid!), 30_000), `still running after SIGTERM:\n${out}`).toBe(true);
      expect(await portOpen(port)).toBe(false);
      expect(out).toContain('stopping…');
    } finally {
      if (groupAlive(npm.pid!)) process.kill(-npm.pid!, 'SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a SIGTERM to the runner itself stops it as Ctrl-C does: running work finishes, servers close, exit 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-press-sigterm-'));
    writeFileSync(join(dir, '讲话.txt'), '在全市教育工作会议上的讲话\n同志们：\n今天我们召开全市教育工作会议。\n');
    const child = spawn(process.execPath, [...LOCAL_RUNNER, '--port', '0', '--web-port', '0', '--data', join(dir, 's3'), '--out', join(dir, 'out'), join(dir, '讲话.txt')], { cwd: repoRoot });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<[number | null, string | null]>((resolve) => child.on('exit', (code, signal) => resolve([code, signal])));
    try {
      expect(await waitFor(() => out.includes('watching for uploads'), 90_000), out).toBe(true);
      child.kill('SIGTERM');
      expect(await exited).toEqual([0, null]);
      expect(out).toContain('stopping… (SIGTERM)');
    } finally {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('stopThenExit', () => {
  it('exits with the runner\'s code once stopped', async () => {
    const exits: number[] = [];
    await stopThenExit(async () => {}, () => 0, (code) => void exits.push(code), () => {});
    expect(exits).toEqual([0]);
  });

  it('a stop that fails still exits, with 1 and one line saying why (no unhandled rejection)', async () => {
    const exits: number[] = [];
    const lines: string[] = [];
    await stopThenExit(
      async () => {
        throw new Error('EBUSY: the S3 server would not close');
      },
      () => 0,
      (code) => void exits.push(code),
      (line) => void lines.push(line),
    );
    expect(exits).toEqual([1]);
    expect(lines).toEqual(['could not stop cleanly: EBUSY: the S3 server would not close']);
  });
});
