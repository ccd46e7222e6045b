import { describe, expect, it } from 'vitest';
import { presigningClient, sdkPresigner } from '../../../lambdas/web/api/presigner';

// As on AWS: a regional client with no endpoint override (credentials made up; presigning is offline).
const presigner = sdkPresigner(presigningClient({ region: 'eu-west-1', credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' } }));

describe('sdkPresigner', () => {
  it('signs a PUT that S3 accepts only with the checked length, type and variant, and no empty-body checksum', async () => {
    const { url, headers } = await presigner.put('bucket-in', 'incoming/u-1/讲话.txt', { size: 42, contentType: 'text/plain; charset=utf-8', metadata: { variant: 'hk' } }, 900);
    const parsed = new URL(url);
    expect(parsed.host).toBe('bucket-in.s3.eu-west-1.amazonaws.com');
    expect(parsed.searchParams.get('X-Amz-SignedHeaders')).toBe('content-length;content-type;host;x-amz-meta-variant');
    expect(parsed.searchParams.get('X-Amz-Expires')).toBe('900');
    expect([...parsed.searchParams.keys()].filter((k) => /checksum/i.test(k) && k !== 'X-Amz-Content-Sha256')).toEqual([]);
    expect(headers).toEqual({ 'content-type': 'text/plain; charset=utf-8', 'x-amz-meta-variant': 'hk' });
  });

  it('signs a GET for one key only', async () => {
    const url = new URL(await presigner.get('bucket-out', 'u-1/讲话.pdf', 900));
    expect(decodeURIComponent(url.pathname)).toBe('/u-1/讲话.pdf');
    expect(url.searchParams.get('X-Amz-SignedHeaders')).toBe('host');
  });
});
