import type { IncomingHttpHeaders } from 'node:http';
import type { S3Refusal } from './key-guard';

/**
 * What keeps web sites out of the local servers. Both listen on 127.0.0.1 with no sign-in (s3rver
 * accepts any signature), so any page the user opens could reach them through the browser:
 * - a DNS-rebinding page (its own host name resolving to 127.0.0.1) reads and writes as a same-origin
 *   page would: its requests carry its own host name in `Host`, so only loopback host names pass;
 * - any page can send a cross-origin form POST (S3's browser upload, multipart/form-data) with no
 *   CORS preflight: the browser sends it and only hides the answer. Browsers put `Origin` on every
 *   cross-origin request and every POST; the AWS CLI and SDKs send none. So a request with an `Origin`
 *   other than the local page's is refused, and form uploads are refused whoever sends them (nothing
 *   of ours uses them: the page uploads with presigned PUTs).
 */

/** The `Host` values a client of a server listening on 127.0.0.1:`port` sends. */
export function loopbackHosts(port: number): ReadonlySet<string> {
  const names = ['127.0.0.1', 'localhost'];
  return new Set([...names.map((name) => `${name}:${port}`), ...(port === 80 ? names : [])]);
}

export interface BrowserGuard {
  /** `Host` values this server answers (see loopbackHosts). */
  readonly hosts: ReadonlySet<string>;
  /** Browser origins allowed to call it (the local page's), none when there is no page. */
  readonly origins: readonly string[];
}

/** Why a request that may come from a web site is refused, or null. */
export function browserRefusal(method: string, headers: IncomingHttpHeaders, guard: BrowserGuard): S3Refusal | null {
  const host = headers.host ?? '';
  if (!guard.hosts.has(host.toLowerCase())) {
    return { status: 421, code: 'MisdirectedRequest', message: `This local server answers only requests addressed to ${[...guard.hosts].join(' or ')}, not "${host}".` };
  }
  const origin = headers.origin;
  if (origin !== undefined && !guard.origins.includes(origin)) {
    return { status: 403, code: 'AccessDenied', message: `Requests from the web origin "${origin}" are refused: only the local page may call this server from a browser.` };
  }
  const contentType = (headers['content-type'] ?? '').toLowerCase();
  if (method === 'POST' && contentType.startsWith('multipart/form-data')) {
    return { status: 403, code: 'AccessDenied', message: 'Browser form uploads (POST Object) are refused by this local server; upload with PUT (the AWS CLI, an SDK or the local page).' };
  }
  return null;
}
