import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../client';
import { closureSharesSql, closuresFromLevelPairs, effectSharesSql, levelsFromCounting, peopleClosureShares, peopleShares, placementsFromPlaced, type ClosureShare, type RoundShares } from '../queries/rollup-contributions';
import { closureLevelPairs } from '../queries/round-histograms';
import { roundCtes } from '../queries/round-population';

// Keeping the rollups (db/schema/rollups.ts) right. Two ways in:
// - a rebuild, for a whole round or every round: after an import, a change of a round's dates
//   or invitation list, a change of the unit tree;
// - `withPeopleRollups` around a write of a few people's answers: their share is computed
//   before and after, and only the difference is written, in the same transaction.

/** The subtree index: every unit with itself and each ancestor. Depth is capped against a cycle. */
export async function rebuildUnitAncestors(db: DbOrTx): Promise<void> {
  await db.execute(sql`delete from unit_ancestors`);
  await db.execute(sql`
    insert into unit_ancestors (unit_id, ancestor_id, depth)
    with recursive chain as (
      select id as unit_id, id as ancestor_id, parent_id, 0 as depth from units
      union all
      select c.unit_id, u.id, u.parent_id, c.depth + 1 from chain c join units u on u.id = c.parent_id where c.depth < 100
    )
    select unit_id, ancestor_id, depth from chain
    on conflict do nothing`);
}

/**
 * Recounts one round's rollups from its answers (after a change of its dates or invitation list,
 * or a new round), and brings the closure pairs in line with the rounds' order.
 */
export async function rebuildRoundRollups(db: DbOrTx, roundId: number): Promise<void> {
  await recountRound(db, roundId);
  await syncClosurePairs(db);
}

/**
 * Recounts one round's rollups from its answers, and with `baselineId` also the closure of the
 * pair (baseline, this round), whose rows the caller has cleared and whose pair it lists. One
 * statement: the round's CTEs (each a sort of all its answers) are computed once for all three.
 */
async function recountRound(db: DbOrTx, roundId: number, baselineId: number | null = null): Promise<void> {
  // The "answer that counts" is a sort over the round's answers: in memory, not in temp files.
  // (`set local` lasts until the caller's transaction ends; outside one it does nothing.)
  await db.execute(sql`set local work_mem = '128MB'`);
  await db.execute(sql`delete from rollup_placements where round_id = ${roundId}`);
  await db.execute(sql`delete from rollup_levels where round_id = ${roundId}`);
  await db.execute(sql`delete from rollup_effects where round_id = ${roundId}`);
  const closures = baselineId === null ? sql`` : sql`,
    closures_in as (
      insert into rollup_closures (baseline_round_id, follow_up_round_id, unit_id, requirement_id, baseline_role_id, follow_up_role_id, baseline_level, follow_up_level, count)
      select ${baselineId}, ${roundId}, "unitId", "requirementId", "baselineRoleId", "followUpRoleId", "baselineLevel", "followUpLevel", count
      from (${closuresFromLevelPairs}) s
    )`;
  await db.execute(sql`
    with ${baselineId === null ? roundCtes(roundId, null) : closureLevelPairs(baselineId, roundId, null)},
    placements_in as (
      insert into rollup_placements (round_id, unit_id, role_id, population, responded)
      select ${roundId}, "unitId", "roleId", population, responded from (${placementsFromPlaced}) s
    )${closures}
    insert into rollup_levels (round_id, unit_id, role_id, requirement_id, l0, l1, l2, l3, l4)
    select ${roundId}, "unitId", "roleId", "requirementId",
      ${sql.join([0, 1, 2, 3, 4].map((l) => sql`coalesce(sum(count) filter (where level = ${sql.raw(String(l))}), 0)`), sql`, `)}
    from (${levelsFromCounting}) s group by "unitId", "roleId", "requirementId"`);
  await db.execute(sql`
    insert into rollup_effects (round_id, unit_id, question_id, value, count)
    select ${roundId}, "unitId", "questionId", value, count from (${effectSharesSql(roundId)}) s`);
}

