import { getViewer } from '@/lib/auth/get-viewer';
import { storeAnswers } from '@/app/kartlaggning/store-answers';

// Answers are stored as they are given: never a response from a cache.
export const dynamic = 'force-dynamic';

const MAX_BODY_BYTES = 64 * 1024;

function answer(body: { ok: true; savedAt: string } | { ok: false; message: string }, status: number): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * Only pages of this server may post here. A browser always sends Origin with a POST from a
 * script; it must name the host the request came to (as Next.js checks its server actions,
 * so a loopback alias or a proxy's X-Forwarded-Host does not break it). The session cookie
 * is SameSite=Lax too, and a cross-site JSON post needs a preflight that is never allowed.
 */
function fromOwnOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  const host = request.headers.get('x-forwarded-host')?.split(',')[0]?.trim() || request.headers.get('host');
  if (!origin || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * The survey's answers over HTTP: `{ answers: [...] }` as in lib/validation/survey.ts, one
 * answer or a queue of them; `{ ok: true, savedAt }` or `{ ok: false, message }`.
 * The survey page itself saves through the same code as a server action (app/kartlaggning/actions.ts).
 */
export async function POST(request: Request): Promise<Response> {
  if (!fromOwnOrigin(request)) return answer({ ok: false, message: 'Svaren kan bara skickas från Kompetenskartans egen sida.' }, 403);
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return answer({ ok: false, message: 'För många svar på en gång.' }, 413);
  const viewer = await getViewer();
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return answer({ ok: false, message: 'Svaren gick inte att läsa.' }, viewer.kind === 'anonymous' ? 401 : 400);
  }
  const result = await storeAnswers(viewer, body);
  return result.ok ? answer(result, 200) : answer({ ok: false, message: result.message }, result.status);
}
