import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createS3Client } from '../../lambdas/handler/s3-client';
import { LOCAL_REGION } from '../../lambdas/local/local-s3';
import type { UploadTicket } from '../../lambdas/web/api/contract';
import { presigningClient, sdkPresigner } from '../../lambdas/web/api/presigner';
import { perUserApi } from '../../lambdas/web/lambda';
import { assumeRoleInput, MAX_CACHED_USERS, perUserSessions, SESSION_SECONDS, type SessionCredentials } from '../../lambdas/web/user-session';
import { startTestS3 } from '../support/s3rver';

// STS cannot run offline: the one call to it (stsAssume) is replaced by a function that hands out a
// session per user the way STS would, with s3rver's keys (it checks signatures) and the user in the token.
const sessionFor = (userId: string, expiresInMs = SESSION_SECONDS * 1000, now = Date.now()): SessionCredentials => ({
  accessKeyId: 'S3RVER',
  secretAccessKey: 'S3RVER',
  sessionToken: `session-of-${userId}`,
  expiration: new Date(now + expiresInMs),
});

describe('the AssumeRole request', () => {
  it('tags the session with the user (the role policy reads the tag) and names it after them', () => {
    expect(assumeRoleInput('arn:aws:iam::1:role/UserScope', '3f1c9a52-0d7e-4c1e-9a57-1d2b3c4d5e6f')).toEqual({
      RoleArn: 'arn:aws:iam::1:role/UserScope',
      RoleSessionName: 'web-3f1c9a52-0d7e-4c1e-9a57-1d2b3c4d5e6f',
      DurationSeconds: 3600,
      Tags: [{ Key: 'user', Value: '3f1c9a52-0d7e-4c1e-9a57-1d2b3c4d5e6f' }],
    });
  });
});

describe('sessions per user', () => {
  it('are assumed once per user and reused while a URL signed now would outlive nothing (then renewed)', async () => {
    let now = 1_000_000;
    const assumed: string[] = [];
    const sessions = perUserSessions(async (user) => (assumed.push(user), sessionFor(user, SESSION_SECONDS * 1000, now)), (c) => c.sessionToken, 900, () => now);
    expect(await Promise.all([sessions('a'), sessions('a'), sessions('b')])).toEqual(['session-of-a', 'session-of-a', 'session-of-b']);
    expect(assumed).toEqual(['a', 'b']);
    now += (SESSION_SECONDS - 900 - 120) * 1000;
    await sessions('a');
    expect(assumed).toEqual(['a', 'b']);
    now += 120 * 1000;
    await sessions('a');
    expect(assumed).toEqual(['a', 'b', 'a']);
  });

  it('keep no failed assume, and at most MAX_CACHED_USERS users', async () => {
    let fail = true;
    const assumed: string[] = [];
    const sessions = perUserSessions(async (user) => {
      assumed.push(user);
      if (fail) throw new Error('STS throttled');
      return sessionFor(user);
    }, (c) => c.sessionToken, 900);
    await expect(sessions('a')).rejects.toThrow('STS throttled');
    fail = false;
    expect(await sessions('a')).toBe('session-of-a');
    for (let i = 0; i < MAX_CACHED_USERS; i++) await sessions(`u${i}`);
    assumed.length = 0;
    await sessions('a');
    expect(assumed).toEqual(['a']);
  });
});

describe('the Lambda shell with per-user sessions, against a real S3 server', () => {
  const config = { inputBucket: 'scope-in', outputBucket: 'scope-out', inputPrefix: 'incoming/', outputPrefix: '', maxBytes: 1000, staleAfterMs: 60_000, urlExpiresSeconds: 900 };
  let s3: Awaited<ReturnType<typeof startTestS3>>;
  beforeAll(async () => {
    s3 = await startTestS3([config.inputBucket, config.outputBucket]);
  });
  afterAll(() => s3.stop());

  it("signs each user's URLs and requests with that user's own session, and takes none for a request without a user", async () => {
    const assumed: string[] = [];
    const built: (string | undefined)[] = [];
    const api = perUserApi(config, async (user) => (assumed.push(user), sessionFor(user)), (credentials) => {
      built.push(credentials?.sessionToken);
      const settings = { endpoint: s3.endpoint, region: LOCAL_REGION, credentials: credentials ?? { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } };
      return { s3: createS3Client(settings), presigner: sdkPresigner(presigningClient(settings)) };
    });
    const post = (userId: string | undefined) => api({ method: 'POST', path: '/api/uploads', body: JSON.stringify({ name: '讲话.txt', size: 10 }), userId });

    const alice = JSON.parse((await post('alice-0001')).body) as UploadTicket;
    const bob = JSON.parse((await post('bob-0002')).body) as UploadTicket;
    expect(new URL(alice.url).pathname).toContain('/incoming/alice-0001/');
    expect(new URL(alice.url).searchParams.get('X-Amz-Security-Token')).toBe('session-of-alice-0001');
    expect(new URL(bob.url).searchParams.get('X-Amz-Security-Token')).toBe('session-of-bob-0002');
    expect((await api({ method: 'GET', path: '/api/documents', body: undefined, userId: 'alice-0001' })).status).toBe(200);
    expect(assumed).toEqual(['alice-0001', 'bob-0002']);

    expect((await post(undefined)).status).toBe(401);
    expect((await post('../bob-0002')).status).toBe(401);
    expect(assumed).toEqual(['alice-0001', 'bob-0002']);
    expect(built).toEqual([undefined, 'session-of-alice-0001', 'session-of-bob-0002']);
  });
});
