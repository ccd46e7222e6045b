/**
 * At most this many uploads talk to the API and S3 at once. The API's stage allows bursts of 40
 * requests (lib/web-api.ts): dropping 50 files fired 50 presign requests together and the last ones
 * came back 429, shown to the user as failed uploads.
 */
export const UPLOADS_AT_ONCE = 4;

/** Runs the tasks given to it at most `limit` at a time, in the order they were given. */
export function taskPool(limit: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    if (running >= limit) await new Promise<void>((resume) => waiting.push(resume));
    else running++;
    try {
      return await task();
    } finally {
      // The slot passes straight to the next waiting task (running stays the same), or is freed.
      const next = waiting.shift();
      if (next !== undefined) next();
      else running--;
    }
  };
}
