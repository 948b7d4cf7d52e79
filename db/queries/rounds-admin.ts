import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../client';
import type { RoundKind } from '@/lib/domain/enums';
import { roundCtes } from './round-population';
import { clockNow } from '@/lib/clock/clock';

export interface AdminRoundRow {
  id: number;
  code: string;
  name: string;
  opensOn: string;
  closesOn: string;
  kind: RoundKind;
  /** People on the round's invitation list. */
  invited: number;
  /** People with at least one answer (assessment or effect answer) in the round. */
  answered: number;
}

const ROUND_COLUMNS = sql`r.id, r.code, r.name, r.opens_on::text as "opensOn", r.closes_on::text as "closesOn", r.kind::text as kind,
  (select count(*)::int from invitations i where i.round_id = r.id) as invited,
  (select count(*)::int from (select person_id from assessments a where a.round_id = r.id
     union select person_id from effect_responses e where e.round_id = r.id) x) as answered`;

/** Every round with its invitation and answer counts, newest opening first. */
export function adminRounds(db: DbOrTx): Promise<AdminRoundRow[]> {
  return queryRows<AdminRoundRow>(db, sql`select ${ROUND_COLUMNS} from rounds r order by r.opens_on desc, r.code desc`);
}

export async function adminRoundByCode(db: DbOrTx, code: string): Promise<AdminRoundRow | undefined> {
  const [row] = await queryRows<AdminRoundRow>(db, sql`select ${ROUND_COLUMNS} from rounds r where r.code = ${code}`);
  return row;
}

/** The units each round is for (round_units); a round without any is for the whole organisation. */
export function roundUnitRows(db: DbOrTx, roundId?: number): Promise<Array<{ roundId: number; id: number; code: string; name: string }>> {
  return queryRows(db, sql`
    select ru.round_id as "roundId", u.id, u.code, u.name
    from round_units ru join units u on u.id = ru.unit_id
    where ${roundId === undefined ? sql`true` : sql`ru.round_id = ${roundId}`}
    order by u.code`);
}

/**
 * The invitation list of a round counted by the invited people's current unit: how many are
 * invited, how many have answered, and how many have a personal link that still works.
 */
export function invitationsByUnit(db: DbOrTx, roundId: number): Promise<Array<{ unit: string; invited: number; answered: number; withLink: number }>> {
  return queryRows(db, sql`
    with answered as (
      select person_id from assessments where round_id = ${roundId}
      union select person_id from effect_responses where round_id = ${roundId}
    )
    select u.code as unit, count(*)::int as invited,
      (count(*) filter (where exists (select 1 from answered a where a.person_id = i.person_id)))::int as answered,
      (count(*) filter (where exists (select 1 from invitation_tokens t where t.round_id = ${roundId} and t.person_id = i.person_id
        and t.revoked_at is null and t.expires_at > ${clockNow().toISOString()}::timestamptz)))::int as "withLink"
    from invitations i join people p on p.id = i.person_id join units u on u.id = p.unit_id
    where i.round_id = ${roundId}
    group by u.code`);
}

export interface LetterPerson {
  id: number;
  employeeId: string;
  name: string;
  unitName: string;
  roleName: string;
  /** The requirements of the person's role: the survey asks about each. */
  requirements: number;
}

/**
 * The people on a round's invitation list whose current unit is one of these, by name: whom the
 * letters of a unit are for. People whose personal data was removed get none.
 */
export function invitedPeopleInUnits(db: DbOrTx, roundId: number, unitIds: readonly number[]): Promise<LetterPerson[]> {
  if (unitIds.length === 0) return Promise.resolve([]);
  return queryRows<LetterPerson>(db, sql`
    select p.id, p.employee_id as "employeeId", p.name, u.name as "unitName", r.name as "roleName",
      (select count(*)::int from role_requirements rr where rr.role_id = p.role_id) as requirements
    from invitations i join people p on p.id = i.person_id join units u on u.id = p.unit_id join roles r on r.id = p.role_id
    where i.round_id = ${roundId} and p.pseudonymised_at is null
      and p.unit_id in (${sql.join(unitIds.map((id) => sql`${id}`), sql`, `)})
    order by p.name, p.employee_id`);
}

export async function effectQuestionCount(db: DbOrTx): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from effect_questions`);
  return row?.n ?? 0;
}

/**
 * The people of a round's population placed in a unit and everything below it (DOMAIN.md, "Which
 * answer counts"), with whether they have answered at all: names and units only, never an answer.
 */
export function placedPeople(db: DbOrTx, roundId: number, unitId: number): Promise<Array<{ name: string; unitName: string; responded: boolean }>> {
  return queryRows(db, sql`
    with ${roundCtes(roundId, unitId)}
    select p.name, u.name as "unitName", pl.responded
    from placed pl join people p on p.id = pl.person_id join units u on u.id = pl.unit_id
    where p.pseudonymised_at is null
    order by p.name, p.employee_id`);
}
