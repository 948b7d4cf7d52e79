import type { DbOrTx } from '@/db/client';
import { invitationById, userById } from '@/db/queries/users';
import { ANONYMOUS, type Viewer } from './viewer';

/** Session subjects: `u:<user id>` for users, `i:<invitation id>` for invitation links. */
export const USER_SUBJECT = 'u:';
export const INVITATION_SUBJECT = 'i:';

/**
 * The viewer behind a session subject, read from the database, so a disabled user, a removed
 * role or a revoked or expired invitation takes effect at the next request.
 */
export async function viewerFromSubject(db: DbOrTx, subject: string | null): Promise<Viewer> {
  if (!subject) return ANONYMOUS;
  if (subject.startsWith(USER_SUBJECT)) {
    const id = Number(subject.slice(USER_SUBJECT.length));
    const user = Number.isSafeInteger(id) ? await userById(db, id) : undefined;
    if (!user || user.disabled) return ANONYMOUS;
    return { kind: 'user', userId: user.id, email: user.email, name: user.name, personId: user.personId, roles: user.roles };
  }
  if (subject.startsWith(INVITATION_SUBJECT)) {
    const id = Number(subject.slice(INVITATION_SUBJECT.length));
    const invitation = Number.isSafeInteger(id) ? await invitationById(db, id) : undefined;
    if (!invitation?.valid) return ANONYMOUS;
    return { kind: 'invitation', tokenId: invitation.id, personId: invitation.personId, roundId: invitation.roundId, name: invitation.name };
  }
  return ANONYMOUS;
}
