import { Logger } from '@aws-lambda-powertools/logger';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyResultV2 } from 'aws-lambda';
import { createS3Client } from '../handler/s3-client';
import { DEFAULT_INPUT_PREFIX, DEFAULT_OUTPUT_PREFIX } from '../settings/defaults';
import { presigningClient, sdkPresigner } from './api/presigner';
import { createWebApi, failure, isUserId, type ApiRequest, type ApiResponse, type WebApiConfig } from './api/web-api';
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

/**
 * STS did not give a signed-in user their session (throttled, unreachable, or the role refused):
 * nothing the request did, and usually gone on a retry.
 */
class SessionUnavailableError extends Error {
  override readonly name = 'SessionUnavailableError';
}

/** Seconds the page is told to wait before trying again after a 503. */
const RETRY_AFTER_SECONDS = 5;

/** Where the shell reports what it answered for (Powertools' Logger on Lambda). */
export type ErrorLog = Pick<Logger, 'error'>;

/**
 * The core's answer, or — when something it depends on throws (the core answers every fault of the
 * request itself with a 4xx) — a logged JSON error the page can put in its own words, instead of API
 * Gateway's bare "Internal Server Error": 503 `service-unavailable` for a session STS did not give,
 * 500 `server-error` for anything else.
 */
export function answeringFaults(api: (request: ApiRequest) => Promise<ApiResponse>, log: ErrorLog): (request: ApiRequest) => Promise<ApiResponse> {
  return async (request) => {
    try {
      return await api(request);
    } catch (error) {
      log.error('web API request failed', { method: request.method, path: request.path, user: request.userId, error: error as Error });
      if (!(error instanceof SessionUnavailableError)) return failure(500, 'server-error', 'the server failed to answer; try again later');
      const answer = failure(503, 'service-unavailable', 'the sign-in session for your files is unavailable right now; try again in a few seconds');
      return { ...answer, headers: { ...answer.headers, 'retry-after': String(RETRY_AFTER_SECONDS) } };
    }
  };
}

export function createApiHandler(api: (request: ApiRequest) => Promise<ApiResponse>, log: ErrorLog) {
  const answer = answeringFaults(api, log);
  return async (event: APIGatewayProxyEventV2WithJWTAuthorizer): Promise<APIGatewayProxyResultV2> => {
    const { status, headers, body } = await answer(apiRequestOf(event));
    return { statusCode: status, headers, body };
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
  const sessionOf = (userId: string) =>
    forUser(userId).catch((error: unknown) => {
      throw new SessionUnavailableError(`no session for user ${userId}: ${(error as Error).message}`, { cause: error });
    });
  return async (request) => (isUserId(request.userId) ? (await sessionOf(request.userId))(request) : anonymous(request));
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
    cached = createApiHandler(perUserApi(webConfigFromEnv(process.env), stsAssume(roleArn), sdkClients), new Logger({ serviceName: 'speech-press-web' }));
  }
  return cached(event);
};
