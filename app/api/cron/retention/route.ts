import { createHash, timingSafeEqual } from 'node:crypto';
import { SYSTEM_VIEWER } from '@/lib/auth/viewer';
import { runRetentionSweep } from '@/lib/data/pseudonymise-person';
import { env } from '@/lib/env';
import { plainResponse } from '../../../_lib/file-response';
import { loggableError } from '@/lib/security/loggable-error';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';
export const maxDuration = 300;

function sameSecret(given: string, expected: string): boolean {
  // Hashes of equal length, so the comparison takes the same time whatever was sent.
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * The scheduled retention sweep (Vercel Cron calls it with `Authorization: Bearer <CRON_SECRET>`):
 * pseudonymises everyone whose employment ended longer ago than the retention time, as the
 * command `retention` does. Without CRON_SECRET the route does not exist; a session cookie
 * never opens it. Answers with the sweep's JSON: counts and new pseudonyms, never a name.
 */
export async function GET(request: Request): Promise<Response> {
  const secret = env().CRON_SECRET;
  if (!secret) return plainResponse('Sidan finns inte.', 404);
  const header = request.headers.get('authorization') ?? '';
  const given = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : null;
  if (given === null || !sameSecret(given, secret)) {
    return new Response('Fel eller saknad nyckel.', { status: 401, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'WWW-Authenticate': 'Bearer' } });
  }
  try {
    const result = await runRetentionSweep(SYSTEM_VIEWER, { dryRun: false, trigger: 'schemalagd' });
    return Response.json(result, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    const ref = crypto.randomUUID().slice(0, 8);
    console.error(`Retention sweep failed (${ref})`, loggableError(error));
    return plainResponse(`Gallringen misslyckades (felkod ${ref}).`, 500);
  }
}
