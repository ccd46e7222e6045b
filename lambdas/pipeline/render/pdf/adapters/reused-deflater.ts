import { constants, createDeflate, deflateSync } from 'node:zlib';

/**
 * `deflateSync` at one level, with one zlib stream reset between inputs instead of a new one per input. A PDF
 * deflates ~40 small streams on the main thread (page contents, ToUnicode maps: ~4 KB each for the seed), and
 * `deflateSync` builds a Node stream object and a zlib state (~270 KB of window and hash tables, allocated and
 * freed) for each: several times the deflate itself (docs/performance.md, step 38). `deflateReset` gives the
 * stream exactly a new stream's state, so the bytes are `deflateSync`'s (test: reused-deflater.test.ts).
 *
 * The synchronous write on a zlib handle is Node's own internal API (what `deflateSync` runs through, Node
 * ≥ 10); where it is missing or fails, this is `deflateSync`.
 */

/** The internals of Node's zlib stream used here (lib/zlib.js: processChunkSync). */
interface ZlibInternals {
  readonly _handle?: {
    writeSync(flush: number, input: Uint8Array, inOffset: number, inLength: number, output: Uint8Array, outOffset: number, outLength: number): void;
    reset(): void;
  };
  /** [avail_out, avail_in] after the last write. */
  readonly _writeState?: Uint32Array;
}

/** Output chunk: a page's content stream deflates to a few KB; bigger outputs take several chunks. */
const CHUNK = 64 * 1024;

export type Deflater = (input: Uint8Array) => Uint8Array;

/** A deflater at `level`, giving `deflateSync(input, { level })`'s bytes. One caller at a time (it is synchronous). */
export function reusedDeflater(level: number): Deflater {
  const plain: Deflater = (input) => deflateSync(input, { level });
  const stream = createDeflate({ level });
  let failed = false;
  // An error is reported on the stream (its handle calls back): from then on it is deflateSync.
  stream.on('error', () => void (failed = true));
  const { _handle: handle, _writeState: state } = stream as unknown as ZlibInternals;
  if (typeof handle?.writeSync !== 'function' || typeof handle.reset !== 'function' || !(state instanceof Uint32Array) || state.length < 2) return plain;
  const output = new Uint8Array(CHUNK);
  const reused: Deflater = (input) => {
    const chunks: Uint8Array[] = [];
    let total = 0;
    let inOffset = 0;
    let inLength = input.byteLength;
    for (;;) {
      handle.writeSync(constants.Z_FINISH, input, inOffset, inLength, output, 0, CHUNK);
      if (failed) throw new Error('zlib failed');
      const availOut = state[0]!;
      const availIn = state[1]!;
      chunks.push(output.slice(0, CHUNK - availOut));
      total += CHUNK - availOut;
      inOffset += inLength - availIn;
      inLength = availIn;
      // Output space left over: the stream is finished.
      if (availOut !== 0) break;
    }
    handle.reset();
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  };
  return (input) => {
    if (failed) return plain(input);
    try {
      return reused(input);
    } catch {
      failed = true;
      return plain(input);
    }
  };
}
