/**
 * The page's Content-Security-Policy, the same locally and on CloudFront: scripts, styles and the pdf.js
 * worker only from the page's own origin, network access only to the API, the buckets (presigned URLs)
 * and the sign-in domain, and no framing.
 */
export function contentSecurityPolicy(connectSources: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' ${connectSources.join(' ')}`.trim(),
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}