/** Counts one round pair's gap closure from the answers into rollup_closures and lists the pair. */
async function buildClosurePair(db: DbOrTx, baselineId: number, followUpId: number): Promise<void> {
  await db.execute(sql`set local work_mem = '128MB'`);
  await db.execute(sql`delete from rollup_closures where baseline_round_id = ${baselineId} and follow_up_round_id = ${followUpId}`);
  await db.execute(sql`
    insert into rollup_closures (baseline_round_id, follow_up_round_id, unit_id, requirement_id, baseline_role_id, follow_up_role_id, baseline_level, follow_up_level, count)
    select ${baselineId}, ${followUpId}, "unitId", "requirementId", "baselineRoleId", "followUpRoleId", "baselineLevel", "followUpLevel", count
    from (${closureSharesSql(baselineId, followUpId)}) s`);
  await db.execute(sql`insert into rollup_closure_pairs (baseline_round_id, follow_up_round_id) values (${baselineId}, ${followUpId}) on conflict do nothing`);
}

/**
 * Rolls up gap closure for each round and the round before it (the dashboard's "previous round":
 * by opening day, then code), drops pairs that are no longer neighbours (a round's dates moved, a
 * round was added between), and builds the pairs that are missing. Answers do not change here, so
 * a pair already built stays.
 */
export async function syncClosurePairs(db: DbOrTx): Promise<void> {
  const rounds = await queryRows<{ id: number }>(db, sql`select id from rounds order by opens_on, code`);
  const wanted = rounds.slice(1).map((r, i) => ({ baselineId: (rounds[i] as { id: number }).id, followUpId: r.id }));
  const have = await queryRows<{ baselineId: number; followUpId: number }>(db, sql`
    select baseline_round_id as "baselineId", follow_up_round_id as "followUpId" from rollup_closure_pairs`);
  const key = (p: { baselineId: number; followUpId: number }) => `${p.baselineId}:${p.followUpId}`;
  const wantedKeys = new Set(wanted.map(key));
  const haveKeys = new Set(have.map(key));
  for (const p of have) {
    if (wantedKeys.has(key(p))) continue;
    await db.execute(sql`delete from rollup_closure_pairs where baseline_round_id = ${p.baselineId} and follow_up_round_id = ${p.followUpId}`);
    await db.execute(sql`delete from rollup_closures where baseline_round_id = ${p.baselineId} and follow_up_round_id = ${p.followUpId}`);
  }
  for (const p of wanted) if (!haveKeys.has(key(p))) await buildClosurePair(db, p.baselineId, p.followUpId);
}

/** Rebuilds the subtree index and every round's rollups (after an import). */
export async function rebuildAllRollups(db: DbOrTx): Promise<void> {
  await rebuildUnitAncestors(db);
  await db.execute(sql`delete from rollup_closure_pairs`);
  await db.execute(sql`delete from rollup_closures`);
  // In the closure pairs' order (see syncClosurePairs), so each round is recounted together with
  // its pair with the round before it.
  const rounds = await queryRows<{ id: number }>(db, sql`select id from rounds order by opens_on, code`);
  for (const [i, r] of rounds.entries()) {
    const baselineId = i > 0 ? (rounds[i - 1] as { id: number }).id : null;
    await recountRound(db, r.id, baselineId);
    if (baselineId !== null) {
      await db.execute(sql`insert into rollup_closure_pairs (baseline_round_id, follow_up_round_id) values (${baselineId}, ${r.id})`);
    }
  }
  // Fresh statistics, so the planner knows how many rows a unit's slice holds.
  await db.execute(sql`analyze unit_ancestors, rollup_placements, rollup_levels, rollup_effects, rollup_closures`);
}

/** On opening a database: builds the rollups if they have never been built (a database from before them). */
export async function ensureRollups(db: DbOrTx): Promise<boolean> {
  const [state] = await queryRows<{ units: boolean; indexed: boolean; rounds: boolean; rolled: boolean }>(db, sql`
    select exists (select 1 from units) as units, exists (select 1 from unit_ancestors) as indexed,
      exists (select 1 from rounds) as rounds, exists (select 1 from rollup_placements) as rolled`);
  if (!state || (state.units === state.indexed && (!state.rounds || state.rolled))) {
    // Closure pairs came later than the other rollups: a database from between them gets its pairs now.
    const [pairs] = await queryRows<{ missing: boolean }>(db, sql`
      select (select count(*) from rounds) > 1 and not exists (select 1 from rollup_closure_pairs) as missing`);
    if (!pairs?.missing) return false;
    await syncClosurePairs(db);
    return true;
  }
  await rebuildAllRollups(db);
  return true;
}

/**
 * Runs a write of these people's answers in a round and moves the rollups by what it changed.
 * The people's rows are locked first, so two writes for the same person (two tabs) cannot both
 * read the same "before". Must run inside a transaction.
 */
