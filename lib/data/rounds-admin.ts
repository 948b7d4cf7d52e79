import 'server-only';
import { getDb } from '@/db/client';
import { allUnits, type UnitRecord } from '@/db/queries/reference-data';
import { adminRoundByCode, adminRounds, invitationsByUnit, roundUnitRows, type AdminRoundRow } from '@/db/queries/rounds-admin';
import { writeAudit } from '@/db/writes/audit';
import { expireRoundLinks, insertRound, inviteEmployedPeople, setRoundDates } from '@/db/writes/rounds';
import type { RoundKind } from '@/lib/domain/enums';
import { closedNowDates, roundStatus, type RoundStatus } from '@/lib/domain/round-status';
import { subtreeCodes } from '@/lib/domain/unit-tree';
import { unitsInTreeOrder, type TreeUnit } from '@/lib/domain/unit-tree-order';
import { actorLabel, type Viewer } from '@/lib/auth/viewer';
import { createRoundSchema, type CreateRoundInput } from '@/lib/validation/rounds';
import { requireHrOrAdmin } from './authorise';
import { InvalidInputError, NotFoundError } from './errors';
import { todayInSweden } from '@/lib/clock/clock';

// Survey rounds for HR and administrators: create a round for chosen units, open it now, close it
// now, and invite everyone employed in its units. Every change is audited.

export interface AdminRound {
  code: string;
  name: string;
  opensOn: string;
  closesOn: string;
  kind: RoundKind;
  status: RoundStatus;
  invited: number;
  answered: number;
  /** The units the round is for (each with everything below it); empty = the whole organisation. */
  units: Array<{ code: string; name: string }>;
}

function toAdminRound(row: AdminRoundRow, units: Array<{ code: string; name: string }>, today: string): AdminRound {
  return {
    code: row.code,
    name: row.name,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    kind: row.kind,
    status: roundStatus(row, today),
    invited: row.invited,
    answered: row.answered,
    units,
  };
}

function auditEntry(viewer: Viewer, action: string, details: Record<string, string | number | boolean | null>) {
  return { actorUserId: viewer.kind === 'user' ? viewer.userId : null, actor: actorLabel(viewer), action, details };
}

/** Every round, newest opening first, with its status today, units and counts. HR and administrators. */
export async function listAdminRounds(viewer: Viewer): Promise<{ today: string; rounds: AdminRound[] }> {
  requireHrOrAdmin(viewer);
  const db = await getDb();
  const today = todayInSweden();
  const [rows, units] = await Promise.all([adminRounds(db), roundUnitRows(db)]);
  return {
    today,
    rounds: rows.map((r) => toAdminRound(r, units.filter((u) => u.roundId === r.id).map(({ code, name }) => ({ code, name })), today)),
  };
}

/** What the new-round form offers: the whole unit tree to choose from, and today's date. */
export async function roundFormChoices(viewer: Viewer): Promise<{ today: string; units: TreeUnit[] }> {
  requireHrOrAdmin(viewer);
  return { today: todayInSweden(), units: unitsInTreeOrder(await allUnits(await getDb())) };
}

export interface AdminRoundDetail extends AdminRound {
  /** Has the round an invitation list? Without one, everyone employed while it is open is asked. */
  hasInvitationList: boolean;
  /**
   * The invitation list by unit, in tree order: each unit whose people (or people below it) are
   * invited, counted with everything below it.
   */
  byUnit: Array<TreeUnit & { invited: number; answered: number; withLink: number }>;
}

async function requireAdminRound(code: string) {
  const db = await getDb();
  const row = await adminRoundByCode(db, code);
  if (!row) throw new NotFoundError('Omgången', code);
  return { db, row };
}

/** One round with its invitation list counted per unit. HR and administrators. */
export async function getAdminRound(viewer: Viewer, args: { round: string }): Promise<AdminRoundDetail> {
  requireHrOrAdmin(viewer);
  const { db, row } = await requireAdminRound(args.round);
  const today = todayInSweden();
  const [units, roundUnits, counts] = await Promise.all([allUnits(db), roundUnitRows(db, row.id), invitationsByUnit(db, row.id)]);
  const direct = new Map(counts.map((c) => [c.unit, c]));
  const byUnit = unitsInTreeOrder(units).flatMap((u) => {
    const sum = { invited: 0, answered: 0, withLink: 0 };
    for (const code of subtreeCodes(units, u.code)) {
      const c = direct.get(code);
      if (!c) continue;
      sum.invited += c.invited;
      sum.answered += c.answered;
      sum.withLink += c.withLink;
    }
    return sum.invited > 0 ? [{ ...u, ...sum }] : [];
  });
  return {
    ...toAdminRound(row, roundUnits.map(({ code, name }) => ({ code, name })), today),
    hasInvitationList: row.invited > 0,
    byUnit,
  };
}

/** Chosen units without those already below another chosen one (a unit includes everything below it). */
function topmost(units: readonly UnitRecord[], chosen: readonly string[]): UnitRecord[] {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const unknown = chosen.find((c) => !byCode.has(c));
  if (unknown !== undefined) throw new InvalidInputError(`Enheten ${unknown} finns inte. Ladda om sidan och välj igen.`);
  const set = new Set(chosen);
  const hasChosenAncestor = (code: string): boolean => {
    let parent = byCode.get(code)?.parentCode ?? null;
    while (parent !== null) {
      if (set.has(parent)) return true;
      parent = byCode.get(parent)?.parentCode ?? null;
    }
    return false;
  };
  return [...set].filter((c) => !hasChosenAncestor(c)).map((c) => byCode.get(c) as UnitRecord);
}

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) if ((e as { code?: string }).code === '23505') return true;
  return false;
}

