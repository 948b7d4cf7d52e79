import 'server-only';
import { getDb } from '@/db/client';
import { invitationByHash } from '@/db/queries/users';
import { clockNow } from '@/lib/clock/clock';
import { noteLinkUse, type CookieJar } from './link-browser';
import { allowSignIn } from './rate-limit';
import { hashToken, isWellFormedToken } from './tokens';

export type InvitationSignIn =
  | { ok: true; invitationId: number; name: string; newBrowser: boolean }
  | { ok: false; reason: 'not-valid' | 'too-many-attempts' };

/**
 * Checks a personal link's token. Only failures count against the limit, and a valid link always
 * gets in: anyone can post garbage, and without a trusted proxy every client shares one count, so
 * a limit on every attempt let a stranger lock all staff out with a few posts a second. Guessing
 * stays hopeless (256 random bits) and slow (failures are limited).
 */
export async function checkInvitationSignIn(token: unknown, headers: Headers, jar: CookieJar | null = null): Promise<InvitationSignIn> {
  const text = typeof token === 'string' ? token : '';
  const invitation = isWellFormedToken(text) ? await invitationByHash(await getDb(), hashToken(text)) : undefined;
  if (invitation && !invitation.revoked && new Date(invitation.expiresAt) > clockNow()) {
    const { newBrowser } = await noteLinkUse(invitation, jar, isHttps(headers));
    return { ok: true, invitationId: invitation.id, name: invitation.name, newBrowser };
  }
  // Only a failure is counted, per client (or shared without a trusted proxy).
  return { ok: false, reason: allowSignIn('invitation', headers) ? 'not-valid' : 'too-many-attempts' };
}

/** Whether the browser reached us over HTTPS (directly or through a proxy that says so). */
function isHttps(headers: Headers): boolean {
  return headers.get('x-forwarded-proto') === 'https' || (headers.get('origin') ?? '').startsWith('https:');
}
