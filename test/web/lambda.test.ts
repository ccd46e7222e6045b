import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { createS3Client } from '../../lambdas/handler/s3-client';
import { presigningClient, sdkPresigner } from '../../lambdas/web/api/presigner';
import { apiRequestOf, createApiHandler, perUserApi, WebConfigError, webConfigFromEnv, type ErrorLog } from '../../lambdas/web/lambda';

function event(overrides: { claims?: Record<string, string>; body?: string; base64?: boolean }): APIGatewayProxyEventV2WithJWTAuthorizer {
  return {
    rawPath: '/api/uploads',
    body: overrides.body,
    isBase64Encoded: overrides.base64 ?? false,
    requestContext: { http: { method: 'POST' }, authorizer: overrides.claims === undefined ? undefined : { jwt: { claims: overrides.claims, scopes: [] } } },
  } as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;
}

describe('Lambda shell of the web API', () => {
  it('takes the user from the verified token’s sub claim, never from the body', () => {
    const request = apiRequestOf(event({ claims: { sub: '0f1e-aa', username: 'bob' }, body: '{"name":"a.txt","size":1,"user":"mallory"}' }));
    expect(request).toEqual({ method: 'POST', path: '/api/uploads', body: '{"name":"a.txt","size":1,"user":"mallory"}', userId: '0f1e-aa' });
  });

  it('has no user without a token (the core then answers 401) and decodes base64 bodies', () => {
    expect(apiRequestOf(event({ body: Buffer.from('{"a":1}').toString('base64'), base64: true }))).toMatchObject({ userId: undefined, body: '{"a":1}' });
  });

  it('reads its configuration from the environment, refusing a missing bucket or a bad number', () => {
    const env = { INPUT_BUCKET: 'in', OUTPUT_BUCKET: 'out', MAX_BYTES: '100', STALE_AFTER_SECONDS: '60', URL_EXPIRES_SECONDS: '900' };
    expect(webConfigFromEnv(env)).toEqual({ inputBucket: 'in', outputBucket: 'out', inputPrefix: 'incoming/', outputPrefix: '', maxBytes: 100, staleAfterMs: 60_000, urlExpiresSeconds: 900 });
    expect(() => webConfigFromEnv({ ...env, INPUT_BUCKET: undefined })).toThrow(WebConfigError);
    expect(() => webConfigFromEnv({ ...env, MAX_BYTES: 'lots' })).toThrow(/MAX_BYTES/);
  });
});

describe('the Lambda shell when a service it needs fails', () => {
  const config = { inputBucket: 'in', outputBucket: 'out', inputPrefix: 'incoming/', outputPrefix: '', maxBytes: 1000, staleAfterMs: 60_000, urlExpiresSeconds: 900 };
  // Never called: every request below fails before S3 (the clients only have to exist).
  const clients = () => {
    const settings = { region: 'us-east-1', credentials: { accessKeyId: 'unused', secretAccessKey: 'unused' } };
    return { s3: createS3Client(settings), presigner: sdkPresigner(presigningClient(settings)) };
  };
  const logged: unknown[][] = [];
  const log: ErrorLog = { error: (...args: unknown[]) => void logged.push(args) };

  it('answers a refused STS AssumeRole with a logged JSON 503 the page can word, not API Gateway’s bare 500', async () => {
    // STS cannot be made to refuse on demand offline: the one call to it fails the way the SDK's does.
    const refused = Object.assign(new Error('User: arn:aws:sts::1:assumed-role/Api is not authorized to perform: sts:TagSession'), { name: 'AccessDenied', $metadata: { httpStatusCode: 403 } });
    const handler = createApiHandler(perUserApi(config, () => Promise.reject(refused), clients), log);
    const answer = (await handler(event({ claims: { sub: '0f1e-aa' } }))) as { statusCode: number; headers: Record<string, string>; body: string };
    expect(answer.statusCode).toBe(503);
    expect(answer.headers['content-type']).toMatch(/^application\/json/);
    expect(Number(answer.headers['retry-after'])).toBeGreaterThan(0);
    expect(JSON.parse(answer.body)).toEqual({ error: { code: 'service-unavailable', message: expect.stringMatching(/try again/) } });
    expect(JSON.stringify(logged.at(-1))).toContain('0f1e-aa');
    expect((logged.at(-1)![1] as { error: Error }).error.cause).toBe(refused);
  });

  it('answers anything else that throws with a logged JSON 500', async () => {
    const handler = createApiHandler(() => Promise.reject(new Error('socket hang up')), log);
    const answer = (await handler(event({ claims: { sub: '0f1e-aa' } }))) as { statusCode: number; body: string };
    expect(answer.statusCode).toBe(500);
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'server-error' } });
    expect((logged.at(-1)![1] as { error: Error }).error.message).toBe('socket hang up');
  });
});
