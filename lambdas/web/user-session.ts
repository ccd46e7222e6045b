import { AssumeRoleCommand, STSClient, type AssumeRoleCommandInput } from '@aws-sdk/client-sts';
import { requestHandlerOptions, SIDE_CALL_TIMEOUTS } from '../handler/sdk-timeouts';

/**
 * Per-user credentials for the web API on AWS. The function's own role may do nothing in S3; for each
 * signed-in user it assumes the user-scope role with a session tag `user` = the token's `sub`, and
 * that role's policy names `${aws:PrincipalTag/user}` in every S3 resource and listing prefix
 * (lib/web-api.ts). So IAM itself keeps a request, and every URL presigned with those credentials, in
 * that user's folders: a slip in the code that built a key for another folder would be refused by S3.
 */
export const USER_TAG = 'user';

/** Session length: an hour (the role's default maximum); a URL signed with it lives at most this long. */
export const SESSION_SECONDS = 3600;

export interface SessionCredentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken: string;
  readonly expiration: Date;
}

/** The AssumeRole request for one user: the tag the role's policy reads, and a session name CloudTrail shows. */
export function assumeRoleInput(roleArn: string, userId: string): AssumeRoleCommandInput {
  return { RoleArn: roleArn, RoleSessionName: `web-${userId}`.slice(0, 64), DurationSeconds: SESSION_SECONDS, Tags: [{ Key: USER_TAG, Value: userId }] };
}

/** STS behind the one call the shell makes. */
export function stsAssume(roleArn: string, sts = new STSClient({ requestHandler: requestHandlerOptions(SIDE_CALL_TIMEOUTS) })): (userId: string) => Promise<SessionCredentials> {
  return async (userId) => {
    const { Credentials: c } = await sts.send(new AssumeRoleCommand(assumeRoleInput(roleArn, userId)));
    if (c?.AccessKeyId === undefined || c.SecretAccessKey === undefined || c.SessionToken === undefined || c.Expiration === undefined) {
      throw new Error('STS answered AssumeRole without credentials');
    }
    return { accessKeyId: c.AccessKeyId, secretAccessKey: c.SecretAccessKey, sessionToken: c.SessionToken, expiration: c.Expiration };
  };
}

/** Users whose sessions one container keeps (a page refresh every few seconds per user at most). */
export const MAX_CACHED_USERS = 200;
/** A session is reused only while a URL signed now would still live its whole time, with this margin. */
const MARGIN_MS = 60_000;

/**
 * `build(credentials)` for each user, from that user's own session, reused while it has time left for
 * a URL of `urlExpiresSeconds` (a URL dies with the session that signed it). A failed assume is not kept.
 */
export function perUserSessions<T>(
  assume: (userId: string) => Promise<SessionCredentials>,
  build: (credentials: SessionCredentials) => T,
  urlExpiresSeconds: number,
  now: () => number = Date.now,
): (userId: string) => Promise<T> {
  const sessions = new Map<string, Promise<{ credentials: SessionCredentials; value: T }>>();
  return async (userId) => {
    const kept = sessions.get(userId);
    if (kept !== undefined) {
      const { credentials, value } = await kept;
      if (credentials.expiration.getTime() - now() > urlExpiresSeconds * 1000 + MARGIN_MS) return value;
      sessions.delete(userId);
    }
    if (sessions.size >= MAX_CACHED_USERS) sessions.delete(sessions.keys().next().value!);
    const made = assume(userId).then((credentials) => ({ credentials, value: build(credentials) }));
    sessions.set(userId, made);
    made.catch(() => sessions.get(userId) === made && sessions.delete(userId));
    return (await made).value;
  };
}
