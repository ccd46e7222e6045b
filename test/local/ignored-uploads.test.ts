import { PutObjectCommand } from '@aws-sdk/client-s3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createS3Client } from '../../lambdas/handler/s3-client';
import { LOCAL_BUCKETS } from '../../lambdas/local/local-stack';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../lambdas/local/local-s3';
import { repoRoot } from '../support/shared';
import { LOCAL_RUNNER } from '../support/local-runner';

async function waitFor(condition: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 100))) if (condition()) return true;
  return condition();
}

describe('uploads npm start ignores', () => {
  it('get one console line each saying why; its own outputs get none', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-press-ignored-'));
    writeFileSync(join(dir, '讲话.txt'), '在全市教育工作会议上的讲话\n同志们：\n今天我们召开全市教育工作会议。\n');
    const child = spawn(process.execPath, [...LOCAL_RUNNER, '--port', '0', '--web-port', '0', '--data', join(dir, 's3'), '--out', join(dir, 'out'), join(dir, '讲话.txt')], { cwd: repoRoot });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    try {
      expect(await waitFor(() => out.includes('watching for uploads'), 90_000), out).toBe(true);
      expect(out).toContain('✓ 讲话.txt');
      const endpoint = /S3 at (http:\/\/127\.0\.0\.1:\d+)/.exec(out)![1]!;
      const s3 = createS3Client({ endpoint, region: LOCAL_REGION, credentials: { ...LOCAL_CREDENTIALS } });
      const put = (Bucket: string, Key: string) => s3.send(new PutObjectCommand({ Bucket, Key, Body: '讲话' }));
      await put(LOCAL_BUCKETS.input, 'incoming/notes.md');
      await put(LOCAL_BUCKETS.input, 'elsewhere/a.txt');
      await put(LOCAL_BUCKETS.output, 'b.txt');
      s3.destroy();
      const ignored = () => out.split('\n').filter((line) => line.includes(' ignored: '));
      expect(await waitFor(() => ignored().length >= 3, 10_000), out).toBe(true);
      expect(ignored()).toEqual([
        expect.stringMatching(/^· speech-press-input\/incoming\/notes\.md ignored: it is not a \.txt transcript/),
        expect.stringMatching(/^· speech-press-input\/elsewhere\/a\.txt ignored: it is outside incoming\//),
        expect.stringMatching(/^· speech-press-output\/b\.txt ignored: it went into the bucket speech-press-output, which is never converted/),
      ]);
      expect(out).not.toMatch(/→ (notes\.md|a\.txt|b\.txt)/);
    } finally {
      child.kill('SIGINT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
