import 'server-only';
import { getDb } from '@/db/client';
import { courseLinks, roleRequirementList } from '@/db/queries/reference-data';
import { subtreeLevelCounts, subtreePlacementCounts } from '@/db/queries/rollup-slices';
import { gapReport, guardedGapRows, type GapGrouping, type GapRow } from '@/lib/domain/gap-figures';
import { trainingPriorities } from '@/lib/domain/priorities';
import { compareCodes } from '@/lib/domain/unit-tree';
import type { Viewer } from '@/lib/auth/viewer';
import { competenceGuardFor } from './competence-guard';
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
  const rows = gapReport({ placements, levels, roleRequirements, scope: scope.codes }, args.by);
  // An API key (or anyone who may not see the individuals) gets the k rule on every row.
  const guard = await competenceGuardFor(db, viewer, scope.unit.code);
  return { round: round.code, unit: scope.unit.code, rows: guard ? guardedGapRows(rows, await guard(round.id), scope.unit.code) : rows };
}

export interface PriorityReport {
  round: string;
  unit: string;
  /** A row the k rule withholds has `suppressed: true` and null figures; its courses are every course linked to it. */
  rows: Array<{ requirement: string; priority: number | null; gapVolume: number | null; assessed: number | null; courses: string[]; suppressed?: true }>;
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
  const factory = await competenceGuardFor(db, viewer, scope.unit.code);
  const guard = factory ? await factory(round.id) : null;
  return {
    round: round.code,
    unit: scope.unit.code,
    rows: withheldLast(
      rows.map(({ requirement, priority, gapVolume, assessed, courses }) =>
        !guard || guard.requirementShown(scope.unit.code, requirement)
          ? { requirement, priority, gapVolume, assessed, courses }
          : // The courses of a withheld row as where nobody is assessed: every linked course, so they reveal no mean level.
            { requirement, priority: null, gapVolume: null, assessed: null, courses: [...new Set(links.filter((l) => l.requirement === requirement).map((l) => l.course))].sort(compareCodes), suppressed: true as const },
      ),
    ),
  };
}

/** Withheld rows after the ranked ones, by code: their place in the ranking would say something. */
function withheldLast<R extends { requirement: string; suppressed?: true }>(rows: R[]): R[] {
  return [...rows.filter((r) => !r.suppressed), ...rows.filter((r) => r.suppressed).sort((a, b) => compareCodes(a.requirement, b.requirement))];
}
