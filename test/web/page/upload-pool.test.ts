import { describe, expect, it } from 'vitest';
import { taskPool, UPLOADS_AT_ONCE } from '../../../lambdas/web/page/upload-pool';
import { API_THROTTLE } from '../../../lib/web-api';

describe('taskPool (uploads from the page)', () => {
  it('runs 50 dropped files at most UPLOADS_AT_ONCE at a time, each once, in order, failures included', async () => {
    const pool = taskPool(UPLOADS_AT_ONCE);
    let running = 0;
    let most = 0;
    const started: number[] = [];
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        pool(async () => {
          started.push(i);
          running++;
          most = Math.max(most, running);
          await new Promise((r) => setTimeout(r, i % 3));
          running--;
          if (i % 7 === 0) throw new Error(`upload ${i} refused`);
          return i;
        }),
      ),
    );
    expect(most).toBe(UPLOADS_AT_ONCE);
    expect(started).toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(results.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as Error).message))).toEqual(
      Array.from({ length: 50 }, (_, i) => (i % 7 === 0 ? `upload ${i} refused` : i)),
    );
  });

  it('stays far within the API stage’s burst (a presign and a listing per upload)', () => {
    expect(2 * UPLOADS_AT_ONCE).toBeLessThan(API_THROTTLE.burstLimit / 2);
  });
});
