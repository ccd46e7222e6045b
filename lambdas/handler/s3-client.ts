import { S3Client } from '@aws-sdk/client-s3';
import { requestHandlerOptions, S3_TIMEOUTS, type SdkTimeouts } from './sdk-timeouts';

export interface S3ClientSettings {
  /** A local S3-protocol server, e.g. `http://127.0.0.1:4568`; absent on AWS. */
  readonly endpoint?: string;
  readonly region?: string;
  readonly credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** SDK attempts per request (default 3). */
  readonly maxAttempts?: number;
  /** Default S3_TIMEOUTS (sdk-timeouts.ts). */
  readonly timeouts?: SdkTimeouts;
}

/**
 * One client that works against AWS and local S3 servers alike. On AWS the SDK's default integrity
 * checks stay on (checksums on every upload and download). Only against a local endpoint are they
 * relaxed to WHEN_REQUIRED: the SDK's default aws-chunked uploads are stored verbatim (corrupted) by
 * s3rver. Path style there too, because local servers have no per-bucket host names.
 */
export function createS3Client(settings: S3ClientSettings = {}): S3Client {
  return new S3Client({
    ...(settings.region !== undefined ? { region: settings.region } : {}),
    ...(settings.credentials !== undefined ? { credentials: settings.credentials } : {}),
    ...(settings.maxAttempts !== undefined ? { maxAttempts: settings.maxAttempts } : {}),
    requestHandler: requestHandlerOptions(settings.timeouts ?? S3_TIMEOUTS),
    ...(settings.endpoint !== undefined
      ? { endpoint: settings.endpoint, forcePathStyle: true, requestChecksumCalculation: 'WHEN_REQUIRED', responseChecksumValidation: 'WHEN_REQUIRED' }
      : {}),
  });
}
