/** How one upload ended. */
export type UploadResult =
  | { readonly sourceKey: string; readonly status: 'converted' | 'rejected'; readonly outputKeys: readonly string[]; readonly reportKey?: string; readonly ms: number }
  /** Failed on every receive; `reportKey` is its `internal-error` report, absent only when even the dead-letter path could not write it. */
  | { readonly sourceKey: string; readonly status: 'dead-lettered'; readonly reason: string; readonly reportKey?: string; readonly ms: number };

/** An upload produced no result in time: no notification for it, or a conversion stuck far beyond its usual seconds. */
export class UploadTimeoutError extends Error {
  override readonly name = 'UploadTimeoutError';
}

/**
 * Where uploads settle: every result in order, the listeners told of each, and the calls waiting for one
 * key's result; and when each upload was first received, for the time its result line shows.
 */
export class UploadResults {
  /** Every settlement, in order. */
  readonly all: UploadResult[] = [];
  private readonly listeners: ((result: UploadResult) => void)[] = [];
  private readonly waiters = new Map<string, ((result: UploadResult) => void)[]>();
  private readonly firstSeen = new Map<string, number>();

  onResult(listener: (result: UploadResult) => void): void {
    this.listeners.push(listener);
  }

  settle(result: UploadResult): void {
    this.all.push(result);
    this.listeners.forEach((l) => l(result));
    const pending = this.waiters.get(result.sourceKey);
    this.waiters.delete(result.sourceKey);
    pending?.forEach((resolve) => resolve(result));
  }

  /** An upload's message was received; its time runs from the first receive. */
  received(sourceKey: string): void {
    if (!this.firstSeen.has(sourceKey)) this.firstSeen.set(sourceKey, performance.now());
  }

  /** Milliseconds since the upload was first received. */
  elapsed(sourceKey: string): number {
    return Math.round(performance.now() - (this.firstSeen.get(sourceKey) ?? performance.now()));
  }

  /**
   * Waits for the next result of `sourceKey`; rejects with UploadTimeoutError (naming `shownName`) after
   * `timeoutMs`. `forget` ends the wait, its timer and its waiter, whichever way the caller is done.
   */
  waitFor(sourceKey: string, shownName: string, timeoutMs: number): { readonly settled: Promise<UploadResult>; readonly forget: () => void } {
    let timer: NodeJS.Timeout | undefined;
    let waiter: (result: UploadResult) => void = () => {};
    const settled = new Promise<UploadResult>((resolve, reject) => {
      waiter = resolve;
      this.waiters.set(sourceKey, [...(this.waiters.get(sourceKey) ?? []), resolve]);
      timer = setTimeout(() => reject(new UploadTimeoutError(`${shownName}: no result after ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
    });
    const forget = () => {
      clearTimeout(timer);
      const left = (this.waiters.get(sourceKey) ?? []).filter((w) => w !== waiter);
      if (left.length > 0) this.waiters.set(sourceKey, left);
      else this.waiters.delete(sourceKey);
    };
    return { settled, forget };
  }
}
