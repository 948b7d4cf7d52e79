import { randomBytes } from 'node:crypto';
import { getViewer } from '@/lib/auth/get-viewer';
import { InvalidInputError, NotFoundError } from '@/lib/data/errors';
import { saveSurveyAnswers } from '@/lib/data/survey';
import { autosaveSchema } from '@/lib/validation/survey';

// Answers are stored as they are given: never a response from a cache.
export const dynamic = 'force-dynamic';

const MAX_BODY_BYTES = 64 * 1024;

function answer(body: { ok: true; savedAt: string } | { ok: false; message: string }, status: number): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}

/**
 * Only the survey's own pages may post here. The browser always sends Origin with a POST
 * from a script; it must name this server (the Host the request came to, as Next.js's own
 * server actions check, so a loopback alias or a proxy does not break it). The session
 * cookie is SameSite=Lax as well, and a cross-site JSON post needs a preflight we never allow.
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

/** Autosave of the survey: one answer, or a queue of them sent when the connection is back. */
export async function POST(request: Request): Promise<Response> {
  if (!fromOwnOrigin(request)) return answer({ ok: false, message: 'Svaren kan bara skickas från Kompetenskartans egen sida.' }, 403);
  const viewer = await getViewer();
  if (viewer.kind === 'anonymous' || viewer.kind === 'system') return answer({ ok: false, message: 'Du är inte inloggad. Logga in igen, så skickas svaren.' }, 401);
  if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) return answer({ ok: false, message: 'För många svar på en gång.' }, 413);

  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return answer({ ok: false, message: 'Svaren gick inte att läsa.' }, 400);
  }
  const parsed = autosaveSchema.safeParse(body);
  if (!parsed.success) return answer({ ok: false, message: parsed.error.issues[0]?.message ?? 'Svaret är inte giltigt.' }, 400);

  try {
    const { savedAt } = await saveSurveyAnswers(viewer, parsed.data.answers);
    return answer({ ok: true, savedAt }, 200);
  } catch (error) {
    if (error instanceof InvalidInputError) return answer({ ok: false, message: error.message }, 400);
    if (error instanceof NotFoundError) return answer({ ok: false, message: 'Du är inte inloggad. Logga in igen, så skickas svaren.' }, 401);
    const reference = randomBytes(4).toString('hex');
    console.error(`[felkod ${reference}]`, error);
    return answer({ ok: false, message: `Något gick fel (felkod ${reference}). Svaren skickas igen om en stund.` }, 500);
  }
}
