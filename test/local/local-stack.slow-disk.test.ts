import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCAL_BUCKETS, startLocalStack, UploadTimeoutError, type LocalStack, type LocalStackOptions } from '../../lambdas/local/local-stack';
import { convert, errorReportFile, PIPELINE_VERSION } from '../../lambdas/pipeline';
import { canSlowDisk, heldDisk, slowDisk } from '../support/slow-disk';

const FIRST = '在全市教育工作会议上的讲话\n同志们：\n今天我们召开全市教育工作会议。\n一、充分肯定成绩\n过去一年，各项工作取得了新的进展。\n';
const SECOND = `${FIRST}二、明确今年的重点任务\n今年要推进义务教育优质均衡发展，加强教师队伍建设。\n`;

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const step of cleanup.reverse()) await step();
  cleanup = [];
});

async function stackOnSlowDisk(options: Partial<LocalStackOptions> = {}): Promise<{ stack: LocalStack; dataDir: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'speech-press-slow-'));
  const stack = await startLocalStack({ dataDir, port: 0, pipeline: { convert, errorReportFile, version: PIPELINE_VERSION }, retryDelayMs: 20, config: { traditional: false }, ...options });
  cleanup.push(async () => {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return { stack, dataDir };
}

const manifestOf = async (stack: LocalStack, key: string) =>
  JSON.parse(await (await stack.s3.send(new GetObjectCommand({ Bucket: LOCAL_BUCKETS.output, Key: key }))).Body!.transformToString()) as Record<string, unknown>;

describe.skipIf(!canSlowDisk('local-stack.slow-disk.test.ts'))('npm start on a slow disk (s3rver answers a PUT before its file is written)', () => {
  it('converts a re-upload made with any S3 client whole, and the runner downloads whole outputs', async () => {
    const { stack, dataDir } = await stackOnSlowDisk();
    expect((await stack.upload('会议/讲话.txt', new TextEncoder().encode(FIRST))).status).toBe('converted');
    const restore = slowDisk(dataDir, 300);
    cleanup.push(async () => restore());
    // As a user's client does: a plain PUT; the stack's notification starts the conversion.
    const settled = new Promise<Awaited<ReturnType<LocalStack['upload']>>>((resolve) => stack.onResult(resolve));
    await stack.s3.send(new PutObjectCommand({ Bucket: LOCAL_BUCKETS.input, Key: 'incoming/会议/讲话.txt', Body: SECOND }));
    const result = await settled;
    expect(result.status).toBe('converted');
    expect(JSON.stringify(await manifestOf(stack, '会议/讲话.json'))).toContain('明确今年的重点任务');
    const out = mkdtempSync(join(tmpdir(), 'speech-press-slow-out-'));
    cleanup.push(async () => rmSync(out, { recursive: true, force: true }));
    const paths = await stack.download(result, out);
    const expected = (await convert(new TextEncoder().encode(SECOND), { sourceName: '讲话.txt', traditional: false })).files;
    for (const file of expected) {
      const path = paths.find((p) => p.endsWith(`/会议/${file.name}`))!;
      expect(readFileSync(path).equals(Buffer.from(file.body)), file.name).toBe(true);
    }
  });

  it('an upload whose PUT is still under way when its settle timeout fires rejects with UploadTimeoutError, and nothing is left unhandled', async () => {
    // The settle timer runs from before the PUT: here it fires while the server is still writing the
    // object (its bytes are held until released, so the PUT cannot have been answered). The rejection must
    // reach this call, not the process (vitest fails a run on any unhandled one).
    const { stack, dataDir } = await stackOnSlowDisk({ settleTimeoutMs: 50 });
    const disk = heldDisk(dataDir);
    cleanup.push(async () => (disk.release(), disk.restore()));
    // A .md upload is never converted, so only the timeout can end the wait.
    const upload = stack.upload('notes.md', new TextEncoder().encode(FIRST));
    // Set after the settle timer and longer: should the timer wait for the PUT's answer, the bytes go through
    // here and the rejection comes after, which fails the check below instead of hanging.
    const fallback = setTimeout(disk.release, 2000);
    cleanup.push(async () => clearTimeout(fallback));
    await expect(upload).rejects.toThrow(UploadTimeoutError);
    expect(disk.released(), 'the upload rejected only once its PUT could be answered').toBe(false);
    // Then the PUT is answered with no one waiting for it, and the server's event for the object follows.
    const stored = new Promise<void>((resolve) => stack.onIgnored((u) => u.key === 'incoming/notes.md' && resolve()));
    disk.release();
    await stored;
    expect(disk.held(), 'the PUT went through the held disk').toBeGreaterThan(0);
  });
});
