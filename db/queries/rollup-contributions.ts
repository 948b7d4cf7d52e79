import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../client';
import { closureCtesAfterRound, closureLevelPairs } from './round-histograms';
import { roundCtes } from './round-population';

// What a round's answers add to the rollups, per ancestor unit: for the whole round (a rebuild)
// or for a few people (before and after they write). One definition, the same CTEs as the
// figures' GROUP BY (round-population.ts), so the rollups and a full recount cannot drift.

export interface PlacementShare { unitId: number; roleId: number; population: number; responded: number }
export interface LevelShare { unitId: number; roleId: number; requirementId: number; level: number; count: number }
export interface EffectShare { unitId: number; questionId: number; value: number; count: number }

// Each share is a select over the CTEs of roundCtes (`placed`, `counting`) or closureLevelPairs
// (`level_pairs`), so a rebuild can put several of them in one statement and compute the
// round's CTEs (a sort of all its answers each) once for all of them.

/** Population and respondents per ancestor unit and role, from `placed`. Leaf counts first, then the tree. */
export const placementsFromPlaced: SQL = sql`
    select a.ancestor_id as "unitId", leaf.role_id as "roleId", sum(leaf.population)::int as population, sum(leaf.responded)::int as responded
    from (
      select unit_id, role_id, count(*)::int as population, (count(*) filter (where responded))::int as responded
      from placed group by unit_id, role_id
    ) leaf join unit_ancestors a on a.unit_id = leaf.unit_id
    group by a.ancestor_id, leaf.role_id`;

/** Effective levels per ancestor unit, role and requirement, from `counting` and `placed`. */
export const levelsFromCounting: SQL = sql`
    select a.ancestor_id as "unitId", leaf.role_id as "roleId", leaf.requirement_id as "requirementId", leaf.level::int as level, sum(leaf.n)::int as count
    from (
      select pl.unit_id, pl.role_id, c.requirement_id, c.level, count(*)::int as n
      from counting c join placed pl on pl.person_id = c.person_id
      where c.level is not null
      group by pl.unit_id, pl.role_id, c.requirement_id, c.level
    ) leaf join unit_ancestors a on a.unit_id = leaf.unit_id
    group by a.ancestor_id, leaf.role_id, leaf.requirement_id, leaf.level`;

/** Gap closure's level pairs per ancestor unit (rollup_closures' rows), from `level_pairs`. */
export const closuresFromLevelPairs: SQL = sql`
    select a.ancestor_id as "unitId", leaf.requirement_id as "requirementId", leaf.role_b as "baselineRoleId", leaf.role_f as "followUpRoleId",
      leaf.level_b::int as "baselineLevel", leaf.level_f::int as "followUpLevel", sum(leaf.n)::int as count
    from (
      select unit_id, requirement_id, role_b, role_f, level_b, level_f, count(*)::int as n
      from level_pairs group by unit_id, requirement_id, role_b, role_f, level_b, level_f
    ) leaf join unit_ancestors a on a.unit_id = leaf.unit_id
    group by a.ancestor_id, leaf.requirement_id, leaf.role_b, leaf.role_f, leaf.level_b, leaf.level_f`;

/** Effect answers per ancestor of the unit stored on the answer, question and value. */
export function effectSharesSql(roundId: number, only?: readonly number[]): SQL {
  const people = only ? sql` and person_id in (${only.length ? sql.join(only.map((id) => sql`${id}`), sql`, `) : sql`null`})` : sql``;
  return sql`
    with leaf as (
      select unit_id, question_id, value, count(*)::int as n
      from effect_responses where round_id = ${roundId}${people}
      group by unit_id, question_id, value
    )
    select a.ancestor_id as "unitId", leaf.question_id as "questionId", leaf.value::int as value, sum(leaf.n)::int as count
    from leaf join unit_ancestors a on a.unit_id = leaf.unit_id
    group by a.ancestor_id, leaf.question_id, leaf.value`;
}

export interface ClosureShare {
  unitId: number;
  requirementId: number;
  baselineRoleId: number;
  followUpRoleId: number;
  baselineLevel: number;
  followUpLevel: number;
  count: number;
}

