import { sql, type SQL } from 'drizzle-orm';

/**
 * CTEs shared by every round figure (DOMAIN.md, "Which answer counts"):
 * - `population`: everyone with an answer in the round, plus the invited, or, where the
 *   round has no invitation list, everyone employed at some time while it was open;
 * - `placed`: each of them with the unit and role they count under for the round (from their
 *   latest assessment of any source, else their last stored effect answer, else their
 *   current unit and role) and whether they answered at all;
 * - `counting`: per person and requirement, the answer that counts (latest validated, else
 *   latest self; latest by date with undated first, then storage order).
 * `scope_units` limits `placed` to a unit and everything below it.
 */
/** Narrows the people counted: employment type, and start date (for experience phases). */
export interface PersonFilter {
  employment?: string | null;
  /** Started after this date (exclusive). */
  startedAfter?: string | null;
  /** Started on or before this date. */
  startedBy?: string | null;
}

function personConditions(f: PersonFilter | undefined): SQL {
  const parts: SQL[] = [sql`true`];
  if (f?.employment) parts.push(sql`p.employment = ${f.employment}::employment_type`);
  if (f?.startedAfter) parts.push(sql`p.start_date > ${f.startedAfter}::date`);
  if (f?.startedBy) parts.push(sql`p.start_date <= ${f.startedBy}::date`);
  return sql.join(parts, sql` and `);
}

/**
 * `only` narrows every CTE to these people (the rollups recompute one person's share before
 * and after a write); the result for them is the same as in the round's full CTEs.
 */
export function roundCtes(roundId: number, scopeUnitId: number | null, people?: PersonFilter, only?: readonly number[]): SQL {
  const just = (column: SQL) => (only ? sql` and ${column} in (${only.length ? sql.join(only.map((id) => sql`${id}`), sql`, `) : sql`null`})` : sql``);
  const scope = scopeUnitId === null
    ? sql`select id from units`
    : sql`select id from units where id = ${scopeUnitId}
          union all select u.id from units u join scope_units s on u.parent_id = s.id`;
  return sql`
    recursive scope_units as (${scope}),
    answered as (
      select person_id from assessments where round_id = ${roundId}${just(sql`person_id`)}
      union
      select person_id from effect_responses where round_id = ${roundId}${just(sql`person_id`)}
    ),
    population as (
      select person_id from answered
      union
      select person_id from invitations where round_id = ${roundId}${just(sql`person_id`)}
      union
      select p.id from people p join rounds r on r.id = ${roundId}
      where not exists (select 1 from invitations i where i.round_id = ${roundId})
        and (p.start_date is null or p.start_date <= r.closes_on)
        and (p.end_date is null or p.end_date >= r.opens_on)${just(sql`p.id`)}
    ),
    last_assessment as (
      select distinct on (person_id) person_id, unit_id, role_id
      from assessments where round_id = ${roundId}${just(sql`person_id`)}
      order by person_id, assessed_on desc nulls last, id desc
    ),
    last_effect as (
      select distinct on (person_id) person_id, unit_id, role_id
      from effect_responses where round_id = ${roundId}${just(sql`person_id`)}
      order by person_id, id desc
    ),
    placed_all as (
      select pop.person_id,
        case when la.person_id is not null then la.unit_id when le.person_id is not null then le.unit_id else p.unit_id end as unit_id,
        case when la.person_id is not null then la.role_id when le.person_id is not null then le.role_id else p.role_id end as role_id,
        (la.person_id is not null or le.person_id is not null) as responded
      from population pop
      join people p on p.id = pop.person_id
      left join last_assessment la on la.person_id = pop.person_id
      left join last_effect le on le.person_id = pop.person_id
      where ${personConditions(people)}
    ),
    placed as materialized (
      select * from placed_all where unit_id in (select id from scope_units)
    ),
    counting as (
      select distinct on (person_id, requirement_id) person_id, requirement_id, level
      from assessments where round_id = ${roundId}${just(sql`person_id`)}
      order by person_id, requirement_id, (source = 'validated') desc, assessed_on desc nulls last, id desc
    )`;
}
