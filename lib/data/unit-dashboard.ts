import 'server-only';
import { getDb, type Db } from '@/db/client';
import { notUnderstoodCounts } from '@/db/queries/not-understood';
import { allRounds, requirementList, roleList, roleRequirementList, roundIdsWithAnswers, type RoundRecord } from '@/db/queries/reference-data';
import { closureCounts, levelCounts, placementCounts } from '@/db/queries/round-histograms';
import { completionMonths, uptakeCounts } from '@/db/queries/uptake-counts';
import { aggregateUnits } from '@/lib/domain/access';
import { gapClosure, type GapClosure } from '@/lib/domain/gap-closure';
import { gapRowOf, gapSumsByRole, gapSumsByRequirement, type GapRow } from '@/lib/domain/gap-figures';
import { headlineFigures } from '@/lib/domain/headline-figures';
import { headlineRound } from '@/lib/domain/headline-round';
import { levelDistribution, type LevelDistribution } from '@/lib/domain/level-distribution';
import { notUnderstoodByRequirement } from '@/lib/domain/not-understood';
import { responseRate } from '@/lib/domain/response-rate';
import { digitalUptake, type DigitalUptake } from '@/lib/domain/uptake';
import { compareCodes, subtreeCodes } from '@/lib/domain/unit-tree';
import type { UnitKind } from '@/lib/domain/enums';
import type { Viewer } from '@/lib/auth/viewer';
import { accessProfile } from './access';
import { NotFoundError } from './errors';
import { unitScope } from './scope';
import { todayInSweden } from './today';

export interface DashboardHeadline {
  population: number;
  responded: number;
  rate: number | null;
  meetsShare: number | null;
  meanGap: number | null;
  gapVolume: number;
}

export interface UnitDashboard {
  unit: { code: string; name: string; kind: UnitKind };
  /** Visible units above, the top first. */
  breadcrumbs: Array<{ code: string; name: string }>;
  /** Visible units directly below, with their headline figures for the round. */
  children: Array<{ code: string; name: string; kind: UnitKind } & DashboardHeadline>;
  rounds: Array<{ code: string; name: string }>;
  round: { code: string; name: string; opensOn: string; closesOn: string; open: boolean } | null;
  previousRound: { code: string; name: string } | null;
  filters: { role: string | null; area: string | null; roles: Array<{ code: string; name: string }>; areas: string[] };
  headline: DashboardHeadline | null;
  previousHeadline: DashboardHeadline | null;
  requirements: Array<{ code: string; name: string; area: string | null }>;
  /** Role × requirement: the same rows as `report gaps --by role-requirement`. */
  heatmap: Array<{ role: { code: string; name: string }; cells: GapRow[] }>;
  /** One row per requirement: the same rows as `report gaps`. */
  gaps: GapRow[];
  distribution: LevelDistribution[];
  closure: GapClosure[];
  uptake: (DigitalUptake & { from: string; to: string }) | null;
  notUnderstood: Array<{ requirement: string; count: number }>;
}

export interface DashboardFilters {
  unit: string;
  round?: string | null;
  role?: string | null;
  area?: string | null;
}

/**
 * A unit and everything below it for one round: headline figures with the change since the
 * previous round, roles × requirements, level distributions, gap closure, digital uptake and
 * "jag förstår inte frågan". Chefs: their own units; HR and administrators: any.
 */
