/**
 * The pure parts of the authorization-code flow with PKCE (RFC 7636): verifier, S256 challenge and
 * the managed-login URLs. No DOM here, so Node tests can check them against the RFC's own example.
 */
export interface AuthorizeParams {
  readonly domain: string;
  readonly clientId: string;
  readonly redirectUri: string;
}

export function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** 32 random bytes → 43 URL-safe characters (RFC 7636 §4.1 asks for 43–128). */
export function randomVerifier(): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(32)));
}

/** `BASE64URL(SHA256(verifier))` (§4.2, method S256). */
export async function challengeOf(verifier: string): Promise<string> {
  return base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

export function authorizeUrl(auth: AuthorizeParams, state: string, challenge: string): string {
  const query = new URLSearchParams({
    response_type: 'code',
    client_id: auth.clientId,
    redirect_uri: auth.redirectUri,
    scope: 'openid email',
    state,
    code_challenge: challenge,
    code_challenge_method: 'S256',
  });
  return `${auth.domain}/oauth2/authorize?${query}`;
}

export function logoutUrl(auth: AuthorizeParams): string {
  return `${auth.domain}/logout?${new URLSearchParams({ client_id: auth.clientId, logout_uri: auth.redirectUri })}`;
}
