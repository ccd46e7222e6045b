import { PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';

/**
 * The objects the handler itself writes, so their S3 events are told apart from someone's upload
 * into the output bucket (only the latter gets a console line). s3rver reports both alike.
 */
export class OwnWrites {
  private readonly pending = new Map<string, number>();

  /** The client, with every PutObject counted before it is sent. */
  track(client: S3Client): S3Client {
    const tracked = Object.create(client) as S3Client;
    tracked.send = ((command: { input: { Bucket?: string; Key?: string } }, ...rest: unknown[]) => {
      const sent = (client.send as (...a: unknown[]) => Promise<unknown>)(command, ...rest);
      // By class, not by its name: a bundle (bin/run.mjs) may rename it (`PutObjectCommand2`).
      if (!(command instanceof PutObjectCommand)) return sent;
      const { Bucket = '', Key = '' } = command.input;
      this.pending.set(`${Bucket}/${Key}`, (this.pending.get(`${Bucket}/${Key}`) ?? 0) + 1);
      // A refused write makes no event: forget it, or someone's later upload of that key would pass for ours.
      return sent.catch((error: unknown) => {
        this.claim(Bucket, Key);
        throw error;
      });
    }) as S3Client['send'];
    return tracked;
  }

  /** True (once per write) when this object creation was the handler's own. */
  claim(bucket: string, key: string): boolean {
    const id = `${bucket}/${key}`;
    const count = this.pending.get(id) ?? 0;
    if (count === 0) return false;
    if (count === 1) this.pending.delete(id);
    else this.pending.set(id, count - 1);
    return true;
  }
}
