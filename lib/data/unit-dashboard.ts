import 'server-only';
import { getDb, type Db } from '@/db/client';
import { notUnderstoodCounts } from '@/db/queries/not-understood';
import { allRounds, requirementList, roleList, roleRequirementList, roundIdsWithAnswers, type RoundRecord } from '@/db/queries/reference-data';
import { closureCounts } from '@/db/queries/round-histograms';
import { subtreeClosureCounts, subtreeLevelCounts, subtreePlacementCounts, subtreeTotals, type SubtreeTotals } from '@/db/queries/rollup-slices';
import { completionMonths, uptakeCounts } from '@/db/queries/uptake-counts';
import { aggregateUnits } from '@/lib/domain/access';
import { gapClosure, type GapClosure } from '@/lib/domain/gap-closure';
import { gapRowOf, gapSumsByRole, gapSumsByRequirement, guardedGapRows, type GapRow } from '@/lib/domain/gap-figures';
import type { CompetenceGuard } from '@/lib/domain/competence-guard';
import { headlineFigures } from '@/lib/domain/headline-figures';
import { headlineRound } from '@/lib/domain/headline-round';
import { levelDistribution, withheldDistribution, type LevelDistribution } from '@/lib/domain/level-distribution';
import { notUnderstoodByRequirement } from '@/lib/domain/not-understood';
import { responseRate } from '@/lib/domain/response-rate';
import { digitalUptake, type DigitalUptake } from '@/lib/domain/uptake';
import { compareCodes, subtreeCodes } from '@/lib/domain/unit-tree';
import type { UnitKind } from '@/lib/domain/enums';
import type { Viewer } from '@/lib/auth/viewer';
import { accessProfile } from './access';
import { NotFoundError } from './errors';
import { competenceGuardFor } from './competence-guard';
import { unitScope } from './scope';
import { minGroupSize } from './settings';
import { todayInSweden } from '@/lib/clock/clock';

export interface DashboardHeadline {
  population: number;
  responded: number;
  rate: number | null;
  meetsShare: number | null;
  meanGap: number | null;
  /** Null only where the k rule withholds the competence figures (then `suppressed`). */
  gapVolume: number | null;
  /** The k rule withholds meetsShare, meanGap and gapVolume; the response figures stay. */
  suppressed?: true;
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
  /** Child unit × requirement (each child with everything below it), for drilling down by unit. */
  unitHeatmap: Array<{ unit: { code: string; name: string }; cells: GapRow[] }>;
  /** The headline figures of every round up to the one shown that has answers, oldest first. */
  trend: Array<{ round: { code: string; name: string }; headline: DashboardHeadline }>;
  /** One row per requirement: the same rows as `report gaps`. */
  gaps: GapRow[];
  distribution: LevelDistribution[];
  closure: GapClosure[];
  uptake: (DigitalUptake & { from: string; to: string }) | null;
  notUnderstood: Array<{ requirement: string; count: number }>;
  /**
   * Set for a viewer under the k rule on competence figures (staff, steering group): rows of fewer
   * than k people are withheld, and gap closure and "jag förstår inte" are not shown at all.
   */
  kRule: { k: number } | null;
}

export interface DashboardFilters {
  unit: string;
  round?: string | null;
  role?: string | null;
  area?: string | null;
}

