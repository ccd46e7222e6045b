import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lineEventSink } from '../lambdas/handler/completion-events';
import { parseLocalCli } from '../lambdas/local/cli-options';
import { startLocalStack } from '../lambdas/local/local-stack';
import { convert, errorReportFile, PIPELINE_VERSION } from '../lambdas/pipeline';
import { TRANSCRIPT } from './handler/harness';

const dataDir = mkdtempSync(join(tmpdir(), 'speech-press-local-events-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm start --events', () => {
  it('is a flag of npm start', () => {
    expect(parseLocalCli(['--events']).events).toBe(true);
    expect(parseLocalCli([]).events).toBe(false);
  });

  it('prints one JSON line per settled upload, shaped as EventBridge carries it on AWS', async () => {
    const lines: string[] = [];
    const stack = await startLocalStack({ dataDir, port: 0, pipeline: { convert, errorReportFile, version: PIPELINE_VERSION }, events: lineEventSink((l) => lines.push(l)) });
    try {
      await stack.upload('讲话.txt', new TextEncoder().encode(TRANSCRIPT));
      await stack.upload('empty.txt', new Uint8Array());
    } finally {
      await stack.stop();
    }
    const events = lines.map((l) => JSON.parse(l));
    expect(events).toEqual([
      {
        source: 'speech-press',
        'detail-type': 'Document Converted',
        detail: expect.objectContaining({ sourceKey: 'incoming/讲话.txt', manifestKey: '讲话.json', outputBucket: 'speech-press-output', pages: expect.any(Number) }),
      },
      { source: 'speech-press', 'detail-type': 'Document Rejected', detail: expect.objectContaining({ sourceKey: 'incoming/empty.txt', code: 'empty-input' }) },
    ]);
  });
});
