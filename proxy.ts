import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, originOf, securityHeaders } from '@/lib/security/headers';
import { busyResponse, commandBusyCheck, databaseCheck, unavailableResponse } from '@/lib/security/unavailable';
import { isUnusableAddress, unusableAddressResponse } from '@/lib/security/unusable-address';

/**
 * Adds the security headers and the CSP nonce to every response. This is a convenience
 * layer only: no access decision is taken here (access is checked in lib/data on every read,
 * so a request that skips the proxy, e.g. with a forged `x-middleware-subrequest`, gets
 * nothing more).
 */
const BUSY_AFTER_MS = 2_000;

export async function proxy(request: NextRequest) {
  // While the database cannot be reached, a plain 503 for everything but the health check (which
  // says itself what is wrong). The check runs at most once a second (db/client.ts).
  const kind = request.nextUrl.pathname.startsWith('/api/') || request.headers.has('next-action') ? 'api' : 'page';
  // The command line's work has held the embedded database for more than two seconds (a long
  // import): every request but the health check hears so at once (db/pglite-gate.ts).
  const busy = request.nextUrl.pathname === '/api/health' ? null : (commandBusyCheck()?.(BUSY_AFTER_MS) ?? null);
  if (busy) return withSecurityHeaders(request, busyResponse(kind, busy.holder));
  const check = databaseCheck();
  if (check && request.nextUrl.pathname !== '/api/health' && !(await check())) {
    return withSecurityHeaders(request, unavailableResponse(kind));
  }
  if (isUnusableAddress(request.nextUrl.pathname, request.nextUrl.search)) {
    return withSecurityHeaders(request, unusableAddressResponse(request.nextUrl.pathname.startsWith('/api/') ? 'api' : 'page'));
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const csp = contentSecurityPolicy(nonce, {
    identityProviderOrigin: originOf(process.env.AUTH_MICROSOFT_ENTRA_ID_ISSUER),
    development: process.env.NODE_ENV === 'development',
  });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('Content-Security-Policy', csp);
  return withSecurityHeaders(request, response);
}

function withSecurityHeaders<R extends Response>(request: NextRequest, response: R): R {
  const https = request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  for (const [name, value] of Object.entries(securityHeaders({ https }))) response.headers.set(name, value);
  return response;
}

export const config = {
  // Static files need no nonce; everything else (pages, API, auth) gets the headers. The import
  // upload is left out: Next.js hands a proxy a copy of the body, reading all of it (however
  // large) and cutting it at 10 MB, before the route could refuse it. It sets its own headers.
  matcher: [{ source: '/((?!_next/static|_next/image|favicon.ico|admin/import/uppladdning).*)' }],
};
