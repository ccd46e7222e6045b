import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../lambdas/handler/config';
import { HandlerConfigError } from '../lambdas/handler/errors';
import { decodeEventKey, encodeEventKey, locateUpload, outputKey } from '../lambdas/handler/object-keys';
import { isUnfixableByRetry } from '../lambdas/handler/errors';
import { contentDisposition, encodedKeyPrefix } from '../lambdas/handler/output-headers';
import { UnrecognisedMessageError } from '../lambdas/handler/errors';
import { createdObjects } from '../lambdas/handler/s3-events';

describe('event keys', () => {
  it('decodes the form AWS sends: + is a space, %2B a plus, UTF-8 percent-encoded', () => {
    expect(decodeEventKey('incoming/2023+%E6%95%99%E8%82%B2+%E8%AE%B2%E8%AF%9D%E7%A8%BF%2B%E7%BB%88%E7%A8%BF.txt')).toBe('incoming/2023 教育 讲话稿+终稿.txt');
  });

  it('round-trips any key through the local bridge encoding', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', minLength: 1 }), (key) => decodeEventKey(encodeEventKey(key)) === key));
  });

  it('mirrors the sub-folder below the input prefix and ignores what the pipeline must not convert', () => {
    const location = locateUpload('incoming/a/b/讲话.txt', 'incoming/')!;
    expect(location).toEqual({ relativeDir: 'a/b/', fileName: '讲话.txt', stem: '讲话' });
    expect(outputKey('done/', location, '讲话.pdf')).toBe('done/a/b/讲话.pdf');
    expect(locateUpload('other/讲话.txt', 'incoming/')).toBeNull();
    expect(locateUpload('incoming/讲话.docx', 'incoming/')).toBeNull();
    expect(locateUpload('incoming/.txt', 'incoming/')).toBeNull();
  });
});

describe('download names', () => {
  it('gives an ASCII fallback and the exact UTF-8 name per RFC 5987', () => {
    expect(contentDisposition('2023 教育 "讲话".pdf')).toBe(
      `attachment; filename="2023 __ ____.pdf"; filename*=UTF-8''2023%20%E6%95%99%E8%82%B2%20%22%E8%AE%B2%E8%AF%9D%22.pdf`,
    );
  });
});

describe('source key metadata', () => {
  it('keeps a bounded prefix of the percent-encoded key that still decodes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.integer({ min: 12, max: 700 }), (key, limit) => {
        const prefix = encodedKeyPrefix(key, limit);
        return prefix.length <= limit && key.startsWith(decodeURIComponent(prefix));
      }),
    );
  });
});

describe('S3 errors', () => {
  it('tells a refusal that retrying cannot fix from throttling and server faults', () => {
    const withStatus = (httpStatusCode: number) => ({ $metadata: { httpStatusCode } });
    expect(isUnfixableByRetry(withStatus(400))).toBe(true);
    expect(isUnfixableByRetry(withStatus(429))).toBe(false);
    expect(isUnfixableByRetry(withStatus(503))).toBe(false);
    expect(isUnfixableByRetry(new Error('bug'))).toBe(false);
  });
});

describe('SQS message bodies', () => {
  it('yields only object creations, and nothing for the S3 test event', () => {
    const body = JSON.stringify({
      Records: [
        { eventSource: 'aws:s3', eventName: 'ObjectCreated:Put', s3: { bucket: { name: 'in' }, object: { key: 'incoming/a+b.txt', eTag: 'e' } } },
        { eventSource: 'aws:s3', eventName: 'ObjectRemoved:Delete', s3: { bucket: { name: 'in' }, object: { key: 'incoming/c.txt' } } },
      ],
    });
    expect(createdObjects({ messageId: 'm', body })).toEqual([{ bucket: 'in', key: 'incoming/a b.txt', eTag: '"e"' }]);
    expect(createdObjects({ messageId: 'm', body: JSON.stringify({ Service: 'Amazon S3', Event: 's3:TestEvent' }) })).toEqual([]);
    expect(() => createdObjects({ messageId: 'm', body: 'not json' })).toThrow(UnrecognisedMessageError);
  });
});

describe('handler configuration', () => {
  it('reads the deployment settings and fails the cold start on bad ones', () => {
    expect(configFromEnv({ OUTPUT_BUCKET: 'out', TRADITIONAL_VARIANT: 'none', MAX_BYTES: '100' }, 5)).toEqual({
      outputBucket: 'out',
      inputPrefix: 'incoming/',
      outputPrefix: '',
      maxBytes: 100,
      traditional: false,
    });
    expect(configFromEnv({ OUTPUT_BUCKET: 'out', TRADITIONAL_VARIANT: 'hk', TRADITIONAL_QUOTES: 'true' }, 5).traditional).toEqual({ variant: 'hk', quotes: true });
    expect(() => configFromEnv({}, 5)).toThrow(HandlerConfigError);
    expect(() => configFromEnv({ OUTPUT_BUCKET: 'out', MAX_BYTES: '-1' }, 5)).toThrow(HandlerConfigError);
    expect(() => configFromEnv({ OUTPUT_BUCKET: 'out', TRADITIONAL_VARIANT: 'jp' }, 5)).toThrow(HandlerConfigError);
  });
});
