import { existsSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readInput } from '../../bin/read-input';

const dir = mkdtempSync(join(tmpdir(), 'speech-press-read-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readInput', () => {
  it('reads a file up to the limit whole', async () => {
    writeFileSync(join(dir, 'a.txt'), '讲话'.repeat(1000));
    expect((await readInput(join(dir, 'a.txt'), 6000)).toString()).toBe('讲话'.repeat(1000));
  });

  it('refuses a file over the limit as too-large, with its size, before reading it (a sparse 300 MB file)', async () => {
    const big = join(dir, 'big.txt');
    // Sparse: 300 MB long, no disk used.
    writeFileSync(big, '');
    truncateSync(big, 300 * 1024 * 1024);
    await expect(readInput(big, 100)).rejects.toMatchObject({ code: 'too-large', message: expect.stringContaining('300.0 MB (314572800 bytes); the limit is 100 bytes') });
  });

  it.skipIf(!existsSync('/dev/zero'))('stops reading an endless device at the limit (/dev/zero)', async () => {
    await expect(readInput('/dev/zero', 100_000)).rejects.toMatchObject({ code: 'too-large', message: expect.stringContaining('larger than 97.7 KB (100000 bytes)') });
  });
  if (!existsSync('/dev/zero')) console.warn('read-input.test: no /dev/zero here; its case is skipped');
});