export async function withPeopleRollups<T>(tx: DbOrTx, roundId: number, personIds: readonly number[], write: () => Promise<T>): Promise<T> {
  const ids = [...new Set(personIds)].sort((a, b) => a - b);
  if (ids.length === 0) return write();
  await tx.execute(sql`select id from people where id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)}) order by id for update`);
  // The closure pairs this round is part of, as baseline or follow-up.
  const pairs = await queryRows<{ baselineId: number; followUpId: number }>(tx, sql`
    select baseline_round_id as "baselineId", follow_up_round_id as "followUpId" from rollup_closure_pairs
    where baseline_round_id = ${roundId} or follow_up_round_id = ${roundId}`);
  // The pair ending in this round (a save in the latest round: the usual case) comes with the
  // round's own shares in one statement; a pair starting here (a later round exists) on its own.
  const ending = pairs.find((p) => p.followUpId === roundId);
  const others = pairs.filter((p) => p !== ending);
  const closureOf = () => Promise.all(others.map((p) => peopleClosureShares(tx, p.baselineId, p.followUpId, ids)));
  const before = await peopleShares(tx, roundId, ids, ending?.baselineId);
  const closureBefore = await closureOf();
  const result = await write();
  const after = await peopleShares(tx, roundId, ids, ending?.baselineId);
  const closureAfter = await closureOf();
  await applyDifference(tx, roundId, before, after);
  if (ending) await applyClosureDifference(tx, ending.baselineId, roundId, before.closure, after.closure);
  for (const [i, p] of others.entries()) await applyClosureDifference(tx, p.baselineId, p.followUpId, closureBefore[i] ?? [], closureAfter[i] ?? []);
  return result;
}

type Numbers = Record<string, number>;

/** after − before per key, without the keys that did not move; sorted so that locks are taken in one order. */
function difference<R extends Numbers>(before: readonly R[], after: readonly R[], keys: ReadonlyArray<keyof R & string>, values: ReadonlyArray<keyof R & string>): R[] {
  const rows = new Map<string, R>();
  const add = (list: readonly R[], sign: number) => {
    for (const r of list) {
      const key = keys.map((k) => r[k]).join(':');
      const row = rows.get(key) ?? (Object.fromEntries([...keys.map((k) => [k, r[k]]), ...values.map((v) => [v, 0])]) as R);
      for (const v of values) (row as Numbers)[v] = (row[v] as number) + sign * (r[v] as number);
      rows.set(key, row);
    }
  };
  add(before, -1);
  add(after, 1);
  return [...rows.values()]
    .filter((r) => values.some((v) => r[v] !== 0))
    .sort((a, b) => {
      for (const k of keys) if (a[k] !== b[k]) return (a[k] as number) - (b[k] as number);
      return 0;
    });
}

