import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2 } from 'aws-lambda';
import { createS3Client } from '../handler/s3-client';
import { DEFAULT_INPUT_PREFIX, DEFAULT_OUTPUT_PREFIX } from '../settings/defaults';
import { presigningClient, sdkPresigner } from './api/presigner';
import { createWebApi, isUserId, type ApiRequest, type ApiResponse, type WebApiConfig } from './api/web-api';
import { perUserSessions, stsAssume, type SessionCredentials } from './user-session';

/** Environment the stack sets on the API function (lib/web-api.ts). */
export const WEB_ENV = {
  inputBucket: 'INPUT_BUCKET',
  outputBucket: 'OUTPUT_BUCKET',
  inputPrefix: 'INPUT_PREFIX',
  outputPrefix: 'OUTPUT_PREFIX',
  maxBytes: 'MAX_BYTES',
  staleAfterSeconds: 'STALE_AFTER_SECONDS',
  urlExpiresSeconds: 'URL_EXPIRES_SECONDS',
  userRoleArn: 'USER_ROLE_ARN',
} as const;

export class WebConfigError extends Error {
  override readonly name = 'WebConfigError';
}

export function webConfigFromEnv(env: NodeJS.ProcessEnv): WebApiConfig {
  const text = (name: keyof typeof WEB_ENV, fallback?: string): string => {
    const value = env[WEB_ENV[name]] ?? fallback;
    if (value === undefined) throw new WebConfigError(`${WEB_ENV[name]} is not set`);
    return value;
  };
  const count = (name: keyof typeof WEB_ENV): number => {
    const n = Number(text(name));
    if (!Number.isSafeInteger(n) || n <= 0) throw new WebConfigError(`${WEB_ENV[name]} must be a positive integer`);
    return n;
  };
  return {
    inputBucket: text('inputBucket'),
    outputBucket: text('outputBucket'),
    inputPrefix: text('inputPrefix', DEFAULT_INPUT_PREFIX),
    outputPrefix: text('outputPrefix', DEFAULT_OUTPUT_PREFIX),
    maxBytes: count('maxBytes'),
    staleAfterMs: count('staleAfterSeconds') * 1000,
    urlExpiresSeconds: count('urlExpiresSeconds'),
  };
}

/**
 * The API request as the core sees it. The user id is the `sub` claim of the access token that API
 * Gateway's JWT authorizer has already verified (signature, issuer, audience, expiry); nothing in
 * the request itself can name a user.
 */
export function apiRequestOf(event: APIGatewayProxyEventV2WithJWTAuthorizer): ApiRequest {
  const sub = event.requestContext.authorizer?.jwt?.claims?.['sub'];
  const body = event.body === undefined ? undefined : event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  return { method: event.requestContext.http.method, path: event.rawPath, body, userId: typeof sub === 'string' ? sub : undefined };
}

export function createApiHandler(api: (request: ApiRequest) => Promise<{ status: number; headers: Record<string, string>; body: string }>) {
  return async (event: APIGatewayProxyEventV2WithJWTAuthorizer): Promise<APIGatewayProxyResultV2> => {
    const answer = await api(apiRequestOf(event));
    return { statusCode: answer.status, headers: answer.headers, body: answer.body };
  };
}

/**
 * The API for each request: for a signed-in user, the core with S3 clients holding that user's own
 * session (user-session.ts), so IAM confines it to their folders; without a valid user the core answers
 * 401 before any S3 call, and the clients it holds have the function's own rights, which include no S3.
 */
export function perUserApi(
  config: WebApiConfig,
  assume: (userId: string) => Promise<SessionCredentials>,
  clientsFor: (credentials?: SessionCredentials) => { s3: ReturnType<typeof createS3Client>; presigner: ReturnType<typeof sdkPresigner> },
): (request: ApiRequest) => Promise<ApiResponse> {
  const forUser = perUserSessions(assume, (credentials) => createWebApi({ ...clientsFor(credentials), config }), config.urlExpiresSeconds);
  const anonymous = createWebApi({ ...clientsFor(), config });
  return async (request) => (isUserId(request.userId) ? (await forUser(request.userId))(request) : anonymous(request));
}

const sdkClients = (credentials?: SessionCredentials) => ({
  s3: createS3Client(credentials !== undefined ? { credentials } : {}),
  presigner: sdkPresigner(presigningClient(credentials !== undefined ? { credentials } : {})),
});

let cached: ReturnType<typeof createApiHandler> | undefined;

/** Lambda entry: the configuration is read on the first request, so a bad deployment fails loudly there. */
export const handler = (event: APIGatewayProxyEventV2WithJWTAuthorizer): Promise<APIGatewayProxyResultV2> => {
  if (cached === undefined) {
    const roleArn = process.env[WEB_ENV.userRoleArn];
    if (roleArn === undefined || roleArn === '') throw new WebConfigError(`${WEB_ENV.userRoleArn} is not set`);
    cached = createApiHandler(perUserApi(webConfigFromEnv(process.env), stsAssume(roleArn), sdkClients));
  }
  return cached(event);
};
