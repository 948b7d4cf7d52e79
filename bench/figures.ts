// The figures a dashboard, the HR priorities and the effect report compute, for one unit and the
// latest round: once from the rollups and once from a plain GROUP BY over the answers, with the
// same domain functions, so the difference is only where the histograms come from.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '@/db/client';
import { effectCounts } from '@/db/queries/effect-counts';
import { allUnits, courseLinks, roleRequirementList } from '@/db/queries/reference-data';
import { levelCounts, placementCounts } from '@/db/queries/round-histograms';
import { effectSlice, subtreeLevelCounts, subtreePlacementCounts, subtreeTotals } from '@/db/queries/rollup-slices';
import { unitEffectFigures } from '@/lib/domain/effect-figures';
import { gapSumsByRequirement, gapSumsByRole } from '@/lib/domain/gap-figures';
import { headlineFigures } from '@/lib/domain/headline-figures';
import { trainingPriorities } from '@/lib/domain/priorities';
import { subtreeCodes } from '@/lib/domain/unit-tree';
import { timeIt, type Timing } from './stats';

export type Source = 'rollups' | 'group by';
export interface FigureTarget { label: string; unitId: number; code: string }

export interface FigureTiming {
  figure: 'enhetsdashboard' | 'HR-prioriteringar' | 'effektmått';
  unit: string;
  rollups: Timing;
  groupBy: Timing;
  /** Whether both ways gave the same figures (they must). */
  same: boolean;
}

export async function benchTargets(db: Db): Promise<FigureTarget[]> {
  const [root] = await queryRows<{ id: number; code: string }>(db, sql`select id, code from units where parent_id is null order by id limit 1`);
  const [leaf] = await queryRows<{ id: number; code: string }>(db, sql`
    select id, code from units u where not exists (select 1 from units c where c.parent_id = u.id) order by id desc limit 1`);
  if (!root || !leaf) throw new Error('Databasen har inga enheter: kör npm run bench:data först');
  return [{ label: 'roten', unitId: root.id, code: root.code }, { label: 'en enhet', unitId: leaf.id, code: leaf.code }];
}

export async function benchFigures(db: Db, target: FigureTarget, options: { rollupRuns: number; groupByRuns: number; budgetMs: number }): Promise<FigureTiming[]> {
  const [round] = await queryRows<{ id: number }>(db, sql`select id from rounds where exists (select 1 from assessments a where a.round_id = rounds.id) order by closes_on desc limit 1`);
  const [question] = await queryRows<{ id: number }>(db, sql`select id from effect_questions where code = 'strengthened'`);
  if (!round || !question) throw new Error('Ingen omgång med svar');
  const [units, roleRequirements, links] = await Promise.all([allUnits(db), roleRequirementList(db), courseLinks(db)]);
  const histograms = async (source: Source) =>
    source === 'rollups'
      ? Promise.all([subtreePlacementCounts(db, round.id, target.unitId), subtreeLevelCounts(db, round.id, target.unitId)])
      : Promise.all([placementCounts(db, round.id, target.unitId), levelCounts(db, round.id, target.unitId)]);
  // The dashboard's headline and per-requirement table need the unit's subtree as a whole: the
  // page reads the unit's own rollup rows (subtreeTotals), not the slice with every child.
  const dashboard = async (source: Source) => {
    const [placements, levels] = source === 'rollups'
      ? await subtreeTotals(db, [round.id], target.unitId).then((t) => [t.get(round.id)?.placements ?? [], t.get(round.id)?.levels ?? []] as const)
      : await histograms(source);
    const sums = gapSumsByRole({ placements, levels, roleRequirements, scope: subtreeCodes(units, target.code) });
    const byRequirement = gapSumsByRequirement(sums).sort((a, b) => (a.requirement < b.requirement ? -1 : 1));
    return { headline: headlineFigures(sums), gaps: byRequirement };
  };
  const priorities = async (source: Source) => {
    const [placements, levels] = await histograms(source);
    return trainingPriorities({ placements, levels, roleRequirements, scope: subtreeCodes(units, target.code) }, links);
  };
  const effect = async (source: Source) => {
    if (source === 'rollups') {
      const slice = await effectSlice(db, round.id, question.id, target.unitId);
      return unitEffectFigures(slice.units, slice.counts, target.code, 5);
    }
    return unitEffectFigures(units, await effectCounts(db, round.id, question.id), target.code, 5);
  };
  const out: FigureTiming[] = [];
  for (const [figure, fn] of [['enhetsdashboard', dashboard], ['HR-prioriteringar', priorities], ['effektmått', effect]] as const) {
    const same = JSON.stringify(await fn('rollups')) === JSON.stringify(await fn('group by'));
    const rollups = await timeIt(() => fn('rollups'), { runs: options.rollupRuns, budgetMs: options.budgetMs });
    const groupBy = await timeIt(() => fn('group by'), { runs: options.groupByRuns, warmup: 1, budgetMs: options.budgetMs });
    out.push({ figure, unit: target.label, rollups, groupBy, same });
  }
  return out;
}
