import { describe, expect, it } from 'vitest';
import { authorizeUrl, challengeOf, logoutUrl, randomVerifier } from '../../../lambdas/web/page/pkce';

const auth = { domain: 'https://speech-press-1.auth.eu-west-1.amazoncognito.com', clientId: 'client123', redirectUri: 'https://d1.cloudfront.net/' };

describe('PKCE for the managed login', () => {
  it('derives the S256 challenge of RFC 7636 Appendix B', async () => {
    expect(await challengeOf('dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk')).toBe('E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM');
  });

  it('makes 43-character URL-safe verifiers, different each time', () => {
    const a = randomVerifier();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(randomVerifier()).not.toBe(a);
  });

  it('asks for an authorization code with the challenge, state and the page as redirect', () => {
    const url = new URL(authorizeUrl(auth, 'st4te', 'ch4llenge'));
    expect(url.origin + url.pathname).toBe(`${auth.domain}/oauth2/authorize`);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'client123',
      redirect_uri: 'https://d1.cloudfront.net/',
      scope: 'openid email',
      state: 'st4te',
      code_challenge: 'ch4llenge',
      code_challenge_method: 'S256',
    });
    expect(logoutUrl(auth)).toBe(`${auth.domain}/logout?client_id=client123&logout_uri=https%3A%2F%2Fd1.cloudfront.net%2F`);
  });
});
