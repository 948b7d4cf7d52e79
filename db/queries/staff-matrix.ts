import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../client';

export interface StaffMatrixRow {
  personId: number;
  employeeId: string;
  name: string;
  roleCode: string;
  roleName: string;
  unitName: string;
  answered: boolean;
}

/** People whose current unit is the unit or below it, still employed on the round's first day, with whether they answered. */
export function staffOfUnit(db: DbOrTx, unitId: number, roundId: number): Promise<StaffMatrixRow[]> {
  return queryRows<StaffMatrixRow>(db, sql`
    with recursive scope_units as (
      select id from units where id = ${unitId}
      union all select u.id from units u join scope_units s on u.parent_id = s.id
    )
    select p.id as "personId", p.employee_id as "employeeId", p.name, r.code as "roleCode", r.name as "roleName", u.name as "unitName",
      (exists (select 1 from assessments a where a.round_id = ${roundId} and a.person_id = p.id)
        or exists (select 1 from effect_responses e where e.round_id = ${roundId} and e.person_id = p.id)) as answered
    from people p join roles r on r.id = p.role_id join units u on u.id = p.unit_id join rounds rd on rd.id = ${roundId}
    where p.unit_id in (select id from scope_units) and (p.end_date is null or p.end_date >= rd.opens_on)
    order by p.name, p.employee_id`);
}

/** How many people staffOfUnit would list, without reading them: the subtree by its index, no answers looked at. */
export async function staffCount(db: DbOrTx, unitId: number, roundId: number): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`
    select count(*)::int as n
    from people p join unit_ancestors a on a.unit_id = p.unit_id join rounds rd on rd.id = ${roundId}
    where a.ancestor_id = ${unitId} and (p.end_date is null or p.end_date >= rd.opens_on)`);
  return row?.n ?? 0;
}

/** Each of those people's counting level per requirement in the round (null: "vet ej" or not understood). */
export function staffLevels(db: DbOrTx, unitId: number, roundId: number): Promise<Array<{ personId: number; requirement: string; level: number | null; source: string }>> {
  return queryRows(db, sql`
    with recursive scope_units as (
      select id from units where id = ${unitId}
      union all select u.id from units u join scope_units s on u.parent_id = s.id
    ),
    counting as (
      select distinct on (a.person_id, a.requirement_id) a.person_id, a.requirement_id, a.level, a.source::text as source
      from assessments a join people p on p.id = a.person_id
      where a.round_id = ${roundId} and p.unit_id in (select id from scope_units)
      order by a.person_id, a.requirement_id, (a.source = 'validated') desc, a.assessed_on desc nulls last, a.id desc
    )
    select c.person_id as "personId", q.code as requirement, c.level::int as level, c.source
    from counting c join requirements q on q.id = c.requirement_id`);
}
