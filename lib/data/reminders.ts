import 'server-only';
import { getDb } from '@/db/client';
import { allRounds, allUnits } from '@/db/queries/reference-data';
import { placedPeople } from '@/db/queries/rounds-admin';
import { writeAudit } from '@/db/writes/audit';
import { roundStatus } from '@/lib/domain/round-status';
import { subtreeCodes } from '@/lib/domain/unit-tree';
import { actorLabel, type Viewer } from '@/lib/auth/viewer';
import { accessProfile } from './access';
import { NotFoundError } from './errors';
import { todayInSweden } from '@/lib/clock/clock';

export interface ReminderRound {
  code: string;
  name: string;
  closesOn: string;
}

/**
 * Who has not answered an open round yet, in a unit and everything below it: for the unit's chef
 * to remind them. Names and units only: never an answer, a level or who answered what.
 */
export interface ReminderList {
  unit: { code: string; name: string };
  /** The open rounds that ask people of this unit, newest opening first. */
  rounds: ReminderRound[];
  /** The round shown; null when no open round asks anybody here. */
  round: ReminderRound | null;
  /** People of the round's population placed in the unit (DOMAIN.md). */
  population: number;
  notAnswered: Array<{ name: string; unitName: string }>;
}

/**
 * The reminder list of a unit: for whoever may see its staff's individual answers (the unit's chef
 * and chefs above it, HR, administrators); anyone else gets the same answer as for a unit that does
 * not exist. `round` picks one of the open rounds; by default the newest that asks someone here.
 * Every opening is audited (unit, round and count; no names).
 */
export async function getReminderList(viewer: Viewer, args: { unit: string; round?: string | null }): Promise<ReminderList> {
  const db = await getDb();
  const [units, access] = await Promise.all([allUnits(db), accessProfile(db, viewer)]);
  const unit = units.find((u) => u.code === args.unit);
  const mayRead = unit !== undefined && (access.everything || access.individualRoots.some((root) => subtreeCodes(units, root).has(unit.code)));
  if (!unit || !mayRead) throw new NotFoundError('Enheten', args.unit);

  const today = todayInSweden();
  const open = (await allRounds(db)).filter((r) => roundStatus(r, today) === 'open').reverse();
  const withPeople: Array<{ round: (typeof open)[number]; people: Awaited<ReturnType<typeof placedPeople>> }> = [];
  for (const round of open) {
    const people = await placedPeople(db, round.id, unit.id);
    if (people.length > 0) withPeople.push({ round, people });
  }
  const chosen = args.round ? withPeople.find((w) => w.round.code === args.round) : withPeople[0];
  if (args.round && !chosen) throw new NotFoundError('Omgången', args.round);

  const notAnswered = (chosen?.people ?? []).filter((p) => !p.responded).map(({ name, unitName }) => ({ name, unitName }));
  if (chosen) {
    await writeAudit(db, {
      actorUserId: viewer.kind === 'user' ? viewer.userId : null,
      actor: actorLabel(viewer),
      action: 'visade påminnelselista',
      details: { round: chosen.round.code, unit: unit.code, notAnswered: notAnswered.length },
    });
  }
  const toRound = (r: { code: string; name: string; closesOn: string }): ReminderRound => ({ code: r.code, name: r.name, closesOn: r.closesOn });
  return {
    unit: { code: unit.code, name: unit.name },
    rounds: withPeople.map((w) => toRound(w.round)),
    round: chosen ? toRound(chosen.round) : null,
    population: chosen?.people.length ?? 0,
    notAnswered,
  };
}
