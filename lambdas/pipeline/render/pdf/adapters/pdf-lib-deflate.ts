import { promisify } from 'node:util';
import { deflate, deflateSync } from 'node:zlib';
import type { PDFContext, PDFDocument, PDFRawStream } from 'pdf-lib';

/**
 * zlib level for every stream. Nearly all the bytes are the two body-font subsets (~0.9 of the 1.16 MB a
 * seed's two editions compress); measured warm on them (scripts/bench-pdf.ts figures in docs/pdf.md):
 * level 6 (zlib's default) 46–49 ms and 711 KB, level 2 24–25 ms and 733 KB (+3 %), level 1 no faster
 * than 2 and +4 %, levels ≥ 3 slower by 5 ms or more. A print PDF's size barely matters; the Lambda's
 * time does.
 */
export const FLATE_LEVEL = 2;

/** A string of byte values (PDF content syntax) or bytes, as pdf-lib's flateStream accepts. */
const bytesOf = (contents: string | Uint8Array): Uint8Array =>
  typeof contents === 'string' ? Buffer.from(contents, 'latin1') : contents;

const deflateOnThreadPool = promisify(deflate);

/**
 * An output chunk the whole deflated stream fits in (zlib's worst case grows a stream by well under 1/1000,
 * plus a few bytes). With zlib's default 16 KiB chunks a face's ~0.5 MB subset went back and forth between
 * the thread pool and the main thread some 30 times, each return a callback and a buffer on the main thread
 * (~2 ms of its CPU per subset); in one chunk it is one return (~1 ms). The chunk size does not change the
 * bytes deflate writes.
 */
const oneChunkFor = (bytes: Uint8Array): number => Math.max(16 * 1024, bytes.byteLength + (bytes.byteLength >> 10) + 64);

/**
 * Streams deflated ahead, on libuv's thread pool, while the main thread goes on (subsetting the next face,
 * parsing it, drawing the pages): the font files are most of a PDF's deflate work (~0.9 of its bytes), and
 * pdf-lib asks for them only inside `save()`, one after another. The same zlib with the same level gives the
 * same bytes as `deflateSync` (test/pipeline/render/pdf/adapters/pdf-lib-deflate.test.ts); a stream whose
 * deflate failed or was never started is deflated in place as before.
 */
export class StreamPrecompressor {
  private readonly done = new Map<Uint8Array, Uint8Array>();
  private readonly pending: Promise<void>[] = [];

  /** Starts deflating `bytes`; pdf-lib must later ask for these very bytes (the same object). */
  start(bytes: Uint8Array): void {
    this.pending.push(
      deflateOnThreadPool(bytes, { level: FLATE_LEVEL, chunkSize: oneChunkFor(bytes) }).then(
        (deflated) => void this.done.set(bytes, deflated),
        () => undefined,
      ),
    );
  }

  /** Waits for every deflate started: call before `pdf.save()`, which asks for them synchronously. */
  async ready(): Promise<void> {
    await Promise.all(this.pending);
  }

  /** The deflated form of `bytes` if it was made ahead (each is handed out once). */
  take(bytes: Uint8Array): Uint8Array | undefined {
    const deflated = this.done.get(bytes);
    this.done.delete(bytes);
    return deflated;
  }
}

/**
 * Makes this document compress its streams (font files, ToUnicode maps, page contents) with Node's zlib
 * instead of pdf-lib's bundled pure-JS pako: profiling the seed showed pako's deflate taking about 40% of a
 * warm render. Applied to one document's context only; the output is still plain FlateDecode, and zlib is
 * deterministic for the same input, level and Node build. Streams `ahead` deflated already are taken from it.
 */
export function useNativeDeflate(pdf: PDFDocument, ahead?: StreamPrecompressor): void {
  const context: PDFContext = pdf.context;
  context.flateStream = (contents, dict = {}) => {
    const deflated = (typeof contents === 'string' ? undefined : ahead?.take(contents)) ?? deflateSync(bytesOf(contents), { level: FLATE_LEVEL });
    return copiedInOneCall(context.stream(deflated, { ...dict, Filter: 'FlateDecode' }));
  };
}

const STREAM_OPEN = Buffer.from('\nstream\n', 'latin1');
const STREAM_CLOSE = Buffer.from('\nendstream', 'latin1');

/**
 * pdf-lib's PDFStream.copyBytesInto (what save() writes every stream with) copies the contents into the file
 * one byte at a time in a JS loop: ~0.7 MB of deflated font files per document. This writes the same bytes —
 * the dictionary as pdf-lib writes it, `stream`, the contents, `endstream` — with one native copy.
 */
function copiedInOneCall(stream: PDFRawStream): PDFRawStream {
  stream.copyBytesInto = (buffer: Uint8Array, offset: number): number => {
    stream.updateDict();
    let at = offset + stream.dict.copyBytesInto(buffer, offset);
    buffer.set(STREAM_OPEN, at);
    at += STREAM_OPEN.length;
    buffer.set(stream.contents, at);
    at += stream.contents.length;
    buffer.set(STREAM_CLOSE, at);
    return at + STREAM_CLOSE.length - offset;
  };
  return stream;
}
