import fs, { readlinkSync } from 'node:fs';

/**
 * s3rver 3.7.1 answers a PUT once the body is hashed, before its file is written. On this machine's disk
 * the write usually lands within a millisecond, so the race shows rarely (twice in 200 uploads read at
 * their event); a slow disk is a fault no real part here produces on demand, so it is injected: every
 * write of an object's bytes into the store's folder completes `delayMs` late (its ETag and headers are
 * written at the usual speed).
 * `files: 'etag-and-headers'` slows the other files instead: an object's `.md5` (its ETag) and its
 * `metadata.json` (its headers), while its bytes are written at the usual speed.
 * Everything else — the server, HTTP, the SDK — is real. Returns the function that makes the disk fast again.
 */
export function slowDisk(directory: string, delayMs: number, files: WhichFiles = 'object-bytes'): () => void {
  return deferWrites(directory, files, (write) => void setTimeout(write, delayMs));
}

/**
 * The slowest disk: every write of an object's bytes into `directory` waits until `release()` (then all
 * go through, in order, and later ones at once). While held, a PUT cannot be answered, since the store answers
 * only once the bytes are written: a test can act while a PUT is certainly still under way.
 * `held` counts the writes that had to wait. `restore()` makes the disk plain again (held writes still wait for release).
 */
export function heldDisk(directory: string): { readonly release: () => void; readonly restore: () => void; readonly released: () => boolean; readonly held: () => number } {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let released = false;
  let held = 0;
  void gate.then(() => (released = true));
  const restore = deferWrites(directory, 'object-bytes', (write) => {
    held++;
    void gate.then(write);
  });
  return { release, restore, released: () => released, held: () => held };
}

type WhichFiles = 'object-bytes' | 'etag-and-headers';

/** Replaces fs.write and fs.writev so that writes of `files` into `directory` run when `defer` calls them. */
function deferWrites(directory: string, files: WhichFiles, defer: (write: () => void) => void): () => void {
  const { write, writev } = fs;
  const describes = (path: string) => path.endsWith('.md5') || path.endsWith('.json');
  const slowed = (fd: unknown) => {
    try {
      const path = typeof fd === 'number' ? readlinkSync(`/proc/self/fd/${fd}`) : '';
      return path.startsWith(directory) && describes(path) === (files === 'etag-and-headers');
    } catch {
      return false;
    }
  };
  type Call = (...args: unknown[]) => unknown;
  const later = (original: Call): Call =>
    function (this: unknown, ...args: unknown[]) {
      if (!slowed(args[0])) return original.apply(this, args);
      defer(() => original.apply(this, args));
    };
  fs.write = later(write as unknown as Call) as unknown as typeof write;
  fs.writev = later(writev as unknown as Call) as unknown as typeof writev;
  return () => {
    fs.write = write;
    fs.writev = writev;
  };
}

/** True where the slow disk can be injected (Linux); else warns, naming the test file that is skipped. */
export function canSlowDisk(testFile: string): boolean {
  let can = true;
  try {
    readlinkSync('/proc/self/fd/0');
  } catch {
    can = false;
  }
  if (!can) console.warn(`${testFile}: no /proc/self/fd here, so the slow disk cannot be injected; skipped`);
  return can;
}

