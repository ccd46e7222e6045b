import { HeadObjectCommand, type HeadObjectCommandOutput, type S3Client } from '@aws-sdk/client-s3';
import { isNotFound } from './errors';

/** HeadObject that answers null for a missing object (the usual case for outputs not written yet). */
export async function headOrNull(s3: S3Client, bucket: string, key: string): Promise<HeadObjectCommandOutput | null> {
  try {
    return await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
  } catch (error) {
    if (isNotFound(error)) return null;
    throw error;
  }
}
