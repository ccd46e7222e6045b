import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/shared';

/**
 * bin/run.mjs starts the CLI from a cached bundle and V8's code cache for it. The cache must only ever
 * save time: a run with it, without it, or with a damaged one gives the same files.
 */

const work = mkdtempSync(join(tmpdir(), 'speech-press-run-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const cacheDir = join(repoRoot, 'node_modules', '.cache', 'speech-press');
const input = join(repoRoot, 'samples', 'school-safety-web.txt');

function convertWithLauncher(out: string): Map<string, Buffer> {
  const result = spawnSync(process.execPath, [join(repoRoot, 'bin', 'run.mjs'), 'bin/convert.ts', input, '--out', out], { cwd: work, encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return new Map(readdirSync(out).map((name) => [name, readFileSync(join(out, name))]));
}

const codeCaches = () => readdirSync(cacheDir).filter((name) => name.startsWith('bin_convert_ts-') && name.endsWith('.v8cache'));

describe('the launcher’s code cache', () => {
  it('is written by a run, used by the next, and a damaged one is rejected and rewritten, all with the same outputs', () => {
    const first = convertWithLauncher(join(work, 'a'));
    const caches = codeCaches();
    expect(caches).toHaveLength(1);
    const cache = join(cacheDir, caches[0]!);
    const written = statSync(cache);
    const second = convertWithLauncher(join(work, 'b'));
    for (const [name, bytes] of first) expect(second.get(name)?.equals(bytes), name).toBe(true);
    // Accepted, so not rewritten: a cache V8 rejects (made under other flags) is replaced at exit.
    expect([statSync(cache).ino, statSync(cache).mtimeMs]).toEqual([written.ino, written.mtimeMs]);

    writeFileSync(cache, Buffer.from('not a code cache'));
    const third = convertWithLauncher(join(work, 'c'));
    for (const [name, bytes] of first) expect(third.get(name)?.equals(bytes), name).toBe(true);
    expect(readFileSync(cache).length).toBeGreaterThan(100_000); // rewritten by the run that rejected it
  });
});
