import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/shared';
import { LOCAL_RUNNER } from '../support/local-runner';

// A port held by someone else, as when a second `npm start` runs beside the first.
let taken: Server;
let port: number;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'speech-press-busy-port-'));
  writeFileSync(join(dir, '讲话.txt'), '在全市教育工作会议上的讲话\n同志们：\n今天我们召开全市教育工作会议。\n');
  taken = createServer();
  await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
  port = (taken.address() as { port: number }).port;
});
afterAll(async () => {
  await new Promise((resolve) => taken.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

function start(...args: string[]) {
  return spawnSync(process.execPath, [...LOCAL_RUNNER, '--data', join(dir, 's3'), '--out', join(dir, 'out'), ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
}

describe('a port already in use', () => {
  it.each([
    ['S3 server', '--port', () => ['--once', '--port', String(port), join(dir, '讲话.txt')]],
    ['web page', '--web-port', () => ['--port', '0', '--web-port', String(port)]],
  ])('for the %s: says which port is taken and how to choose another, without a stack trace (exit 2)', (what, option, args) => {
    const run = start(...args());
    expect(run.status, run.stdout + run.stderr).toBe(2);
    expect(run.stderr).toContain(`port ${port} (${what}) is in use`);
    expect(run.stderr).toContain(`choose another with ${option} N (0 = any free port)`);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr).not.toContain('EADDRINUSE');
  });
});
