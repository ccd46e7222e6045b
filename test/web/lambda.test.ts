import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { apiRequestOf, WebConfigError, webConfigFromEnv } from '../../lambdas/web/lambda';

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
