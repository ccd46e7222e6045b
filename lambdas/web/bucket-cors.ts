import { VARIANT_METADATA } from '../handler/upload-variant';

/**
 * What the page does cross-origin on each bucket: PUT a presigned upload (with its signed headers)
 * into the input bucket, GET presigned outputs (downloads, zip, preview, manifest) from the output
 * bucket. The CDK stack and the local S3 server both configure exactly this, for the page's origin only.
 */
export const BUCKET_CORS = {
  input: { methods: ['PUT'], headers: ['content-type', `x-amz-meta-${VARIANT_METADATA}`] },
  output: { methods: ['GET', 'HEAD'], headers: [] },
} as const satisfies Record<string, { methods: readonly ('GET' | 'HEAD' | 'PUT')[]; headers: readonly string[] }>;

export const CORS_MAX_AGE_SECONDS = 600;

/** The rule as S3's CORS XML (the local server is configured with it at start). */
export function corsXml(rule: (typeof BUCKET_CORS)[keyof typeof BUCKET_CORS], origins: readonly string[]): string {
  const tag = (name: string, values: readonly string[]) => values.map((v) => `<${name}>${v}</${name}>`).join('');
  return (
    '<CORSConfiguration><CORSRule>' +
    tag('AllowedOrigin', origins) +
    tag('AllowedMethod', rule.methods) +
    tag('AllowedHeader', rule.headers) +
    `<ExposeHeader>ETag</ExposeHeader><MaxAgeSeconds>${CORS_MAX_AGE_SECONDS}</MaxAgeSeconds></CORSRule></CORSConfiguration>`
  );
}