export async function getUnitDashboard(viewer: Viewer, filters: DashboardFilters): Promise<UnitDashboard> {
  const db = await getDb();
  const scope = await unitScope(db, viewer, filters.unit);
  const [rounds, access, withAnswers, requirements, roles, roleRequirements] = await Promise.all([
    allRounds(db), accessProfile(db, viewer), roundIdsWithAnswers(db), requirementList(db), roleList(db), roleRequirementList(db),
  ]);
  const round = filters.round ? rounds.find((r) => r.code === filters.round) : headlineRound(rounds, withAnswers, todayInSweden());
  if (filters.round && !round) throw new NotFoundError('Omgången', filters.round);
  const previous = round ? rounds[rounds.indexOf(round) - 1] : undefined;

  const visible = aggregateUnits(access, scope.units);
  const byCode = new Map(scope.units.map((u) => [u.code, u]));
  const breadcrumbs: Array<{ code: string; name: string }> = [];
  for (let p = scope.unit.parentCode; p && visible.has(p); p = byCode.get(p)?.parentCode ?? null) {
    const u = byCode.get(p);
    if (u) breadcrumbs.unshift({ code: u.code, name: u.name });
  }
  const childUnits = scope.units.filter((u) => u.parentCode === scope.unit.code).sort((a, b) => compareCodes(a.code, b.code));

  const areaRequirements = new Set(requirements.filter((r) => !filters.area || r.area === filters.area).map((r) => r.code));
  const roleFilter = filters.role ? new Set([filters.role]) : undefined;
  const filteredRoleRequirements = roleRequirements.filter((rr) => areaRequirements.has(rr.requirement));
  const base = {
    unit: { code: scope.unit.code, name: scope.unit.name, kind: scope.unit.kind },
    breadcrumbs,
    rounds: rounds.map((r) => ({ code: r.code, name: r.name })),
    round: round ? { code: round.code, name: round.name, opensOn: round.opensOn, closesOn: round.closesOn, open: round.closesOn >= todayInSweden() && round.opensOn <= todayInSweden() } : null,
    previousRound: previous ? { code: previous.code, name: previous.name } : null,
    filters: {
      role: filters.role ?? null,
      area: filters.area ?? null,
      roles: roles.filter((r) => roleRequirements.some((rr) => rr.role === r.code)),
      areas: [...new Set(requirements.map((r) => r.area).filter((a): a is string => a !== null))].sort(compareCodes),
    },
    requirements: requirements.filter((r) => areaRequirements.has(r.code)),
  };
  if (!round) {
    return { ...base, children: childUnits.map((u) => ({ code: u.code, name: u.name, kind: u.kind, ...emptyHeadline() })), headline: null, previousHeadline: null, heatmap: [], gaps: [], distribution: [], closure: [], uptake: null, notUnderstood: [] };
  }

  const figures = await roundFigures(db, round, scope.unit.id);
  const input = (codes: ReadonlySet<string>) => ({ ...figures, roleRequirements: filteredRoleRequirements, scope: codes, roles: roleFilter });
  const headlineOf = (codes: ReadonlySet<string>, f = figures): DashboardHeadline => {
    const sums = gapSumsByRole({ ...f, roleRequirements: filteredRoleRequirements, scope: codes, roles: roleFilter });
    const rate = responseRate(roleFilter ? f.placements.filter((p) => roleFilter.has(p.role)) : f.placements, codes);
    const h = headlineFigures(sums);
    return { population: rate.population, responded: rate.responded, rate: rate.rate, meetsShare: h.meetsShare, meanGap: h.meanGap, gapVolume: sums.reduce((a, s) => a + s.gapSum, 0) };
  };
  const previousFigures = previous ? await roundFigures(db, previous, scope.unit.id) : null;
  const byRole = gapSumsByRole(input(scope.codes));
  const roleName = new Map(roles.map((r) => [r.code, r.name]));
  const heatmapRoles = [...new Set(byRole.map((s) => s.role as string))].sort(compareCodes);
  const until = round.closesOn < todayInSweden() ? round.closesOn : todayInSweden();
  const from = yearBefore(until);
  const [people, months, confused, closureRows] = await Promise.all([
    uptakeCounts(db, from, until),
    completionMonths(db, from, until),
    notUnderstoodCounts(db, round.id),
    previous ? closureCounts(db, previous.id, round.id, scope.unit.id) : Promise.resolve([]),
  ]);

  return {
    ...base,
    children: childUnits.map((u) => ({ code: u.code, name: u.name, kind: u.kind, ...headlineOf(subtreeCodes(scope.units, u.code)) })),
    headline: headlineOf(scope.codes),
    previousHeadline: previousFigures ? headlineOf(scope.codes, previousFigures) : null,
    heatmap: heatmapRoles.map((role) => ({
      role: { code: role, name: roleName.get(role) ?? role },
      cells: byRole.filter((s) => s.role === role).map(gapRowOf).sort((a, b) => compareCodes(a.requirement, b.requirement)),
    })),
    gaps: gapSumsByRequirement(byRole).map(gapRowOf).sort((a, b) => compareCodes(a.requirement, b.requirement)),
    distribution: levelDistribution(figures.levels, filteredRoleRequirements, scope.codes, roleFilter),
    closure: gapClosure(closureRows, scope.codes).filter((c) => areaRequirements.has(c.requirement)),
    uptake: { from, to: until, ...digitalUptake(people, months, scope.codes) },
    notUnderstood: notUnderstoodByRequirement(confused, scope.codes).filter((c) => areaRequirements.has(c.requirement)),
  };
}

async function roundFigures(db: Db, round: RoundRecord, unitId: number) {
  const [placements, levels] = await Promise.all([placementCounts(db, round.id, unitId), levelCounts(db, round.id, unitId)]);
  return { placements, levels };
}

function emptyHeadline(): DashboardHeadline {
  return { population: 0, responded: 0, rate: null, meetsShare: null, meanGap: null, gapVolume: 0 };
}

/** The first day of the twelve months that end on `date` (both included). */
function yearBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
