import { existsSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outputFolderProblem } from '../../bin/output-folder';

const dir = mkdtempSync(join(tmpdir(), 'speech-press-out-folder-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** test/cli.test.ts shows these refusals end the CLI with exit code 2 and one line. */
describe('outputFolderProblem', () => {
  it('creates the missing folders, however deep, and accepts an existing one', () => {
    expect(outputFolderProblem(join(dir, 'a', 'b', 'c'))).toBeNull();
    expect(statSync(join(dir, 'a', 'b', 'c')).isDirectory()).toBe(true);
    expect(outputFolderProblem(join(dir, 'a'))).toBeNull();
  });

  it('names a file or a dangling symbolic link given as the folder, or on its way', () => {
    writeFileSync(join(dir, 'file'), 'x');
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling'));
    expect(outputFolderProblem(join(dir, 'file'))).toBe(`--out ${join(dir, 'file')}: it is a file, not a folder; give a folder`);
    expect(outputFolderProblem(join(dir, 'dangling'))).toBe(`--out ${join(dir, 'dangling')}: it is a symbolic link to nothing; give a folder`);
    expect(outputFolderProblem(join(dir, 'file', 'sub'))).toBe(`--out ${join(dir, 'file', 'sub')}: ${join(dir, 'file')} is a file, not a folder; give a folder`);
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
  });

  it.skipIf(process.platform !== 'linux')('says a folder under /proc cannot be created (Node\'s recursive mkdir spins there for ever)', () => {
    expect(outputFolderProblem('/proc/x')).toMatch(/^--out \/proc\/x: cannot create the folder \/proc\/x \(E[A-Z]+\)$/);
    expect(outputFolderProblem('/proc/x/y')).toMatch(/^--out \/proc\/x\/y: cannot create the folder \/proc\/x \(E[A-Z]+\)$/);
  });
  if (process.platform !== 'linux') console.warn('output-folder.test: /proc exists only on Linux; its case is skipped here');
});
