import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../client';
import type { LevelCount, PlacementCount } from '@/lib/domain/histograms';
import type { ClosureCount } from '@/lib/domain/gap-closure';
import { roundCtes, type PersonFilter } from './round-population';

/** Population and respondents per unit and role (codes) of a round, within a scope. */
export function placementCounts(db: DbOrTx, roundId: number, scopeUnitId: number | null, people?: PersonFilter): Promise<PlacementCount[]> {
  return queryRows<PlacementCount>(db, sql`
    with ${roundCtes(roundId, scopeUnitId, people)}
    select u.code as unit, r.code as role, count(*)::int as population, (count(*) filter (where pl.responded))::int as responded
    from placed pl join units u on u.id = pl.unit_id join roles r on r.id = pl.role_id
    group by u.code, r.code`);
}

/** Effective levels per unit, role and requirement: how many of the placed people have each level. */
export function levelCounts(db: DbOrTx, roundId: number, scopeUnitId: number | null, people?: PersonFilter): Promise<LevelCount[]> {
  return queryRows<LevelCount>(db, sql`
    with ${roundCtes(roundId, scopeUnitId, people)}
    select u.code as unit, r.code as role, q.code as requirement, c.level::int as level, count(*)::int as count
    from counting c
    join placed pl on pl.person_id = c.person_id
    join units u on u.id = pl.unit_id join roles r on r.id = pl.role_id join requirements q on q.id = c.requirement_id
    where c.level is not null
    group by u.code, r.code, q.code, c.level`);
}

/**
 * The person × requirement pairs of gap closure between a baseline and a follow-up round, before
 * the roles' requirements are applied: people placed in the scope for the follow-up, with an
 * effective level on a requirement in both rounds, with their role (the baseline's from their
 * last baseline answer) and level in each. Common table expressions ending in `level_pairs`;
 * `only` narrows them to a few people (the rollups' before and after of a write).
 */
export function closureLevelPairs(baselineId: number, followUpId: number, scopeUnitId: number | null, only?: readonly number[]): SQL {
  return sql`${roundCtes(followUpId, scopeUnitId, undefined, only)}, ${closureCtesAfterRound(baselineId, only)}`;
}

/**
 * The CTEs of closureLevelPairs that follow the follow-up round's own (`counting`, `placed`), for
 * a statement that has those already (a survey save's shares, db/queries/rollup-contributions.ts).
 */
export function closureCtesAfterRound(baselineId: number, only?: readonly number[]): SQL {
  const just = only ? sql` and person_id in (${only.length ? sql.join(only.map((id) => sql`${id}`), sql`, `) : sql`null`})` : sql``;
  return sql`
    -- Only people with a follow-up answer can pair: a follow-up round without answers yet (just
    -- opened) costs nothing, however large the baseline.
    f_people as materialized (select distinct person_id from counting where level is not null),
    b_last as materialized (
      select distinct on (person_id) person_id, role_id
      from assessments where round_id = ${baselineId}${just} and person_id in (select person_id from f_people)
      order by person_id, assessed_on desc nulls last, id desc
    ),
    b_counting as materialized (
      select distinct on (person_id, requirement_id) person_id, requirement_id, level
      from assessments where round_id = ${baselineId}${just} and person_id in (select person_id from f_people)
      order by person_id, requirement_id, (source = 'validated') desc, assessed_on desc nulls last, id desc
    ),
    level_pairs as (
      select pl.unit_id, f.person_id, f.requirement_id, bl.role_id as role_b, pl.role_id as role_f, b.level as level_b, f.level as level_f
      from counting f
      join placed pl on pl.person_id = f.person_id
      join b_counting b on b.person_id = f.person_id and b.requirement_id = f.requirement_id
      join b_last bl on bl.person_id = f.person_id
      where f.level is not null and b.level is not null
    )`;
}

/**
 * The pairs of gap closure (closureLevelPairs) whose role requires the requirement in both rounds,
 * with their gap in each round against that round's role. Common table expressions ending in
 * `pairs`, for a `with`; shared by the closure histogram and the steering group's tallies.
 */
export function closurePairs(baselineId: number, followUpId: number, scopeUnitId: number | null): SQL {
  return sql`
    ${closureLevelPairs(baselineId, followUpId, scopeUnitId)},
    pairs as (
      select lp.unit_id, lp.person_id, lp.requirement_id,
        greatest(0, rb.required_level - lp.level_b) as gap_b,
        greatest(0, rf.required_level - lp.level_f) as gap_f
      from level_pairs lp
      join role_requirements rf on rf.role_id = lp.role_f and rf.requirement_id = lp.requirement_id
      join role_requirements rb on rb.role_id = lp.role_b and rb.requirement_id = lp.requirement_id
    )`;
}

/** Gap closure histogram between a baseline and a follow-up round (see closurePairs). */
export function closureCounts(db: DbOrTx, baselineId: number, followUpId: number, scopeUnitId: number | null): Promise<ClosureCount[]> {
  return queryRows<ClosureCount>(db, sql`
    with ${closurePairs(baselineId, followUpId, scopeUnitId)}
    select u.code as unit, q.code as requirement, gap_b::int as "gapBaseline", gap_f::int as "gapFollowUp", count(*)::int as count
    from pairs join units u on u.id = pairs.unit_id join requirements q on q.id = pairs.requirement_id
    group by u.code, q.code, gap_b, gap_f`);
}

/**
 * People per unit (where placed for the round) with an effective level on at least one
 * requirement their role has: the `n` of a figure pooled over requirements (the steering
 * group's "share meeting the role's requirements"), counted as people, not as pairs.
 */
export function assessedPeopleCounts(db: DbOrTx, roundId: number): Promise<Array<{ unit: string; people: number }>> {
  return queryRows<{ unit: string; people: number }>(db, sql`
    with ${roundCtes(roundId, null)}
    select u.code as unit, count(distinct c.person_id)::int as people
    from counting c
    join placed pl on pl.person_id = c.person_id
    join role_requirements rr on rr.role_id = pl.role_id and rr.requirement_id = c.requirement_id
    join units u on u.id = pl.unit_id
    where c.level is not null
    group by u.code`);
}
