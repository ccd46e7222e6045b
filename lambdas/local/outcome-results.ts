import { HeadObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import type { HandlerConfig } from '../handler/config';
import { locateUpload } from '../handler/object-keys';
import { sourceKeyHash } from '../handler/output-headers';
import type { UploadOutcome } from '../handler/types';
import type { UploadResult } from './upload-results';

/**
 * The result a handler outcome settles its upload with, or null for an upload it ignored (no result: a
 * newer upload or nothing at all settles that key). A duplicate delivery finds the work done and settles
 * with the outputs made from that source (`outputsOf`).
 */
export async function resultOfOutcome(outcome: UploadOutcome, ms: number, outputsOf: (sourceKey: string) => Promise<string[]>): Promise<UploadResult | null> {
  switch (outcome.kind) {
    case 'converted':
      return { sourceKey: outcome.sourceKey, status: 'converted', outputKeys: outcome.keys, ms };
    case 'rejected':
      return { sourceKey: outcome.sourceKey, status: 'rejected', outputKeys: [outcome.reportKey], reportKey: outcome.reportKey, ms };
    case 'already-done': {
      const isReport = outcome.key.endsWith('.error.json');
      return {
        sourceKey: outcome.sourceKey,
        status: isReport ? 'rejected' : 'converted',
        outputKeys: await outputsOf(outcome.sourceKey),
        ...(isReport ? { reportKey: outcome.key } : {}),
        ms,
      };
    }
    case 'ignored':
      return null;
  }
}

/** The outputs made from this source, found by their `source-key` metadata (for redeliveries). */
export async function outputsMadeFrom(s3: S3Client, config: HandlerConfig, sourceKey: string): Promise<string[]> {
  const location = locateUpload(sourceKey, config.inputPrefix);
  if (location === null) return [];
  const prefix = `${config.outputPrefix}${location.relativeDir}${location.stem}.`;
  const listed = await s3.send(new ListObjectsV2Command({ Bucket: config.outputBucket, Prefix: prefix }));
  const keys: string[] = [];
  for (const object of listed.Contents ?? []) {
    const head = await s3.send(new HeadObjectCommand({ Bucket: config.outputBucket, Key: object.Key! }));
    if (head.Metadata?.['source-key-sha256'] === sourceKeyHash(sourceKey)) keys.push(object.Key!);
  }
  return keys;
}