async function applyDifference(tx: DbOrTx, roundId: number, before: RoundShares, after: RoundShares): Promise<void> {
  const placements = difference(before.placements as unknown as Numbers[], after.placements as unknown as Numbers[], ['unitId', 'roleId'], ['population', 'responded']);
  const levels = difference(before.levels as unknown as Numbers[], after.levels as unknown as Numbers[], ['unitId', 'roleId', 'requirementId', 'level'], ['count']);
  const effects = difference(before.effects as unknown as Numbers[], after.effects as unknown as Numbers[], ['unitId', 'questionId', 'value'], ['count']);
  if (placements.length > 0) {
    const emptied = await queryRows<{ unitId: number; roleId: number; empty: boolean }>(tx, sql`
      insert into rollup_placements (round_id, unit_id, role_id, population, responded)
      values ${values(placements.map((r) => [roundId, r.unitId, r.roleId, r.population, r.responded]))}
      on conflict (round_id, unit_id, role_id) do update set
        population = rollup_placements.population + excluded.population, responded = rollup_placements.responded + excluded.responded
      returning unit_id as "unitId", role_id as "roleId", (population = 0 and responded = 0) as empty`).then(onlyEmpty);
    // Rows that fell to nothing go, so a unit without people has no placement rows (as in a rebuild).
    if (emptied.length > 0) {
      await tx.execute(sql`
        delete from rollup_placements where round_id = ${roundId} and population = 0 and responded = 0
          and (unit_id, role_id) in (${values(emptied.map((r) => [r.unitId, r.roleId]))})`);
    }
  }
  if (levels.length > 0) {
    // One row per unit, role and requirement with a column per level.
    const pivot = new Map<string, number[]>();
    for (const r of levels) {
      const key = `${r.unitId}:${r.roleId}:${r.requirementId}`;
      const row = pivot.get(key) ?? [r.unitId as number, r.roleId as number, r.requirementId as number, 0, 0, 0, 0, 0];
      row[3 + (r.level as number)] = (row[3 + (r.level as number)] as number) + (r.count as number);
      pivot.set(key, row);
    }
    const rows = [...pivot.values()];
    const emptied = await queryRows<{ unitId: number; roleId: number; requirementId: number; empty: boolean }>(tx, sql`
      insert into rollup_levels (round_id, unit_id, role_id, requirement_id, l0, l1, l2, l3, l4)
      values ${values(rows.map((r) => [roundId, ...r]))}
      on conflict (round_id, unit_id, role_id, requirement_id) do update set
        l0 = rollup_levels.l0 + excluded.l0, l1 = rollup_levels.l1 + excluded.l1, l2 = rollup_levels.l2 + excluded.l2,
        l3 = rollup_levels.l3 + excluded.l3, l4 = rollup_levels.l4 + excluded.l4
      returning unit_id as "unitId", role_id as "roleId", requirement_id as "requirementId", (l0 = 0 and l1 = 0 and l2 = 0 and l3 = 0 and l4 = 0) as empty`).then(onlyEmpty);
    if (emptied.length > 0) {
      await tx.execute(sql`
        delete from rollup_levels where round_id = ${roundId} and l0 = 0 and l1 = 0 and l2 = 0 and l3 = 0 and l4 = 0
          and (unit_id, role_id, requirement_id) in (${values(emptied.map((r) => [r.unitId, r.roleId, r.requirementId]))})`);
    }
  }
  if (effects.length > 0) {
    const emptied = await queryRows<{ unitId: number; questionId: number; value: number; empty: boolean }>(tx, sql`
      insert into rollup_effects (round_id, unit_id, question_id, value, count)
      values ${values(effects.map((r) => [roundId, r.unitId, r.questionId, r.value, r.count]))}
      on conflict (round_id, unit_id, question_id, value) do update set count = rollup_effects.count + excluded.count
      returning unit_id as "unitId", question_id as "questionId", value::int as value, count = 0 as empty`).then(onlyEmpty);
    if (emptied.length > 0) {
      await tx.execute(sql`
        delete from rollup_effects where round_id = ${roundId} and count = 0
          and (unit_id, question_id, value) in (${values(emptied.map((r) => [r.unitId, r.questionId, r.value]))})`);
    }
  }
}

async function applyClosureDifference(tx: DbOrTx, baselineId: number, followUpId: number, before: readonly ClosureShare[], after: readonly ClosureShare[]): Promise<void> {
  const keys = ['unitId', 'requirementId', 'baselineRoleId', 'followUpRoleId', 'baselineLevel', 'followUpLevel'] as const;
  const rows = difference(before as unknown as Numbers[], after as unknown as Numbers[], [...keys], ['count']);
  if (rows.length === 0) return;
  const emptied = await queryRows<ClosureShare & { empty: boolean }>(tx, sql`
    insert into rollup_closures (baseline_round_id, follow_up_round_id, unit_id, requirement_id, baseline_role_id, follow_up_role_id, baseline_level, follow_up_level, count)
    values ${values(rows.map((r) => [baselineId, followUpId, ...keys.map((k) => r[k]), r.count]))}
    on conflict on constraint rollup_closures_pk do update set count = rollup_closures.count + excluded.count
    returning unit_id as "unitId", requirement_id as "requirementId", baseline_role_id as "baselineRoleId", follow_up_role_id as "followUpRoleId",
      baseline_level::int as "baselineLevel", follow_up_level::int as "followUpLevel", count, count = 0 as empty`).then(onlyEmpty);
  if (emptied.length === 0) return;
  await tx.execute(sql`
    delete from rollup_closures where baseline_round_id = ${baselineId} and follow_up_round_id = ${followUpId} and count = 0
      and (unit_id, requirement_id, baseline_role_id, follow_up_role_id, baseline_level, follow_up_level) in (${values(emptied.map((r) => keys.map((k) => r[k])))})`);
}

/** Rows an upsert left at nothing (its `returning … as empty`): only those need a delete, most writes have none. */
function onlyEmpty<R>(rows: ReadonlyArray<R & { empty: boolean }>): R[] {
  return rows.filter((r) => r.empty);
}

function values(rows: ReadonlyArray<ReadonlyArray<number | undefined>>): SQL {
  return sql.join(rows.map((r) => sql`(${sql.join(r.map((v) => sql`${v}::int`), sql`, `)})`), sql`, `);
}
