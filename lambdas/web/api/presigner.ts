import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

/** The SDK's presigner behind the two calls the API makes (the one place that knows its options). */
export interface Presigner {
  /**
   * A PUT URL that S3 accepts only with exactly these headers: Content-Length (so the size the API
   * checked is the size stored), Content-Type and the user metadata are signed.
   */
  put(bucket: string, key: string, body: { size: number; contentType: string; metadata: Record<string, string> }, expiresInSeconds: number): Promise<{ url: string; headers: Record<string, string> }>;
  get(bucket: string, key: string, expiresInSeconds: number): Promise<string>;
}

/**
 * A client for presigning only. With the SDK's default checksum setting (WHEN_SUPPORTED) a presigned
 * PutObject URL carries the CRC32 of an empty body, so S3 refuses every real upload with it; WHEN_REQUIRED
 * leaves checksums to the uploader.
 */
export function presigningClient(settings: { endpoint?: string; region?: string; credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } } = {}): S3Client {
  return new S3Client({
    ...(settings.region !== undefined ? { region: settings.region } : {}),
    ...(settings.credentials !== undefined ? { credentials: settings.credentials } : {}),
    ...(settings.endpoint !== undefined ? { endpoint: settings.endpoint, forcePathStyle: true } : {}),
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

/** `s3` should come from {@link presigningClient}. */
export function sdkPresigner(s3: S3Client): Presigner {
  return {
    async put(bucket, key, body, expiresInSeconds) {
      const metadataHeaders = Object.fromEntries(Object.entries(body.metadata).map(([k, v]) => [`x-amz-meta-${k}`, v]));
      const url = await getSignedUrl(
        s3,
        new PutObjectCommand({ Bucket: bucket, Key: key, ContentLength: body.size, ContentType: body.contentType, Metadata: body.metadata }),
        {
          expiresIn: expiresInSeconds,
          signableHeaders: new Set(['content-length', 'content-type']),
          // Kept as headers (not query parameters) so the browser must send them and they are signed.
          unhoistableHeaders: new Set(Object.keys(metadataHeaders)),
        },
      );
      // The browser sets Content-Length itself from the body; it is listed for other clients (curl).
      return { url, headers: { 'content-type': body.contentType, ...metadataHeaders } };
    },
    get(bucket, key, expiresInSeconds) {
      return getSignedUrl(s3, new GetObjectCommand({ Bucket: bucket, Key: key }), { expiresIn: expiresInSeconds });
    },
  };
}
