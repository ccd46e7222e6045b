import type { PageConfig } from '../api/contract';
import { authorizeUrl, challengeOf, logoutUrl, randomVerifier } from './pkce';

/**
 * Sign-in with Cognito's managed login: authorization code with PKCE (RFC 7636), no client secret.
 * Tokens live in sessionStorage (gone when the tab closes). Only the access token is sent, to the API.
 */
type AuthConfig = NonNullable<PageConfig['auth']>;

interface StoredTokens {
  readonly accessToken: string;
  readonly refreshToken?: string;
  /** ms since epoch, a minute early. */
  readonly expiresAt: number;
}

const TOKENS = 'speech-press:tokens';
const PENDING = 'speech-press:pkce';

async function tokenRequest(auth: AuthConfig, params: Record<string, string>): Promise<StoredTokens> {
  const response = await fetch(`${auth.domain}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_id: auth.clientId, ...params }),
  });
  if (!response.ok) throw new Error(`sign-in failed (${response.status})`);
  const body = (await response.json()) as { access_token: string; refresh_token?: string; expires_in: number };
  const tokens: StoredTokens = {
    accessToken: body.access_token,
    // Cognito does not return a new refresh token on refresh: keep the one used.
    refreshToken: body.refresh_token ?? params['refresh_token'],
    expiresAt: Date.now() + (body.expires_in - 60) * 1000,
  };
  sessionStorage.setItem(TOKENS, JSON.stringify(tokens));
  return tokens;
}

async function redirectToLogin(auth: AuthConfig): Promise<never> {
  const verifier = randomVerifier();
  const state = randomVerifier();
  sessionStorage.setItem(PENDING, JSON.stringify({ verifier, state }));
  location.assign(authorizeUrl(auth, state, await challengeOf(verifier)));
  return new Promise<never>(() => {});
}

/** An access token: from this tab's session, a refresh, the code just returned by the login page, or a redirect to it. */
export async function accessToken(auth: AuthConfig): Promise<string> {
  const url = new URL(location.href);
  const code = url.searchParams.get('code');
  if (code !== null) {
    const pending = JSON.parse(sessionStorage.getItem(PENDING) ?? 'null') as { verifier: string; state: string } | null;
    sessionStorage.removeItem(PENDING);
    history.replaceState(null, '', url.pathname);
    // A code without our own state was not started by this tab: ignore it and sign in afresh.
    if (pending !== null && url.searchParams.get('state') === pending.state) {
      return (await tokenRequest(auth, { grant_type: 'authorization_code', code, redirect_uri: auth.redirectUri, code_verifier: pending.verifier })).accessToken;
    }
  }
  const stored = JSON.parse(sessionStorage.getItem(TOKENS) ?? 'null') as StoredTokens | null;
  if (stored !== null && stored.expiresAt > Date.now()) return stored.accessToken;
  if (stored?.refreshToken !== undefined) {
    try {
      return (await tokenRequest(auth, { grant_type: 'refresh_token', refresh_token: stored.refreshToken })).accessToken;
    } catch {
      sessionStorage.removeItem(TOKENS);
    }
  }
  return redirectToLogin(auth);
}

export function signOut(auth: AuthConfig): void {
  sessionStorage.removeItem(TOKENS);
  location.assign(logoutUrl(auth));
}
