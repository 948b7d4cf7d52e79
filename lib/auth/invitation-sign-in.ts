import 'server-only';
import { getDb } from '@/db/client';
import { invitationByHash } from '@/db/queries/users';
import { clockNow } from '@/lib/clock/clock';
import { allowSignIn } from './rate-limit';
import { hashToken, isWellFormedToken } from './tokens';

export type InvitationSignIn =
  | { ok: true; invitationId: number; name: string }
  | { ok: false; reason: 'not-valid' | 'too-many-attempts' };

/**
 * Checks a personal link's token. Only failures count against the limit, and a valid link always
 * gets in: anyone can post garbage, and without a trusted proxy every client shares one count, so
 * a limit on every attempt let a stranger lock all staff out with a few posts a second. Guessing
 * stays hopeless (256 random bits) and slow (failures are limited).
 */
export async function checkInvitationSignIn(token: unknown, headers: Headers): Promise<InvitationSignIn> {
  const text = typeof token === 'string' ? token : '';
  const invitation = isWellFormedToken(text) ? await invitationByHash(await getDb(), hashToken(text)) : undefined;
  if (invitation && !invitation.revoked && new Date(invitation.expiresAt) > clockNow()) {
    return { ok: true, invitationId: invitation.id, name: invitation.name };
  }
  // Only a failure is counted, per client (or shared without a trusted proxy).
  return { ok: false, reason: allowSignIn('invitation', headers) ? 'not-valid' : 'too-many-attempts' };
}
