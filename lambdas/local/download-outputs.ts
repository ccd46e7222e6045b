import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve, sep } from 'node:path';
import type { UploadResult } from './upload-results';

/** Copies an upload's outputs (a dead letter's: its report, if written) from `bucket` into `outDir`, mirroring their keys; returns the local paths. */
export async function downloadOutputs(s3: S3Client, bucket: string, result: UploadResult, outDir: string): Promise<string[]> {
  const keys = result.status === 'dead-lettered' ? (result.reportKey !== undefined ? [result.reportKey] : []) : result.outputKeys;
  const paths: string[] = [];
  for (const key of keys) {
    const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    const path = resolve(outDir, ...key.split('/'));
    // Keys are user-chosen: never let `..` segments write outside the download folder.
    if (!path.startsWith(resolve(outDir) + sep)) throw new Error(`refusing to download ${key} outside ${outDir}`);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, await got.Body!.transformToByteArray());
    paths.push(path);
  }
  return paths;
}
