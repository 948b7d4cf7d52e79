import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../client';
import type { EffectCount } from '@/lib/domain/effect-figures';
import type { LevelCount, PlacementCount } from '@/lib/domain/histograms';
import type { UnitNode } from '@/lib/domain/unit-tree';
import type { ClosureCount } from '@/lib/domain/gap-closure';
import type { RequiredLevelCount } from '@/lib/domain/headline-figures';
import type { AssessedCount } from '@/lib/domain/competence-guard';

// Histograms for a unit and everything below it, read from the rollups (db/schema/rollups.ts)
// in the shape the figures expect, with a few rows however many people there are. A rollup row
// holds a whole subtree, so the slice of unit S is: S's own people (S's rollup minus its
// children's) under S's code, and each child's whole subtree under the child's code. Any figure
// for S or for one of its children sums to the same as over the per-unit GROUP BY.

/** The units whose subtree rows make up a slice: the unit and its children, or the top units. */
function sliceUnits(unitId: number | null): SQL {
  return unitId === null
    ? sql`select id, code, false as whole from units where parent_id is null`
    : sql`select id, code, (id = ${unitId}) as whole from units where id = ${unitId} or parent_id = ${unitId}`;
}

/** Subtracts the children's subtree counts from the unit's own row (the `whole` rows). */
function ownAndChildren<R extends { unit: string }>(rows: ReadonlyArray<R & { whole: boolean }>, key: (r: R) => string, values: ReadonlyArray<keyof R>): R[] {
  const own = new Map<string, R>();
  const children: R[] = [];
  for (const { whole, ...rest } of rows) {
    const r = rest as unknown as R;
    if (whole) own.set(key(r), { ...r });
    else children.push(r);
  }
  for (const c of children) {
    const o = own.get(key(c));
    if (!o) continue;
    for (const v of values) (o[v] as number) -= c[v] as number;
  }
  return [...children, ...[...own.values()].filter((o) => values.some((v) => (o[v] as number) !== 0))];
}

/** Population and respondents per unit (the slice's) and role; see the file comment. */
export async function subtreePlacementCounts(db: DbOrTx, roundId: number, unitId: number | null): Promise<PlacementCount[]> {
  const rows = await queryRows<PlacementCount & { whole: boolean }>(db, sql`
    with slice as (${sliceUnits(unitId)})
    select s.code as unit, s.whole, r.code as role, rp.population, rp.responded
    from rollup_placements rp join slice s on s.id = rp.unit_id join roles r on r.id = rp.role_id
    where rp.round_id = ${roundId}`);
  return ownAndChildren<PlacementCount>(rows, (r) => r.role, ['population', 'responded']);
}

/** Effective levels per unit (the slice's), role and requirement; see the file comment. */
export async function subtreeLevelCounts(db: DbOrTx, roundId: number, unitId: number | null): Promise<LevelCount[]> {
  const pivoted = await queryRows<{ unit: string; whole: boolean; role: string; requirement: string; l0: number; l1: number; l2: number; l3: number; l4: number }>(db, sql`
    with slice as (${sliceUnits(unitId)})
    select s.code as unit, s.whole, r.code as role, q.code as requirement, rl.l0, rl.l1, rl.l2, rl.l3, rl.l4
    from rollup_levels rl join slice s on s.id = rl.unit_id join roles r on r.id = rl.role_id join requirements q on q.id = rl.requirement_id
    where rl.round_id = ${roundId}`);
  const rows: Array<LevelCount & { whole: boolean }> = [];
  for (const p of pivoted) {
    const counts = [p.l0, p.l1, p.l2, p.l3, p.l4];
    for (let level = 0; level < 5; level++) {
      const count = counts[level] as number;
      if (count !== 0) rows.push({ unit: p.unit, whole: p.whole, role: p.role, requirement: p.requirement, level, count });
    }
  }
  return ownAndChildren<LevelCount>(rows, (r) => `${r.role}\u0000${r.requirement}\u0000${r.level}`, ['count']);
}

/**
 * What complementary suppression needs to decide about one unit, and its figures: the unit's
 * ancestors and the unit itself (the chain) with their own answers, and every child of a chain
 * unit with its whole subtree. Whether a unit is withheld depends only on the totals of the
 * chain and of the chain's children (lib/domain/suppression.ts), so the domain gives the same
 * answer on this small tree as on the whole one.
 */
