import 'server-only';
import { sql } from 'drizzle-orm';
import { getDb, queryRows } from '@/db/client';
import { notUnderstoodCounts } from '@/db/queries/not-understood';
import { personByEmployeeId } from '@/db/queries/person-answers';
import { allUnits } from '@/db/queries/reference-data';
import { writeAudit } from '@/db/writes/audit';
import { withPeopleRollups } from '@/db/writes/rollups';
import { upsertValidatedAnswer } from '@/db/writes/survey';
import { canSeeIndividual } from '@/lib/domain/access';
import { notUnderstoodByRequirement } from '@/lib/domain/not-understood';
import { actorLabel, type Viewer } from '@/lib/auth/viewer';
import { accessProfile } from './access';
import { InvalidInputError, NotFoundError } from './errors';
import { requireRound, unitScope } from './scope';
import { todayInSweden } from '@/lib/clock/clock';
import { roundStatus } from '@/lib/domain/round-status';

/**
 * A chef (or HR, an administrator) confirms or adjusts a person's level on a requirement: a
 * validated assessment, which counts over the person's own answer and which they can see.
 * Only for people whose answers the viewer may read, never for oneself.
 */
export async function validateLevel(viewer: Viewer, args: { employeeId: string; round: string; requirement: string; level: number }): Promise<void> {
  const db = await getDb();
  const [person, units, access] = await Promise.all([personByEmployeeId(db, args.employeeId), allUnits(db), accessProfile(db, viewer)]);
  if (!person || viewer.kind === 'invitation' || !canSeeIndividual(access, units, { id: person.id, unitCode: person.unitCode })) {
    throw new NotFoundError('Personen', args.employeeId);
  }
  if (access.selfPersonId === person.id) throw new InvalidInputError('Du kan inte bekräfta din egen nivå');
  const round = await requireRound(db, args.round);
  // DOMAIN.md "Rounds that have closed": a confirmation is an answer, and a closed round's answers
  // change only through an import or the removal of a person's data. Checked here, where it is written.
  const status = roundStatus(round, todayInSweden());
  if (status === 'closed') throw new InvalidInputError(`${round.name} har stängt. En nivå kan bara bekräftas medan omgången är öppen`);
  if (status === 'planned') throw new InvalidInputError(`${round.name} har inte öppnat än. En nivå kan bara bekräftas medan omgången är öppen`);
  const [ids] = await queryRows<{ personId: number; unitId: number; roleId: number; requirementId: number | null }>(db, sql`
    select p.id as "personId", p.unit_id as "unitId", p.role_id as "roleId",
      (select rr.requirement_id from role_requirements rr join requirements q on q.id = rr.requirement_id
        where rr.role_id = p.role_id and q.code = ${args.requirement}) as "requirementId"
    from people p where p.id = ${person.id}`);
  if (!ids?.requirementId) throw new InvalidInputError(`Kravet ${args.requirement} hör inte till personens yrkesroll`);
  const requirementId = ids.requirementId;
  await db.transaction(async (tx) => {
    await withPeopleRollups(tx, round.id, [person.id], () => upsertValidatedAnswer(tx, {
      roundId: round.id, personId: person.id, requirementId, level: args.level,
      today: todayInSweden(), unitId: ids.unitId, roleId: ids.roleId,
    }));
    await writeAudit(tx, {
      actorUserId: viewer.kind === 'user' ? viewer.userId : null,
      actor: actorLabel(viewer),
      action: 'bekräftade nivå',
      subjectPersonId: person.id,
      details: { employeeId: person.employeeId, round: round.code, requirement: args.requirement },
    });
  });
}

/** How many people chose "Jag förstår inte frågan", per requirement, in a unit the viewer may see. */
export async function getNotUnderstood(viewer: Viewer, args: { round: string; unit: string }): Promise<Array<{ requirement: string; count: number }>> {
  const db = await getDb();
  const scope = await unitScope(db, viewer, args.unit);
  const round = await requireRound(db, args.round);
  return notUnderstoodByRequirement(await notUnderstoodCounts(db, round.id), scope.codes);
}