/** Gap closure's level pairs between two rounds per ancestor unit (rollup_closures' rows). */
export function closureSharesSql(baselineId: number, followUpId: number, only?: readonly number[]): SQL {
  return sql`with ${closureLevelPairs(baselineId, followUpId, null, only)} ${closuresFromLevelPairs}`;
}

/** What these people add to one pair's closure rollup as the database stands now. */
export function peopleClosureShares(db: DbOrTx, baselineId: number, followUpId: number, personIds: readonly number[]): Promise<ClosureShare[]> {
  return queryRows<ClosureShare>(db, closureSharesSql(baselineId, followUpId, personIds));
}

export interface RoundShares {
  placements: PlacementShare[];
  levels: LevelShare[];
  effects: EffectShare[];
  /** The closure pair whose follow-up is this round, when asked for (peopleShares' baselineId). */
  closure: ClosureShare[];
}

/**
 * What these people add to a round's rollups as the database stands now: the three kinds in one
 * statement (one round trip, the CTEs computed once), as a survey autosave runs it twice; with
 * `closureBaselineId`, also their share of gap closure from that round to this one, from the same
 * CTEs (the pair a save in the latest round touches).
 */
export async function peopleShares(db: DbOrTx, roundId: number, personIds: readonly number[], closureBaselineId?: number): Promise<RoundShares> {
  const list = sql.join(personIds.map((id) => sql`${id}`), sql`, `);
  const withClosure = closureBaselineId !== undefined;
  const rows = await queryRows<{ kind: 'p' | 'l' | 'e' | 'c'; unitId: number; a: number; b: number; c: number; d: number; e: number; f: number }>(db, sql`
    with ${roundCtes(roundId, null, undefined, personIds)},
    placements as (
      select a.ancestor_id, pl.role_id, count(*)::int as population, (count(*) filter (where pl.responded))::int as responded
      from placed pl join unit_ancestors a on a.unit_id = pl.unit_id group by a.ancestor_id, pl.role_id
    ),
    levels as (
      select a.ancestor_id, pl.role_id, c.requirement_id, c.level::int as level, count(*)::int as n
      from counting c join placed pl on pl.person_id = c.person_id join unit_ancestors a on a.unit_id = pl.unit_id
      where c.level is not null group by a.ancestor_id, pl.role_id, c.requirement_id, c.level
    ),
    effects as (
      select a.ancestor_id, er.question_id, er.value::int as value, count(*)::int as n
      from effect_responses er join unit_ancestors a on a.unit_id = er.unit_id
      where er.round_id = ${roundId} and er.person_id in (${list})
      group by a.ancestor_id, er.question_id, er.value
    )${withClosure ? sql`, ${closureCtesAfterRound(closureBaselineId, personIds)},
    closure as (
      select a.ancestor_id, lp.requirement_id, lp.role_b, lp.role_f, lp.level_b::int as level_b, lp.level_f::int as level_f, count(*)::int as n
      from level_pairs lp join unit_ancestors a on a.unit_id = lp.unit_id
      group by a.ancestor_id, lp.requirement_id, lp.role_b, lp.role_f, lp.level_b, lp.level_f
    )` : sql``}
    select 'p' as kind, ancestor_id as "unitId", role_id as a, population as b, responded as c, 0 as d, 0 as e, 0 as f from placements
    union all select 'l', ancestor_id, role_id, requirement_id, level, n, 0, 0 from levels
    union all select 'e', ancestor_id, question_id, value, n, 0, 0, 0 from effects
    ${withClosure ? sql`union all select 'c', ancestor_id, requirement_id, role_b, role_f, level_b, level_f, n from closure` : sql``}`);
  const shares: RoundShares = { placements: [], levels: [], effects: [], closure: [] };
  for (const r of rows) {
    if (r.kind === 'p') shares.placements.push({ unitId: r.unitId, roleId: r.a, population: r.b, responded: r.c });
    else if (r.kind === 'l') shares.levels.push({ unitId: r.unitId, roleId: r.a, requirementId: r.b, level: r.c, count: r.d });
    else if (r.kind === 'e') shares.effects.push({ unitId: r.unitId, questionId: r.a, value: r.b, count: r.c });
    else shares.closure.push({ unitId: r.unitId, requirementId: r.a, baselineRoleId: r.b, followUpRoleId: r.c, baselineLevel: r.d, followUpLevel: r.e, count: r.f });
  }
  return shares;
}
