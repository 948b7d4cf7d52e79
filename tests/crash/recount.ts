// After a crash run: do the rollups the dashboards read still equal a full recount from the
// answers? For every unit's subtree: population and respondents, levels, and gap closure against
// the round before (when that pair is rolled up). Returns the differences in plain words.
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '@/db/client';
import { closureCounts, levelCounts, placementCounts } from '@/db/queries/round-histograms';
import { subtreeClosureCounts, subtreeLevelCounts, subtreePlacementCounts } from '@/db/queries/rollup-slices';

/** Sums rows by every field but the unit (the subtree's total), dropping zeros. */
function totals<R extends object>(rows: readonly R[], value: (r: R) => number): Record<string, number> {
  const m = new Map<string, number>();
  for (const r of rows) {
    const k = Object.entries(r).filter(([f]) => f !== 'unit' && f !== 'count' && f !== 'population' && f !== 'responded').sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => String(v)).join(':');
    m.set(k, (m.get(k) ?? 0) + value(r));
  }
  return Object.fromEntries([...m].filter(([, v]) => v !== 0).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function differences(label: string, rolled: Record<string, number>, counted: Record<string, number>): string[] {
  const keys = new Set([...Object.keys(rolled), ...Object.keys(counted)]);
  return [...keys].filter((k) => rolled[k] !== counted[k]).map((k) => `${label} ${k}: rollup ${rolled[k] ?? 0}, recount ${counted[k] ?? 0}`);
}

export async function rollupMismatches(db: DbOrTx, roundId: number): Promise<string[]> {
  const units = await queryRows<{ id: number; code: string }>(db, sql`select id, code from units order by id`);
  const [previous] = await queryRows<{ id: number }>(db, sql`
    select b.id from rounds b, rounds f where f.id = ${roundId} and b.id <> f.id and (b.opens_on, b.id) < (f.opens_on, f.id)
    order by b.opens_on desc, b.id desc limit 1`);
  const out: string[] = [];
  for (const unit of units) {
    out.push(...differences(`${unit.code} levels`, totals(await subtreeLevelCounts(db, roundId, unit.id), (r) => r.count), totals(await levelCounts(db, roundId, unit.id), (r) => r.count)));
    const placed = (r: { population: number; responded: number }) => r.population * 1e6 + r.responded;
    out.push(...differences(`${unit.code} population×1e6+respondents`, totals(await subtreePlacementCounts(db, roundId, unit.id), placed), totals(await placementCounts(db, roundId, unit.id), placed)));
    if (previous) {
      const rolled = await subtreeClosureCounts(db, previous.id, roundId, unit.id);
      if (rolled) out.push(...differences(`${unit.code} gap closure`, totals(rolled, (r) => r.count), totals(await closureCounts(db, previous.id, roundId, unit.id), (r) => r.count)));
    }
  }
  return out;
}
