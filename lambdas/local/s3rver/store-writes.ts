import { createHash, randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { FilesystemStore } from './filesystem-store';

/** The commits (ETag and headers, then rename) under way, by object path. */
const committing = new Map<string, Promise<unknown>>();

/**
 * Runs `commit` after every commit of `path` started before it: of two PUTs of one key at once, the
 * object's bytes and its ETag and headers are then all the last one's, as on S3 (interleaved, the
 * bytes of one came out beside the ETag of the other, for good: 10 rounds in 60 of six PUTs at once).
 */
function inTurn<T>(path: string, commit: () => Promise<T>): Promise<T> {
  const turn = (committing.get(path) ?? Promise.resolve()).catch(() => undefined).then(commit);
  committing.set(path, turn);
  const release = () => {
    if (committing.get(path) === turn) committing.delete(path);
  };
  turn.then(release, release);
  return turn;
}

/**
 * Writes `content` to a new file beside `path` and resolves once every byte is in it, with its size,
 * MD5 and name; writeWhole renames it over `path`, so a reader meanwhile opens the earlier file whole,
 * never one being truncated and rewritten.
 * (The name is short and never ends like an object's files, so listings skip it and a long key's name
 * still fits.)
 */
async function writeBeside(content: Readable | Buffer, path: string): Promise<{ size: number; md5: string; partial: string }> {
  await mkdir(dirname(path), { recursive: true });
  const partial = join(dirname(path), `.${randomBytes(4).toString('hex')}.partial`);
  const md5 = createHash('md5');
  let size = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, callback) {
      md5.update(chunk);
      size += chunk.length;
      callback(null, chunk);
    },
  });
  try {
    await pipeline(Buffer.isBuffer(content) ? Readable.from([content]) : content, measure, createWriteStream(partial));
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  return { size, md5: md5.digest('hex'), partial };
}

/**
 * Writes `content` whole beside `path`, then, in turn with other writes of `path`, runs `describe`
 * (its ETag and headers) and renames it into place. Described first: once the file is in place a
 * reader finds its ETag and headers. The other way round, a HEAD or GET of a key's first upload in
 * between got no headers and made s3rver hash the file and write its ETag itself, late enough to land
 * over the ETag of a second upload of the key (stores/filesystem.js, getMetadata). Meanwhile a reader
 * of an earlier upload may see its old bytes under the new ETag, which the handler reads again
 * (source-read.ts), never new bytes under an old or missing ETag.
 */
async function writeWhole(content: Readable | Buffer, path: string, describe: (md5: string) => Promise<void>): Promise<{ size: number; md5: string }> {
  const { size, md5, partial } = await writeBeside(content, path);
  await inTurn(path, async () => {
    try {
      await describe(md5);
      await rename(partial, path);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
  });
  return { size, md5 };
}

/**
 * s3rver 3.7.1 answers a PUT (and sends its event) once the body has passed its MD5 hash, before its file
 * write stream has finished: a GET at once after — the handler reading on the event, a client reading
 * back, the runner downloading a manifest just written — can read the object cut short, empty, or as
 * the older file (stores/filesystem.js, putObject and putPart). S3 answers only once the object is
 * stored. Here both write the whole file first, then its ETag and headers, then move it into place;
 * two writes of one key commit one after the other. The rest of the store is s3rver's.
 */
export function settleWrites(store: FilesystemStore): void {
  store.putObject = (object) =>
    writeWhole(object.content, store.getResourcePath(object.bucket, object.key, 'object'), (md5) => store.putMetadata(object.bucket, object.key, object.metadata, md5));
  store.putPart = (bucket, uploadId, partNumber, content) => {
    const path = join(store.getResourcePath(bucket, undefined, 'uploads'), uploadId, String(partNumber));
    return writeWhole(content, path, (md5) => writeFile(`${path}.md5`, md5));
  };
}
