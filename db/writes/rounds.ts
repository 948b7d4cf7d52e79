import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { RoundKind } from '@/lib/domain/enums';
import type { DbOrTx } from '../client';
import { queryRows } from '../client';
import { invitationTokens, roundUnits, rounds } from '../schema';
import { rebuildRoundRollups } from './rollups';
import { clockNow } from '@/lib/clock/clock';

export async function insertRound(
  db: DbOrTx,
  r: { code: string; name: string; opensOn: string; closesOn: string; kind: RoundKind; unitIds: readonly number[] },
): Promise<number> {
  const [row] = await db
    .insert(rounds)
    .values({ code: r.code, name: r.name, opensOn: r.opensOn, closesOn: r.closesOn, kind: r.kind })
    .returning({ id: rounds.id });
  const id = (row as { id: number }).id;
  if (r.unitIds.length > 0) await db.insert(roundUnits).values(r.unitIds.map((unitId) => ({ roundId: id, unitId })));
  // Without an invitation list everyone employed while it is open counts: the rollups say so from the start.
  await rebuildRoundRollups(db, id);
  return id;
}

export async function setRoundDates(db: DbOrTx, roundId: number, dates: { opensOn: string; closesOn: string }): Promise<void> {
  await db.update(rounds).set(dates).where(eq(rounds.id, roundId));
  // The dates decide who counts for a round without an invitation list.
  await rebuildRoundRollups(db, roundId);
}

/** Ends every personal link of a round that still works: nobody can answer a closed round. */
export async function expireRoundLinks(db: DbOrTx, roundId: number): Promise<number> {
  // The clock's moment, not the database's: a link's life is a business date (lib/clock).
  const moment = clockNow();
  const rows = await db
    .update(invitationTokens)
    .set({ expiresAt: moment })
    .where(and(eq(invitationTokens.roundId, roundId), isNull(invitationTokens.revokedAt), gt(invitationTokens.expiresAt, moment)))
    .returning({ id: invitationTokens.id });
  return rows.length;
}

/**
 * Invites to a round everyone whose current unit is one of `unitIds` (all units when null) and who
 * is employed on `day` (no start after it, no end before it), unless their personal data was
 * removed. People already invited stay as they are. Returns how many were added.
 */
export async function inviteEmployedPeople(db: DbOrTx, roundId: number, unitIds: readonly number[] | null, day: string): Promise<number> {
  const units = unitIds === null ? sql`true` : unitIds.length === 0 ? sql`false` : sql`p.unit_id in (${sql.join(unitIds.map((id) => sql`${id}`), sql`, `)})`;
  const rows = await queryRows<{ person_id: number }>(db, sql`
    insert into invitations (round_id, person_id)
    select ${roundId}, p.id from people p
    where ${units} and p.pseudonymised_at is null
      and (p.start_date is null or p.start_date <= ${day}::date)
      and (p.end_date is null or p.end_date >= ${day}::date)
    on conflict do nothing
    returning person_id`);
  if (rows.length > 0) await rebuildRoundRollups(db, roundId);
  return rows.length;
}

/**
 * New personal links for these people in a round, replacing each one's earlier links to it (they
 * are revoked, so an old letter stops working). Returns the new links' ids by person and how
 * many links that still worked were revoked.
 */
export async function replaceRoundLinks(
  db: DbOrTx,
  roundId: number,
  links: ReadonlyArray<{ personId: number; tokenHash: string }>,
  expiresAt: Date,
  createdBy: string,
): Promise<{ ids: Map<number, number>; revoked: number }> {
  if (links.length === 0) return { ids: new Map(), revoked: 0 };
  const personIds = links.map((l) => l.personId);
  const revoked = await db
    .update(invitationTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(invitationTokens.roundId, roundId), inArray(invitationTokens.personId, personIds), isNull(invitationTokens.revokedAt), gt(invitationTokens.expiresAt, clockNow())))
    .returning({ id: invitationTokens.id });
  const ids = new Map<number, number>();
  // In slices: one statement per few hundred rows keeps PostgreSQL's parameter limit far away.
  for (let i = 0; i < links.length; i += 500) {
    const rows = await db
      .insert(invitationTokens)
      .values(links.slice(i, i + 500).map((l) => ({ personId: l.personId, roundId, tokenHash: l.tokenHash, expiresAt, createdBy })))
      .returning({ id: invitationTokens.id, personId: invitationTokens.personId });
    for (const r of rows) ids.set(r.personId, r.id);
  }
  return { ids, revoked: revoked.length };
}
