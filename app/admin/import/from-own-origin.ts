/**
 * Only pages of this server may post an import. A browser sends Origin with every POST (a
 * form's as well as a script's); it must name the host the request came to, as in
 * app/api/kartlaggning/svar/route.ts (and as Next.js checks its server actions).
 */
export function fromOwnOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host');
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