export async function effectSlice(db: DbOrTx, roundId: number, questionId: number, unitId: number): Promise<{ units: UnitNode[]; counts: EffectCount[] }> {
  const rows = await queryRows<{ code: string; parentCode: string | null; chain: boolean; value: number | null; count: number | null }>(db, sql`
    with chain as (select ancestor_id as id from unit_ancestors where unit_id = ${unitId}),
    nodes as (
      -- Two indexed reads (an OR here made PostgreSQL scan every unit).
      select u.id, u.code, u.parent_id, true as chain from units u where u.id in (select id from chain)
      union
      select u.id, u.code, u.parent_id, false from units u where u.parent_id in (select id from chain) and u.id not in (select id from chain)
    )
    select n.code, (select p.code from units p where p.id = n.parent_id) as "parentCode", n.chain, re.value::int as value, re.count
    from nodes n
    -- Lateral: a primary-key read per unit of the slice, whatever the planner thinks of the table.
    left join lateral (
      select value, count from rollup_effects
      where round_id = ${roundId} and unit_id = n.id and question_id = ${questionId} and count > 0
    ) re on true`);
  const units = new Map<string, UnitNode & { chain: boolean }>();
  const counts: Array<EffectCount & { whole: boolean; parent: string | null }> = [];
  for (const r of rows) {
    units.set(r.code, { code: r.code, parentCode: r.parentCode, chain: r.chain });
    if (r.value !== null && r.count !== null) counts.push({ unit: r.code, value: r.value, count: r.count, whole: r.chain, parent: r.parentCode });
  }
  // A chain unit's own answers: its subtree minus its children's subtrees.
  const own = new Map<string, number>();
  const key = (unit: string, value: number) => `${unit}\u0000${value}`;
  for (const c of counts) if (c.whole) own.set(key(c.unit, c.value), (own.get(key(c.unit, c.value)) ?? 0) + c.count);
  for (const c of counts) if (c.parent !== null && units.get(c.parent)?.chain) own.set(key(c.parent, c.value), (own.get(key(c.parent, c.value)) ?? 0) - c.count);
  const result: EffectCount[] = counts.filter((c) => !c.whole).map((c) => ({ unit: c.unit, value: c.value, count: c.count }));
  for (const [k, count] of own) {
    const [unit, value] = k.split('\u0000') as [string, string];
    if (count !== 0) result.push({ unit, value: Number(value), count });
  }
  return { units: [...units.values()].map(({ code, parentCode }) => ({ code, parentCode })), counts: result };
}

/**
 * Gap closure between two rounds for a unit and everything below it, from rollup_closures, under
 * the unit's own code (gap closure is only ever shown for the whole subtree); gaps against the
 * roles' required levels as they are now. Null when the pair is not rolled up (not neighbours).
 */
export async function subtreeClosureCounts(db: DbOrTx, baselineId: number, followUpId: number, unitId: number): Promise<ClosureCount[] | null> {
  const rows = await queryRows<ClosureCount & { listed: boolean }>(db, sql`
    with listed as (
      select exists (select 1 from rollup_closure_pairs where baseline_round_id = ${baselineId} and follow_up_round_id = ${followUpId}) as listed
    ),
    gaps as (
      select rc.requirement_id,
        greatest(0, rb.required_level - rc.baseline_level) as gap_b, greatest(0, rf.required_level - rc.follow_up_level) as gap_f, rc.count
      from rollup_closures rc
      join role_requirements rb on rb.role_id = rc.baseline_role_id and rb.requirement_id = rc.requirement_id
      join role_requirements rf on rf.role_id = rc.follow_up_role_id and rf.requirement_id = rc.requirement_id
      where rc.baseline_round_id = ${baselineId} and rc.follow_up_round_id = ${followUpId} and rc.unit_id = ${unitId}
    ),
    counted as (
      select (select code from units where id = ${unitId}) as unit, q.code as requirement, g.gap_b::int as "gapBaseline", g.gap_f::int as "gapFollowUp", sum(g.count)::int as count
      from gaps g join requirements q on q.id = g.requirement_id
      group by q.code, g.gap_b, g.gap_f
    )
    select l.listed, c.* from listed l left join counted c on true`);
  if (!rows[0]?.listed) return null;
  return rows.filter((r) => r.requirement !== null).map((r) => ({ unit: r.unit, requirement: r.requirement, gapBaseline: r.gapBaseline, gapFollowUp: r.gapFollowUp, count: r.count }));
}

/** A unit's whole-subtree histograms for one round, under the unit's own code. */
export interface SubtreeTotals {
  placements: PlacementCount[];
  levels: LevelCount[];
}

/**
 * A unit's whole subtree as one unit (its own rollup rows, no children), for several rounds in two
 * reads: what a headline, a per-requirement table or a trend needs, a few hundred rows at the root
 * where the slice with every child would be thousands.
 */