/**
 * A new round for chosen units (none = the whole organisation). Nobody is invited yet: that is
 * "Skapa inbjudningar". HR and administrators; audited.
 */
export async function createRound(viewer: Viewer, input: CreateRoundInput): Promise<{ code: string }> {
  requireHrOrAdmin(viewer);
  const parsed = createRoundSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError(parsed.error.issues[0]?.message ?? 'Uppgifterna om omgången är inte giltiga');
  const r = parsed.data;
  const today = todayInSweden();
  if (r.closesOn < today) throw new InvalidInputError('Sista svarsdagen har redan varit. Välj ett senare datum');
  const db = await getDb();
  if (await adminRoundByCode(db, r.code)) throw new InvalidInputError(`Det finns redan en omgång med koden ${r.code}. Välj en annan kod`);
  const units = topmost(await allUnits(db), r.units);
  try {
    await db.transaction(async (tx) => {
      await insertRound(tx, { code: r.code, name: r.name, opensOn: r.opensOn, closesOn: r.closesOn, kind: r.kind, unitIds: units.map((u) => u.id) });
      await writeAudit(tx, auditEntry(viewer, 'skapade omgång', { round: r.code, opensOn: r.opensOn, closesOn: r.closesOn, units: units.map((u) => u.code).join(' ') || 'alla' }));
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new InvalidInputError(`Det finns redan en omgång med koden ${r.code}. Välj en annan kod`);
    throw error;
  }
  return { code: r.code };
}

/**
 * Opens a planned round today. A round for chosen units must have its invitation list first:
 * without one, the survey would ask everyone in the organisation.
 */
export async function openRoundNow(viewer: Viewer, args: { round: string }): Promise<{ opensOn: string }> {
  requireHrOrAdmin(viewer);
  const { db, row } = await requireAdminRound(args.round);
  const today = todayInSweden();
  const status = roundStatus(row, today);
  if (status === 'open') throw new InvalidInputError('Omgången är redan öppen');
  if (status === 'closed') throw new InvalidInputError('Omgången har stängt och kan inte öppnas igen. Skapa en ny omgång i stället');
  if (row.invited === 0 && (await roundUnitRows(db, row.id)).length > 0) {
    throw new InvalidInputError('Skapa inbjudningar innan du öppnar omgången. Annars får alla anställda svara på den, inte bara de valda enheterna');
  }
  await db.transaction(async (tx) => {
    await setRoundDates(tx, row.id, { opensOn: today, closesOn: row.closesOn });
    await writeAudit(tx, auditEntry(viewer, 'öppnade omgång', { round: row.code, opensOn: today }));
  });
  return { opensOn: today };
}

/**
 * Closes an open round now: its last day becomes yesterday, so nobody can answer from today, and
 * every personal link to it stops working. Answers already given stay.
 */
export async function closeRoundNow(viewer: Viewer, args: { round: string }): Promise<{ closesOn: string; linksEnded: number }> {
  requireHrOrAdmin(viewer);
  const { db, row } = await requireAdminRound(args.round);
  const today = todayInSweden();
  const status = roundStatus(row, today);
  if (status === 'planned') throw new InvalidInputError('Omgången har inte öppnat än, så den kan inte stängas');
  if (status === 'closed') throw new InvalidInputError('Omgången är redan stängd');
  const dates = closedNowDates(row, today);
  const linksEnded = await db.transaction(async (tx) => {
    await setRoundDates(tx, row.id, dates);
    const ended = await expireRoundLinks(tx, row.id);
    await writeAudit(tx, auditEntry(viewer, 'stängde omgång', { round: row.code, closesOn: dates.closesOn, linksEnded: ended }));
    return ended;
  });
  return { closesOn: dates.closesOn, linksEnded };
}

/**
 * The invitation list from the round's units: everyone whose current unit is one of them or below
 * (the whole organisation for a round without units) and who is employed on the opening day.
 * People already invited stay; running it again adds only new people. Not for a closed round.
 */
export async function createRoundInvitations(viewer: Viewer, args: { round: string }): Promise<{ added: number; invited: number }> {
  requireHrOrAdmin(viewer);
  const { db, row } = await requireAdminRound(args.round);
  if (roundStatus(row, todayInSweden()) === 'closed') throw new InvalidInputError('Omgången har stängt. Det går inte att bjuda in fler');
  const [units, chosen] = await Promise.all([allUnits(db), roundUnitRows(db, row.id)]);
  const unitIds =
    chosen.length === 0
      ? null
      : (() => {
          const codes = new Set(chosen.flatMap((u) => [...subtreeCodes(units, u.code)]));
          return units.filter((u) => codes.has(u.code)).map((u) => u.id);
        })();
  const added = await db.transaction(async (tx) => {
    const n = await inviteEmployedPeople(tx, row.id, unitIds, row.opensOn);
    await writeAudit(tx, auditEntry(viewer, 'skapade inbjudningar', { round: row.code, added: n, invited: row.invited + n }));
    return n;
  });
  return { added, invited: row.invited + added };
}
