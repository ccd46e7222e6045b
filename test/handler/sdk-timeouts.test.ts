import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eventBridgeClient, eventBridgeSink } from '../../lambdas/handler/completion-events';
import { sqsClient, sqsRequeue } from '../../lambdas/handler/requeue';
import { createS3Client } from '../../lambdas/handler/s3-client';
import { S3_TIMEOUTS, SIDE_CALL_TIMEOUTS } from '../../lambdas/handler/sdk-timeouts';
import { DEFAULT_CONFIG } from '../../lib/config';
import { s3NotificationRecord } from '../support/s3rver-events';

// A server that accepts connections and never answers: the fault injected is a hung AWS endpoint.
let server: Server;
let endpoint: string;
const sockets: Socket[] = [];
beforeAll(async () => {
  server = createServer((socket) => void sockets.push(socket));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => server.close(resolve));
});

const credentials = { accessKeyId: 'test', secretAccessKey: 'test' };

describe('AWS SDK requests to an endpoint that never answers', () => {
  it('fail with a TimeoutError instead of holding the invocation: S3', async () => {
    const s3 = createS3Client({ endpoint, region: 'us-east-1', credentials, maxAttempts: 1, timeouts: { connectionMs: 200, requestMs: 300 } });
    await expect(s3.send(new HeadObjectCommand({ Bucket: 'in', Key: 'incoming/a.txt' }))).rejects.toMatchObject({ name: 'TimeoutError' });
  });

  it('fail with a TimeoutError instead of holding the invocation: the completion event and the re-queue, at their default limits', async () => {
    // The clients are made with their defaults; only the clock is moved (fake timers), so the test spends no
    // 5 s waiting. It moves once both requests have reached the server, so their timers are set by then.
    const arrived = new Promise<void>((resolve) => {
      let count = 0;
      const onConnection = (socket: Socket) =>
        socket.once('data', () => {
          if (++count < 2) return;
          server.off('connection', onConnection);
          resolve();
        });
      server.on('connection', onConnection);
    });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const events = eventBridgeSink(eventBridgeClient({ endpoint, region: 'us-east-1', credentials, maxAttempts: 1 }));
      const requeue = sqsRequeue(sqsClient({ endpoint, region: 'us-east-1', credentials, maxAttempts: 1 }), `${endpoint}/000000000000/uploads`);
      const published = events.publish({ source: 'speech-press', detailType: 'Document Converted', detail: { sourceBucket: 'in', sourceKey: 'k', outputBucket: 'out', outputKeys: [], durationMs: 1 } });
      const sent = requeue(s3NotificationRecord('in', 'incoming/a.txt'));
      const calls = [published, sent];
      const ended = calls.map(() => false);
      calls.forEach((call, i) => void call.catch(() => {}).finally(() => (ended[i] = true)));
      const settled = Promise.allSettled(calls);
      await arrived;
      await vi.advanceTimersByTimeAsync(SIDE_CALL_TIMEOUTS.requestMs - 1);
      expect(ended, 'a side call gave up before its default request timeout').toEqual([false, false]);
      await vi.advanceTimersByTimeAsync(1);
      expect(ended, 'a side call still waiting past its default request timeout').toEqual([true, true]);
      expect((await settled).map((r) => (r.status === 'rejected' ? (r.reason as Error).name : r.status))).toEqual(['TimeoutError', 'TimeoutError']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('are limited so that every SDK attempt (3) of a hung request still ends before the function times out', () => {
    expect(3 * (S3_TIMEOUTS.connectionMs + S3_TIMEOUTS.requestMs)).toBeLessThan(DEFAULT_CONFIG.timeoutSeconds * 1000);
    expect(3 * (SIDE_CALL_TIMEOUTS.connectionMs + SIDE_CALL_TIMEOUTS.requestMs)).toBeLessThan(DEFAULT_CONFIG.timeoutSeconds * 1000);
  });
});
