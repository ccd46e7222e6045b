import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCAL_RUNNER } from './support/local-runner';
import { repoRoot, sampleFiles } from './support/shared';

// The README's main command, run the way a new user runs it (only the port is left to the OS, so a
// developer's own `npm start` on 4568 cannot collide with the test). The other tests start the same
// runner through the CLI's launcher (test/support/local-runner.ts): npm and tsx cost ~1 s of CPU a start.
describe('quick start: npm start -- --once', () => {
  it('converts every sample and leaves its documents in --out, exiting 0', () => {
    // Fresh temporary --data and --out: the defaults (.local/s3, out/) would make later runs take the
    // already-done path and would write into the working tree.
    const dir = mkdtempSync(join(tmpdir(), 'speech-press-start-'));
    const out = join(dir, 'out');
    try {
    const run = spawnSync('npm', ['start', '--', '--once', '--port', '0', '--data', join(dir, 's3'), '--out', out], { cwd: repoRoot, encoding: 'utf8', timeout: 240_000 });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/S3 at http:\/\/127\.0\.0\.1:\d+/);
    expect(run.stdout).toContain('aws --endpoint-url');
    for (const sample of sampleFiles()) {
      const stem = basename(sample, '.txt');
      expect(run.stdout).toContain(`✓ ${stem}.txt`);
      // Its downloads are listed under its own line, up to the next file's line (uploads settle side by side).
      const block = run.stdout.slice(run.stdout.indexOf(`✓ ${stem}.txt`)).split(/\n(?=[✓✗☠→]|done:)/u)[0]!;
      expect(block, run.stdout).toContain(`${stem}.pdf`);
      const manifest = JSON.parse(readFileSync(join(out, `${stem}.json`), 'utf8')) as { source: { name?: string } };
      expect(JSON.stringify(manifest.source)).toContain(`${stem}.txt`);
      expect(existsSync(join(out, `${stem}.clean.txt`))).toBe(true);
    }
    expect(run.stdout).toMatch(/done: \d+ converted, 0 rejected or dead-lettered/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses, before starting, files that would never convert or would overwrite each other (exit 2)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-press-start-'));
    try {
      for (const name of ['notes.md', 'a.txt']) writeFileSync(join(dir, name), '讲话');
      mkdirSync(join(dir, 'b'));
      writeFileSync(join(dir, 'b', 'A.TXT'), '讲话');
      const start = (...files: string[]) =>
        spawnSync(process.execPath, [...LOCAL_RUNNER, '--once', '--port', '0', '--data', join(dir, 's3'), '--out', join(dir, 'out'), ...files.map((f) => join(dir, f))], {
          cwd: repoRoot,
          encoding: 'utf8',
          timeout: 60_000,
        });
      const markdown = start('notes.md');
      expect(markdown.status, markdown.stdout + markdown.stderr).toBe(2);
      expect(markdown.stderr).toContain('only .txt transcripts can be converted: notes.md');
      const clash = start('a.txt', 'b/A.TXT');
      expect(clash.status, clash.stdout + clash.stderr).toBe(2);
      expect(clash.stderr).toContain('a.txt and A.TXT');
      expect(existsSync(join(dir, 'out'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 1 with --once when an upload is rejected, after writing its error report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-press-start-'));
    try {
      writeFileSync(join(dir, '空白.txt'), '');
      const run = spawnSync(process.execPath, [...LOCAL_RUNNER, '--once', '--port', '0', '--data', join(dir, 's3'), '--out', join(dir, 'out'), join(dir, '空白.txt')], {
        cwd: repoRoot,
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(run.status, run.stdout + run.stderr).toBe(1);
      expect(run.stdout).toContain('✗ 空白.txt  rejected (empty-input)');
      expect(JSON.parse(readFileSync(join(dir, 'out', '空白.error.json'), 'utf8')).code).toBe('empty-input');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('exits 1 with --once when a converted upload cannot be downloaded, and says which', () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-press-start-'));
    try {
      writeFileSync(join(dir, '讲话.txt'), '同志们：\n今天我们召开会议，研究部署下一阶段的工作。\n');
      // --out names a file, so no output can be written under it.
      writeFileSync(join(dir, 'out'), 'not a folder');
      const run = spawnSync(process.execPath, [...LOCAL_RUNNER, '--once', '--port', '0', '--variant', 'none', '--data', join(dir, 's3'), '--out', join(dir, 'out'), join(dir, '讲话.txt')], {
        cwd: repoRoot,
        encoding: 'utf8',
        timeout: 120_000,
      });
      expect(run.status, run.stdout + run.stderr).toBe(1);
      expect(run.stderr).toContain('could not download the outputs of 讲话.txt');
      expect(run.stdout).toContain('done: 0 converted, 0 rejected or dead-lettered, 1 converted but not downloaded');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps watching without --once, serves the web page at the printed address, and stops cleanly on Ctrl-C', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-press-start-'));
    try {
      // The runner directly: npm would relay the signal to a process group we do not control here. One short
      // transcript, no second edition: the samples' conversion is the first test's (here it converted all four again).
      writeFileSync(join(dir, '讲话.txt'), '在全市教育工作会议上的讲话\n同志们：\n今天我们召开全市教育工作会议。\n');
      const child = spawn(process.execPath, [...LOCAL_RUNNER, '--port', '0', '--web-port', '0', '--variant', 'none', '--data', join(dir, 's3'), '--out', join(dir, 'out'), join(dir, '讲话.txt')], {
        cwd: repoRoot,
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`never started watching: ${out}`)), 60_000);
        child.stdout.on('data', () => out.includes('watching for uploads') && (clearTimeout(timer), resolve()));
      });
      const page = /web page: +(http:\/\/127\.0\.0\.1:\d+\/) +\(this machine only, no sign-in/.exec(out)?.[1];
      expect(page, out).toBeDefined();
      expect(out).toContain('✓ 讲话.txt');
      expect(await (await fetch(page!)).text()).toContain('<script type="module" src="app.js">');
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(out).toContain('stopping…');
      await expect(fetch(page!)).rejects.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
