import 'server-only';
import { getDb } from '@/db/client';
import { courseLinks, roleRequirementList } from '@/db/queries/reference-data';
import { subtreeLevelCounts, subtreePlacementCounts } from '@/db/queries/rollup-slices';
import { gapReport, type GapGrouping, type GapRow } from '@/lib/domain/gap-figures';
import { trainingPriorities } from '@/lib/domain/priorities';
import type { Viewer } from '@/lib/auth/viewer';
import { requireRound, unitScope } from './scope';

export interface GapReport {
  round: string;
  unit: string;
  rows: GapRow[];
}

export async function getGapReport(viewer: Viewer, args: { round: string; unit: string; by: GapGrouping }): Promise<GapReport> {
  const db = await getDb();
  const scope = await unitScope(db, viewer, args.unit);
  const round = await requireRound(db, args.round);
  const [placements, levels, roleRequirements] = await Promise.all([
    subtreePlacementCounts(db, round.id, scope.unit.id),
    subtreeLevelCounts(db, round.id, scope.unit.id),
    roleRequirementList(db),
  ]);
  return {
    round: round.code,
    unit: scope.unit.code,
    rows: gapReport({ placements, levels, roleRequirements, scope: scope.codes }, args.by),
  };
}

export interface PriorityReport {
  round: string;
  unit: string;
  rows: Array<{ requirement: string; priority: number; gapVolume: number; assessed: number; courses: string[] }>;
}

export async function getPriorityReport(viewer: Viewer, args: { round: string; unit: string }): Promise<PriorityReport> {
  const db = await getDb();
  const scope = await unitScope(db, viewer, args.unit);
  const round = await requireRound(db, args.round);
  const [placements, levels, roleRequirements, links] = await Promise.all([
    subtreePlacementCounts(db, round.id, scope.unit.id),
    subtreeLevelCounts(db, round.id, scope.unit.id),
    roleRequirementList(db),
    courseLinks(db),
  ]);
  const rows = trainingPriorities({ placements, levels, roleRequirements, scope: scope.codes }, links);
  return {
    round: round.code,
    unit: scope.unit.code,
    rows: rows.map(({ requirement, priority, gapVolume, assessed, courses }) => ({ requirement, priority, gapVolume, assessed, courses })),
  };
}
