import { HeadObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Pipeline } from '../../lambdas/handler/types';
import { LOCAL_BUCKETS, startLocalStack, type LocalStack, type UploadResult } from '../../lambdas/local/local-stack';
import { convert, errorReportFile, outputsVersion } from '../../lambdas/pipeline';
import { repoRoot } from '../support/shared';
import { LOCAL_RUNNER } from '../support/local-runner';

// More than a batch (5), so the runner is killed with a batch running and another waiting.
const FILES = 8;

/** Distinct short speeches, so each upload has its own ETag and outputs. */
function transcript(i: number): string {
  return `在全市第${i}次教育工作会议上的讲话\n同志们：\n今天我们召开全市教育工作会议，这是第${i}次。\n一、充分肯定成绩\n过去一年，各项工作取得了新的进展。\n`;
}

async function waitFor(condition: () => boolean, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) if (condition()) return true;
  return condition();
}

/** The same stack `npm start` runs (default variant), counting each conversion by source name. */
async function restart(dataDir: string) {
  const conversions: string[] = [];
  const pipeline: Pipeline = {
    convert: async (bytes, options) => {
      conversions.push(options.sourceName);
      return convert(bytes, options);
    },
    errorReportFile,
    version: outputsVersion(undefined),
  };
  const stack = await startLocalStack({ dataDir, port: 0, pipeline, concurrency: 2 });
  return { stack, conversions };
}

/** Waits until every key given has settled on this stack. */
async function settledAll(stack: LocalStack, keys: readonly string[]): Promise<UploadResult[]> {
  const done = () => keys.every((key) => stack.results.some((r) => r.sourceKey === key));
  expect(await waitFor(done, 120_000), `settled: ${stack.results.map((r) => r.sourceKey).join(', ')}`).toBe(true);
  return stack.results;
}

/** The input keys whose manifest is missing or was made from other bytes. */
async function withoutCurrentManifest(stack: LocalStack, keys: readonly string[]): Promise<string[]> {
  const missing: string[] = [];
  for (const key of keys) {
    const source = await stack.s3.send(new HeadObjectCommand({ Bucket: LOCAL_BUCKETS.input, Key: key }));
    const manifestKey = key.slice('incoming/'.length).replace(/\.txt$/, '.json');
    try {
      const manifest = await stack.s3.send(new HeadObjectCommand({ Bucket: LOCAL_BUCKETS.output, Key: manifestKey }));
      if (manifest.Metadata?.['source-etag'] !== source.ETag) missing.push(key);
    } catch {
      missing.push(key);
    }
  }
  return missing;
}

describe('restarting after a kill mid-burst', () => {
  it('queues again every upload without current outputs, converts each once, and converts nothing already done', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-press-reconcile-'));
    const dataDir = join(dir, 's3');
    mkdirSync(join(dir, 'in'));
    const files = Array.from({ length: FILES }, (_, i) => join(dir, 'in', `讲话${i}.txt`));
    files.forEach((file, i) => writeFileSync(file, transcript(i)));
    const stacks: LocalStack[] = [];
    try {
      // First run: npm start's runner, killed (SIGKILL, no clean-up) as soon as its first upload is done.
      const first = spawn(process.execPath, [...LOCAL_RUNNER, '--port', '0', '--web-port', '0', '--concurrency', '1', '--data', dataDir, '--out', join(dir, 'out'), ...files], {
        cwd: repoRoot,
        detached: true,
      });
      let out = '';
      first.stdout.on('data', (d: Buffer) => (out += d.toString()));
      first.stderr.on('data', (d: Buffer) => (out += d.toString()));
      const exited = new Promise((resolve) => first.on('exit', resolve));
      expect(await waitFor(() => out.includes('✓ '), 120_000), out).toBe(true);
      process.kill(-first.pid!, 'SIGKILL');
      await exited;
      const doneBefore = [...out.matchAll(/✓ (\S+\.txt)/g)].map((m) => m[1]!);
      expect(doneBefore.length).toBeLessThan(FILES);

      const { stack, conversions } = await restart(dataDir);
      stacks.push(stack);
      const listed = await stack.s3.send(new ListObjectsV2Command({ Bucket: LOCAL_BUCKETS.input, Prefix: 'incoming/' }));
      const inputKeys = (listed.Contents ?? []).map((o) => o.Key!).sort();
      expect(inputKeys.length).toBeGreaterThan(doneBefore.length);

      const { queued, error } = await stack.reconciled;
      expect(error).toBeUndefined();
      expect(queued.length).toBeGreaterThan(0);
      await settledAll(stack, queued);
      await stack.idle();
      // Nothing lost: every accepted upload has a manifest made from its current bytes (s3rver sends no
      // event again after a restart, so what the scan queued is all there is to wait for).
      expect(await withoutCurrentManifest(stack, inputKeys), 'uploads never converted after the restart').toEqual([]);
      // Each left-over upload converted exactly once; none that was done before the kill converted again.
      expect([...conversions].sort()).toEqual(queued.map((key) => key.slice('incoming/'.length)).sort());
      expect(conversions.filter((name) => doneBefore.includes(name))).toEqual([]);
      await stack.stop();
      stacks.pop();

      // A second restart finds nothing left to do.
      const again = await restart(dataDir);
      stacks.push(again.stack);
      expect((await again.stack.reconciled).queued).toEqual([]);
      await again.stack.queue.idle();
      expect(again.conversions).toEqual([]);
    } finally {
      for (const stack of stacks) await stack.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 240_000);
});

describe('restarting with an upload whose documents\' keys would pass S3\'s 1024 bytes', () => {
  it('finds its refusal report instead of failing the whole reconciliation on a key it cannot look up (was UnknownError)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'speech-press-reconcile-long-'));
    const folders = Array.from({ length: 4 }, (_, i) => `deep${i}`.padEnd(240, 'f') + '/').join('');
    // 1024 bytes, the most S3 takes: `<file name>.error.json` beside it would be 1026.
    const relative = `${folders}${'a'.repeat(47)}.txt`;
    expect(Buffer.byteLength(`incoming/${relative}`)).toBe(1024);
    const stacks: LocalStack[] = [];
    try {
      const first = await restart(dir);
      stacks.push(first.stack);
      expect(await first.stack.upload(relative, new TextEncoder().encode(transcript(1)))).toMatchObject({ status: 'rejected' });
      await stacks.pop()!.stop();

      const second = await restart(dir);
      stacks.push(second.stack);
      const reconciled = await second.stack.reconciled;
      // Its refusal report (name cut to fit) counts as its current outputs: nothing to queue again.
      expect(reconciled).toEqual({ queued: [] });
      expect([...first.conversions, ...second.conversions]).toEqual([]);
    } finally {
      for (const stack of stacks) await stack.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
