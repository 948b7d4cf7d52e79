import 'server-only';
import { randomBytes } from 'node:crypto';
import { getDb, type Db } from '@/db/client';
import { personalRecord, personUserAccounts, retentionCandidates } from '@/db/queries/personal-data';
import { writeAudit } from '@/db/writes/audit';
import { pseudonymisePerson } from '@/db/writes/pseudonymise';
import { pseudonymEmployeeId, pseudonymName } from '@/lib/domain/pseudonym';
import { isDueForRemoval, removalDueFrom } from '@/lib/domain/retention';
import { actorLabel, type Viewer } from '@/lib/auth/viewer';
import { requireAdmin } from './authorise';
import { InvalidInputError, NotFoundError } from './errors';
import { retentionMonths } from './settings';
import { todayInSweden } from '@/lib/clock/clock';

/**
 * Removal of a person's personal data (GDPR art. 17), on request or when the retention time has
 * passed: pseudonymisation, so that the figures of closed rounds stay the same (db/writes/pseudonymise.ts
 * says what is kept, removed and replaced). One transaction per person, audited in it without the
 * old name, e-mail or employee id. Decision record 010.
 */

export type RemovalReason = 'begäran' | 'lagringstid';
/** Who started a retention sweep: the command line, the scheduled job (Vercel Cron), or a page. */
export type SweepTrigger = 'kommandoraden' | 'schemalagd' | 'sida';

export interface PseudonymisedPerson {
  /** The new employee id, `PSEUDO-…`. */
  employeeId: string;
  /** The new name, "Borttagen person <n>". */
  name: string;
  removedOpenAnswers: number;
  removedUserAccounts: number;
}

async function pseudonymiseOne(db: Db, viewer: Viewer, personId: number, reason: RemovalReason, actor: string): Promise<PseudonymisedPerson | null> {
  const newEmployeeId = pseudonymEmployeeId(randomBytes(6).toString('hex'));
  const newName = pseudonymName(personId);
  return db.transaction(async (tx) => {
    const counts = await pseudonymisePerson(tx, { personId, newName, newEmployeeId, today: todayInSweden() });
    if (!counts) return null;
    await writeAudit(tx, {
      actorUserId: viewer.kind === 'user' ? viewer.userId : null,
      actor,
      action: 'tog bort personuppgifter',
      subjectPersonId: personId,
      details: {
        pseudonym: newEmployeeId,
        reason,
        removedOpenAnswers: counts.removedOpenAnswers,
        removedUserAccounts: counts.removedUserAccounts,
        scrubbedRows: counts.scrubbedRows,
      },
    });
    return { employeeId: newEmployeeId, name: newName, removedOpenAnswers: counts.removedOpenAnswers, removedUserAccounts: counts.removedUserAccounts };
  });
}

/**
 * Removes one person's personal data on their request. Administrators only; `confirmation` must be
 * the person's employee id, typed by the administrator. Nobody removes their own data here (they
 * would lock themself out half-way): another administrator does.
 */
export async function pseudonymisePersonOnRequest(viewer: Viewer, args: { employeeId: string; confirmation: string }): Promise<PseudonymisedPerson> {
  requireAdmin(viewer);
  const db = await getDb();
  const person = await personalRecord(db, args.employeeId);
  if (!person) throw new NotFoundError('Personen', args.employeeId);
  if (person.pseudonymisedAt) throw new InvalidInputError('Personens uppgifter är redan borttagna');
  if (args.confirmation.trim() !== person.employeeId) {
    throw new InvalidInputError(`Skriv anställningsnumret ${person.employeeId} exakt som det står här för att bekräfta`);
  }
  if (viewer.kind === 'user') {
    const own = viewer.personId === person.id || (await personUserAccounts(db, person.id, person.email)).some((u) => u.id === viewer.userId);
    if (own) throw new InvalidInputError('Du kan inte ta bort dina egna personuppgifter. Be en annan administratör');
  }
  const done = await pseudonymiseOne(db, viewer, person.id, 'begäran', actorLabel(viewer));
  if (!done) throw new InvalidInputError('Personens uppgifter är redan borttagna');
  return done;
}

export interface RetentionSweepResult {
  dryRun: boolean;
  /** Null when no retention time is set: nobody is due. */
  retentionMonths: number | null;
  today: string;
  count: number;
  /**
   * The people due, earliest end first. In a dry run their current employee id; otherwise the
   * pseudonym they were given (the old id no longer exists anywhere).
   */
  people: Array<{ employeeId: string | null; pseudonym: string | null; endDate: string; dueFrom: string }>;
}

/**
 * Pseudonymises everyone whose employment ended longer ago than the retention time
 * (installation_settings.retention_months). Administrators and the command line; the same run
 * twice changes nothing the second time. A dry run changes nothing and is not audited.
 */
export async function runRetentionSweep(viewer: Viewer, args: { dryRun: boolean; trigger: SweepTrigger; today?: string }): Promise<RetentionSweepResult> {
  requireAdmin(viewer);
  const db = await getDb();
  const today = args.today ?? todayInSweden();
  const months = await retentionMonths(db);
  const due = months === null ? [] : (await retentionCandidates(db)).filter((p) => isDueForRemoval(p.endDate, today, months));
  const result: RetentionSweepResult = { dryRun: args.dryRun, retentionMonths: months, today, count: 0, people: [] };
  if (args.dryRun || months === null) {
    result.people = due.map((p) => ({ employeeId: p.employeeId, pseudonym: null, endDate: p.endDate, dueFrom: removalDueFrom(p.endDate, months as number) as string }));
    result.count = result.people.length;
    return result;
  }
  const actor = args.trigger === 'schemalagd' && viewer.kind === 'system' ? 'schemalagd gallring' : actorLabel(viewer);
  for (const p of due) {
    const done = await pseudonymiseOne(db, viewer, p.id, 'lagringstid', actor);
    if (done) result.people.push({ employeeId: null, pseudonym: done.employeeId, endDate: p.endDate, dueFrom: removalDueFrom(p.endDate, months) as string });
  }
  result.count = result.people.length;
  await writeAudit(db, {
    actorUserId: viewer.kind === 'user' ? viewer.userId : null,
    actor,
    action: 'gallrade personuppgifter',
    details: { retentionMonths: months, people: result.count, trigger: args.trigger },
  });
  return result;
}
