/**
 * The security headers of every response. The Content-Security-Policy carries a per-request
 * nonce that Next.js puts on its own scripts, so no inline script without it can run.
 * `form-action` must allow the identity provider: the sign-in form's redirect goes there.
 */
export function contentSecurityPolicy(nonce: string, opts: { identityProviderOrigin: string | null; development: boolean }): string {
  const formAction = ["'self'", ...(opts.identityProviderOrigin ? [opts.identityProviderOrigin] : [])].join(' ');
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets Next's nonce'd loader pull in its chunks; dev needs eval for fast refresh.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.development ? " 'unsafe-eval'" : ''}`,
    // Charts and React set style attributes; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action ${formAction}`,
    "frame-ancestors 'none'",
    ...(opts.development ? [] : ['upgrade-insecure-requests']),
  ].join('; ');
}

export function securityHeaders(opts: { https: boolean }): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(opts.https ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
