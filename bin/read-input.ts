import { open } from 'node:fs/promises';
import { tooLargeError } from '../lambdas/pipeline/decode';

const CHUNK = 64 * 1024;

/**
 * An input's bytes, reading at most `maxBytes + 1`: a larger input is refused (the pipeline's too-large
 * error) without being read whole. A regular file's size is known first; a pipe or a device such as
 * /dev/zero is read until it passes the limit or ends.
 */
export async function readInput(path: string, maxBytes: number): Promise<Buffer> {
  const file = await open(path, 'r');
  try {
    const stats = await file.stat();
    if (stats.isFile() && stats.size > maxBytes) throw tooLargeError(stats.size, maxBytes);
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const want = Math.min(CHUNK, maxBytes + 1 - total);
      const chunk = Buffer.alloc(want);
      const { bytesRead } = await file.read(chunk, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      total += bytesRead;
      if (total > maxBytes) throw tooLargeError(stats.isFile() ? stats.size : null, maxBytes);
    }
    return Buffer.concat(chunks, total);
  } finally {
    await file.close();
  }
}
