import { ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Pipeline } from '../../lambdas/handler/types';
import { checkUploadNames, CliUsageError } from '../../lambdas/local/cli-options';
import type { IgnoredUpload } from '../../lambdas/local/event-bridge';
import { LOCAL_BUCKETS, startLocalStack, type LocalStack } from '../../lambdas/local/local-stack';
import { convert, errorReportFile, PIPELINE_VERSION } from '../../lambdas/pipeline';

const TRANSCRIPT = '在全市教育工作会议上的讲话\n同志们：\n今天我们召开全市教育工作会议。\n一、充分肯定成绩\n过去一年，各项工作取得了新的进展。\n';

const dirs: string[] = [];
const stacks: LocalStack[] = [];
afterEach(async () => {
  for (const stack of stacks.splice(0)) await stack.stop();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(dataDir: string) {
  const conversions: string[] = [];
  const pipeline: Pipeline = { convert: async (bytes, options) => (conversions.push(options.sourceName), convert(bytes, options)), errorReportFile, version: PIPELINE_VERSION };
  const stack = await startLocalStack({ dataDir, port: 0, pipeline, config: { traditional: false } });
  stacks.push(stack);
  const ignored: IgnoredUpload[] = [];
  stack.onIgnored((upload) => ignored.push(upload));
  return { stack, conversions, ignored };
}

/**
 * On AWS the bucket notification has one rule per spelling, `.txt` and `.TXT` (S3's suffix filters are
 * case-sensitive): `讲话.Txt` is stored and never converted, and the web API refuses it (`bad-name`).
 * The local stack does the same, and says why.
 */
describe('an upload named .Txt or .tXT, which AWS never delivers', () => {
  it('is stored and never converted when a client uploads it, with a console line saying to rename it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'speech-press-spelling-'));
    dirs.push(dataDir);
    const { stack, conversions, ignored } = await start(dataDir);
    for (const name of ['讲话.Txt', 'notes.tXT']) await stack.s3.send(new PutObjectCommand({ Bucket: LOCAL_BUCKETS.input, Key: `incoming/${name}`, Body: TRANSCRIPT }));
    expect((await stack.upload('同名.TXT', new TextEncoder().encode(TRANSCRIPT))).status).toBe('converted');
    await stack.queue.idle();
    expect(conversions).toEqual(['同名.TXT']);
    expect(ignored).toEqual([
      { bucket: LOCAL_BUCKETS.input, key: 'incoming/讲话.Txt', reason: expect.stringMatching(/case-sensitive .* only names ending in \.txt or \.TXT, so "讲话\.Txt" would never be converted on AWS: rename it to "讲话\.txt"$/) },
      { bucket: LOCAL_BUCKETS.input, key: 'incoming/notes.tXT', reason: expect.stringContaining('rename it to "notes.txt"') },
    ]);
    const outputs = await stack.s3.send(new ListObjectsV2Command({ Bucket: LOCAL_BUCKETS.output }));
    expect((outputs.Contents ?? []).map((o) => o.Key).filter((k) => !k!.startsWith('同名.'))).toEqual([]);

    // Nor is it queued by the look for uploads an earlier run left unconverted.
    await stacks.pop()!.stop();
    const again = await start(dataDir);
    expect(await again.stack.reconciled).toEqual({ queued: [] });
    await again.stack.queue.idle();
    expect(again.conversions).toEqual([]);
  });

  it('given to npm start, is refused before anything starts, with the name to use', () => {
    expect(() => checkUploadNames(['a.txt', 'b.TXT'])).not.toThrow();
    expect(() => checkUploadNames(['a.txt', '讲话.Txt'])).toThrow(CliUsageError);
    expect(() => checkUploadNames(['讲话.Txt'])).toThrow(/rename it to "讲话\.txt"/);
  });
});
