import 'server-only';
import { getDb } from '@/db/client';
import { personByEmployeeId } from '@/db/queries/person-answers';
import { writeAudit } from '@/db/writes/audit';
import { insertInvitation, markInvitationRevoked } from '@/db/writes/invitations';
import { newToken, hashToken } from '@/lib/auth/tokens';
import { actorLabel, type Viewer } from '@/lib/auth/viewer';
import { requireHrOrAdmin } from './authorise';
import { InvalidInputError, NotFoundError } from './errors';
import { requireRound } from './scope';
import { todayInSweden } from '@/lib/clock/clock';

/**
 * A personal invitation link for one person and round. The token is returned once (for the
 * letter) and only its hash is stored; it expires when the round closes (end of that day).
 */
export async function createInvitationLink(viewer: Viewer, args: { employeeId: string; round: string }): Promise<{ id: number; token: string; expiresAt: string }> {
  requireHrOrAdmin(viewer);
  const db = await getDb();
  const person = await personByEmployeeId(db, args.employeeId);
  if (!person) throw new NotFoundError('Personen', args.employeeId);
  const round = await requireRound(db, args.round);
  // A link for a closed round would be dead on arrival.
  if (round.closesOn < todayInSweden()) throw new InvalidInputError(`Omgången ${round.code} har stängt. Välj en öppen omgång.`);
  // End of the closing day in Swedish standard time (in summer the link lives an hour longer).
  const expiresAt = new Date(`${round.closesOn}T23:59:59.999+01:00`);
  const token = newToken();
  const id = await insertInvitation(db, { personId: person.id, roundId: round.id, tokenHash: hashToken(token), expiresAt, createdBy: actorLabel(viewer) });
  await writeAudit(db, {
    actorUserId: viewer.kind === 'user' ? viewer.userId : null,
    actor: actorLabel(viewer),
    action: 'skapade inbjudningslänk',
    subjectPersonId: person.id,
    details: { round: round.code, invitationId: id },
  });
  return { id, token, expiresAt: expiresAt.toISOString() };
}

export async function revokeInvitationLink(viewer: Viewer, args: { invitationId: number }): Promise<void> {
  requireHrOrAdmin(viewer);
  const db = await getDb();
  if (!(await markInvitationRevoked(db, args.invitationId))) throw new NotFoundError('Inbjudan', String(args.invitationId));
  await writeAudit(db, {
    actorUserId: viewer.kind === 'user' ? viewer.userId : null,
    actor: actorLabel(viewer),
    action: 'spärrade inbjudningslänk',
    details: { invitationId: args.invitationId },
  });
}
