import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalS3, type LocalS3 } from '../../lambdas/local/local-s3';

/** A real s3rver on 127.0.0.1 (random port) in a temporary directory, removed by `stop`. */
export async function startTestS3(buckets: readonly string[]): Promise<LocalS3 & { stop(): Promise<void> }> {
  const directory = mkdtempSync(join(tmpdir(), 'speech-press-s3rver-'));
  const s3 = await startLocalS3({ directory, buckets, port: 0 });
  return {
    ...s3,
    async stop() {
      await s3.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