/** What every part of the dashboard needs: the unit (access checked), the round, the filters. */
async function dashboardContext(viewer: Viewer, filters: DashboardFilters) {
  const db = await getDb();
  const scope = await unitScope(db, viewer, filters.unit);
  const [rounds, access, withAnswers, requirements, roles, roleRequirements, guardOf] = await Promise.all([
    allRounds(db), accessProfile(db, viewer), roundIdsWithAnswers(db), requirementList(db), roleList(db), roleRequirementList(db),
    competenceGuardFor(db, viewer, scope.unit.code),
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
  /** A unit's (the scope's or a child's) headline for a round, under the k rule where `guard` is set. */
  const headlineOf = (unitCode: string, f: RoundFigures, guard: CompetenceGuard | null): DashboardHeadline => {
    const codes = unitCode === scope.unit.code ? scope.codes : subtreeCodes(scope.units, unitCode);
    const sums = gapSumsByRole({ ...f, roleRequirements: filteredRoleRequirements, scope: codes, roles: roleFilter });
    const rate = responseRate(roleFilter ? f.placements.filter((p) => roleFilter.has(p.role)) : f.placements, codes);
    const h = headlineFigures(sums);
    const headline = { population: rate.population, responded: rate.responded, rate: rate.rate, meetsShare: h.meetsShare, meanGap: h.meanGap, gapVolume: sums.reduce((a, s) => a + s.gapSum, 0) };
    if (!guard) return headline;
    const shown = guard.headlineShown(unitCode, { requirements: filters.area ? areaRequirements : undefined, role: filters.role ?? undefined });
    return shown ? headline : { ...headline, meetsShare: null, meanGap: null, gapVolume: null, suppressed: true };
  };
  const guardFor = async (roundId: number) => (guardOf ? guardOf(roundId) : null);
  const kRule = guardOf ? { k: await minGroupSize(db) } : null;
  return { db, scope, rounds, withAnswers, roles, round, previous, childUnits, areaRequirements, roleFilter, filteredRoleRequirements, base, headlineOf, guardFor, kRule };
}

export type UnitDashboardSummary = Pick<UnitDashboard, 'unit' | 'breadcrumbs' | 'rounds' | 'round' | 'previousRound' | 'filters' | 'requirements' | 'headline' | 'previousHeadline' | 'kRule'>;

/**
 * The top of the dashboard, cheap enough to send first: the unit (access checked here, so an
 * out-of-scope unit is a 404 before anything streams), the filters and the headline figures with
 * the previous round's. The page streams the rest from getUnitDashboard under Suspense.
 */
export async function getUnitDashboardSummary(viewer: Viewer, filters: DashboardFilters): Promise<UnitDashboardSummary> {
  const { db, scope, round, previous, base, headlineOf, guardFor, kRule } = await dashboardContext(viewer, filters);
  if (!round) return { ...base, headline: null, previousHeadline: null, kRule };
  // The headline needs the unit's subtree as a whole: its own rollup rows, not every child's.
  const totals = await subtreeTotals(db, previous ? [round.id, previous.id] : [round.id], scope.unit.id);
  const figures = totals.get(round.id) as SubtreeTotals;
  const previousFigures = previous ? totals.get(previous.id) : undefined;
  return {
    ...base,
    headline: headlineOf(scope.unit.code, figures, await guardFor(round.id)),
    previousHeadline: previous && previousFigures ? headlineOf(scope.unit.code, previousFigures, await guardFor(previous.id)) : null,
    kRule,
  };
}

/**
 * A unit and everything below it for one round: headline figures with the change since the
 * previous round, roles × requirements, level distributions, gap closure, digital uptake and
 * "jag förstår inte frågan". Chefs: their own units; HR and administrators: any.
 */
export async function getUnitDashboard(viewer: Viewer, filters: DashboardFilters): Promise<UnitDashboard> {
  const { db, scope, rounds, withAnswers, roles, round, previous, childUnits, areaRequirements, roleFilter, filteredRoleRequirements, base, headlineOf, guardFor, kRule } =
    await dashboardContext(viewer, filters);
  if (!round) {
    return { ...base, children: childUnits.map((u) => ({ code: u.code, name: u.name, kind: u.kind, ...emptyHeadline() })), headline: null, previousHeadline: null, heatmap: [], unitHeatmap: [], trend: [], gaps: [], distribution: [], closure: [], uptake: null, notUnderstood: [], kRule };
  }

  // This round per child (the child units and their heat table); earlier rounds, for the trend and
  // the change since the previous round, only as the whole subtree, all in one read.
  const earlier = rounds.slice(0, rounds.indexOf(round)).filter((r) => withAnswers.has(r.id));
  const [figures, figuresOf] = await Promise.all([
    roundFigures(db, round, scope.unit.id),
    subtreeTotals(db, [...new Set([...earlier.map((r) => r.id), ...(previous ? [previous.id] : [])])], scope.unit.id),
  ]);
  const input = (codes: ReadonlySet<string>) => ({ ...figures, roleRequirements: filteredRoleRequirements, scope: codes, roles: roleFilter });
  const previousFigures = previous ? (figuresOf.get(previous.id) ?? null) : null;
  const byRole = gapSumsByRole(input(scope.codes));
  const roleName = new Map(roles.map((r) => [r.code, r.name]));
  const heatmapRoles = [...new Set(byRole.map((s) => s.role as string))].sort(compareCodes);
  const until = round.closesOn < todayInSweden() ? round.closesOn : todayInSweden();
  const from = yearBefore(until);
  const [people, months, confused, closureRows] = await Promise.all([
    uptakeCounts(db, from, until),
    completionMonths(db, from, until),
    notUnderstoodCounts(db, round.id),
    previous ? previousClosure(db, previous.id, round.id, scope.unit.id) : Promise.resolve([]),
  ]);

  // The k rule for staff and steering groups: every row of fewer than k people withheld, over the tree.
  const guard = await guardFor(round.id);
  const guarded = (unitCode: string, rows: GapRow[]) => (guard ? guardedGapRows(rows, guard, unitCode, filters.role ?? undefined) : rows);
  const headline = headlineOf(scope.unit.code, figures, guard);
  const trendGuards = new Map(await Promise.all(earlier.map(async (r) => [r.id, await guardFor(r.id)] as const)));
  return {
    ...base,
    children: childUnits.map((u) => ({ code: u.code, name: u.name, kind: u.kind, ...headlineOf(u.code, figures, guard) })),
    headline,
    previousHeadline: previous && previousFigures ? headlineOf(scope.unit.code, previousFigures, trendGuards.get(previous.id) ?? (await guardFor(previous.id))) : null,
    heatmap: heatmapRoles.map((role) => ({
      role: { code: role, name: roleName.get(role) ?? role },
      cells: guarded(scope.unit.code, byRole.filter((s) => s.role === role).map(gapRowOf).sort((a, b) => compareCodes(a.requirement, b.requirement))),
    })),
    unitHeatmap: childUnits.map((u) => ({
      unit: { code: u.code, name: u.name },
      cells: guarded(u.code, gapSumsByRequirement(gapSumsByRole(input(subtreeCodes(scope.units, u.code)))).map(gapRowOf).sort((a, b) => compareCodes(a.requirement, b.requirement))),
    })),
    trend: [
      ...earlier.flatMap((r) => {
        const f = figuresOf.get(r.id);
        return f ? [{ round: { code: r.code, name: r.name }, headline: headlineOf(scope.unit.code, f, trendGuards.get(r.id) ?? null) }] : [];
      }),
      { round: { code: round.code, name: round.name }, headline },
    ],
    gaps: guarded(scope.unit.code, gapSumsByRequirement(byRole).map(gapRowOf).sort((a, b) => compareCodes(a.requirement, b.requirement))),
    distribution: levelDistribution(figures.levels, filteredRoleRequirements, scope.codes, roleFilter).map((d) =>
      !guard || guard.requirementShown(scope.unit.code, d.requirement, filters.role ?? undefined) ? d : withheldDistribution(d),
    ),
    // Gap closure and "jag förstår inte" are tools for those who may follow up on individuals.
    closure: guard ? [] : gapClosure(closureRows, scope.codes).filter((c) => areaRequirements.has(c.requirement)),
    uptake: { from, to: until, ...digitalUptake(people, months, scope.codes) },
    notUnderstood: guard ? [] : notUnderstoodByRequirement(confused, scope.codes).filter((c) => areaRequirements.has(c.requirement)),
    kRule,
  };
}

type RoundFigures = Awaited<ReturnType<typeof roundFigures>>;

/** Gap closure since the previous round: from the rollups, or counted from the answers where that pair is not rolled up. */
async function previousClosure(db: Db, baselineId: number, followUpId: number, unitId: number) {
  return (await subtreeClosureCounts(db, baselineId, followUpId, unitId)) ?? closureCounts(db, baselineId, followUpId, unitId);
}

async function roundFigures(db: Db, round: RoundRecord, unitId: number) {
  // From the rollups: a few rows for the unit and its children, however many people are below.
  const [placements, levels] = await Promise.all([subtreePlacementCounts(db, round.id, unitId), subtreeLevelCounts(db, round.id, unitId)]);
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