export async function subtreeTotals(db: DbOrTx, roundIds: readonly number[], unitId: number): Promise<Map<number, SubtreeTotals>> {
  const out = new Map<number, SubtreeTotals>(roundIds.map((id) => [id, { placements: [], levels: [] }]));
  if (roundIds.length === 0) return out;
  const rounds = sql.join(roundIds.map((id) => sql`${id}`), sql`, `);
  const [placements, pivoted] = await Promise.all([
    queryRows<PlacementCount & { roundId: number }>(db, sql`
      select rp.round_id as "roundId", u.code as unit, r.code as role, rp.population, rp.responded
      from rollup_placements rp join units u on u.id = rp.unit_id join roles r on r.id = rp.role_id
      where rp.unit_id = ${unitId} and rp.round_id in (${rounds})`),
    queryRows<{ roundId: number; unit: string; role: string; requirement: string; l0: number; l1: number; l2: number; l3: number; l4: number }>(db, sql`
      select rl.round_id as "roundId", u.code as unit, r.code as role, q.code as requirement, rl.l0, rl.l1, rl.l2, rl.l3, rl.l4
      from rollup_levels rl join units u on u.id = rl.unit_id join roles r on r.id = rl.role_id join requirements q on q.id = rl.requirement_id
      where rl.unit_id = ${unitId} and rl.round_id in (${rounds})`),
  ]);
  for (const { roundId, ...p } of placements) if (p.population !== 0 || p.responded !== 0) out.get(roundId)?.placements.push(p);
  for (const p of pivoted) {
    const counts = [p.l0, p.l1, p.l2, p.l3, p.l4];
    for (let level = 0; level < 5; level++) {
      const count = counts[level] as number;
      if (count !== 0) out.get(p.roundId)?.levels.push({ unit: p.unit, role: p.role, requirement: p.requirement, level, count });
    }
  }
  return out;
}

/** Every unit's whole subtree for a round, as the start page needs it: no role, no requirement. */
export interface UnitHeadlineCounts {
  population: number;
  responded: number;
  levels: RequiredLevelCount[];
}

/**
 * For every unit (by code), its subtree's population and respondents and its answers by required
 * level and level (only requirements the person's role has), from the rollups: a few rows per
 * unit for the whole tree, where per role and requirement it would be tens of thousands.
 */
export async function unitHeadlineCounts(db: DbOrTx, roundId: number): Promise<Map<string, UnitHeadlineCounts>> {
  const [placements, levels] = await Promise.all([
    queryRows<{ unit: string; population: number; responded: number }>(db, sql`
      select u.code as unit, sum(rp.population)::int as population, sum(rp.responded)::int as responded
      from rollup_placements rp join units u on u.id = rp.unit_id
      where rp.round_id = ${roundId} group by u.code`),
    queryRows<{ unit: string; requiredLevel: number; l0: number; l1: number; l2: number; l3: number; l4: number }>(db, sql`
      select u.code as unit, rr.required_level::int as "requiredLevel",
        sum(rl.l0)::int as l0, sum(rl.l1)::int as l1, sum(rl.l2)::int as l2, sum(rl.l3)::int as l3, sum(rl.l4)::int as l4
      from rollup_levels rl
      join role_requirements rr on rr.role_id = rl.role_id and rr.requirement_id = rl.requirement_id
      join units u on u.id = rl.unit_id
      where rl.round_id = ${roundId} group by u.code, rr.required_level`),
  ]);
  const out = new Map<string, UnitHeadlineCounts>();
  const of = (unit: string) => {
    let c = out.get(unit);
    if (!c) out.set(unit, (c = { population: 0, responded: 0, levels: [] }));
    return c;
  };
  for (const p of placements) Object.assign(of(p.unit), { population: p.population, responded: p.responded });
  for (const l of levels) {
    const counts = [l.l0, l.l1, l.l2, l.l3, l.l4];
    for (let level = 0; level < 5; level++) {
      const count = counts[level] as number;
      if (count !== 0) of(l.unit).levels.push({ requiredLevel: l.requiredLevel, level, count });
    }
  }
  return out;
}

/**
 * Every unit's subtree count of people assessed per role and requirement (only requirements the
 * role has), for a round: what the k rule on competence figures needs (lib/domain/competence-guard.ts).
 */
export function assessedCounts(db: DbOrTx, roundId: number): Promise<AssessedCount[]> {
  return queryRows<AssessedCount>(db, sql`
    select u.code as unit, r.code as role, q.code as requirement, (rl.l0 + rl.l1 + rl.l2 + rl.l3 + rl.l4)::int as n
    from rollup_levels rl
    join role_requirements rr on rr.role_id = rl.role_id and rr.requirement_id = rl.requirement_id
    join units u on u.id = rl.unit_id join roles r on r.id = rl.role_id join requirements q on q.id = rl.requirement_id
    where rl.round_id = ${roundId} and (rl.l0 + rl.l1 + rl.l2 + rl.l3 + rl.l4) > 0`);
}
