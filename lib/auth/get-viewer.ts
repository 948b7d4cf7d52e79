import 'server-only';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { invitationById, userById } from '@/db/queries/users';
import { auth, INVITATION_SUBJECT, USER_SUBJECT } from './auth';
import { ANONYMOUS, type Viewer } from './viewer';

/**
 * The viewer of this request, read from the session and then from the database every time,
 * so a disabled user, a removed role or a revoked invitation takes effect at the next request.
 */
export const getViewer = cache(async (): Promise<Viewer> => {
  const session = (await auth()) as { subject?: string | null } | null;
  const subject = session?.subject ?? null;
  if (!subject) return ANONYMOUS;
  const db = await getDb();
  if (subject.startsWith(USER_SUBJECT)) {
    const user = await userById(db, Number(subject.slice(USER_SUBJECT.length)));
    if (!user || user.disabled) return ANONYMOUS;
    return { kind: 'user', userId: user.id, email: user.email, name: user.name, personId: user.personId, roles: user.roles };
  }
  if (subject.startsWith(INVITATION_SUBJECT)) {
    const invitation = await invitationById(db, Number(subject.slice(INVITATION_SUBJECT.length)));
    if (!invitation?.valid) return ANONYMOUS;
    return { kind: 'invitation', tokenId: invitation.id, personId: invitation.personId, roundId: invitation.roundId, name: invitation.name };
  }
  return ANONYMOUS;
});

/** For pages: the signed-in viewer, or a redirect to the sign-in page. Not the access check itself. */
export async function requireSignedIn(): Promise<Exclude<Viewer, { kind: 'anonymous' } | { kind: 'system' }>> {
  const viewer = await getViewer();
  if (viewer.kind === 'anonymous' || viewer.kind === 'system') redirect('/logga-in');
  return viewer;
}
