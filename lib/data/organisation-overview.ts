import 'server-only';
import { getDb } from '@/db/client';
import { allRounds, allUnits, roundIdsWithAnswers, type UnitRecord } from '@/db/queries/reference-data';
import { unitHeadlineCounts, type UnitHeadlineCounts } from '@/db/queries/rollup-slices';
import { headlineRound } from '@/lib/domain/headline-round';
import { todayInSweden } from '@/lib/clock/clock';
import type { UnitKind } from '@/lib/domain/enums';
import { headlineFromRequiredLevels } from '@/lib/domain/headline-figures';
import { responseRate } from '@/lib/domain/response-rate';
import { childrenByParent, compareCodes } from '@/lib/domain/unit-tree';
import type { Viewer } from '@/lib/auth/viewer';
import { aggregateUnits, canSeeIndividual } from '@/lib/domain/access';
import { competenceGuard } from '@/lib/domain/competence-guard';
import { assessedCounts } from '@/db/queries/rollup-slices';
import { minGroupSize } from './settings';
import { accessProfile } from './access';

export interface OverviewRound {
  code: string;
  name: string;
  /** ISO dates (YYYY-MM-DD). */
  opensOn: string;
  closesOn: string;
}

/** One unit with its figures over itself and everything below it, for the overview's round. */
export interface OverviewUnit {
  code: string;
  name: string;
  kind: UnitKind;
  population: number;
  responded: number;
  rate: number | null;
  meetsShare: number | null;
  meanGap: number | null;
  /** The k rule withholds meetsShare and meanGap for this viewer (staff, steering group). */
  suppressed?: true;
  children: OverviewUnit[];
}

export interface OrganisationOverview {
  /** The latest round by opening date; null when there is none. */
  round: OverviewRound | null;
  /** The top units of the tree (normally one kommun), children sorted by code. */
  tree: OverviewUnit[];
}

/** The start page: the whole organisation with response rate and headline gap figures per unit. */
export async function getOrganisationOverview(viewer: Viewer): Promise<OrganisationOverview> {
  const db = await getDb();
  const [allOfThem, rounds, access] = await Promise.all([allUnits(db), allRounds(db), accessProfile(db, viewer)]);
  // Only the units whose aggregates the viewer may see; their roots become the tree's roots.
  const visible = aggregateUnits(access, allOfThem);
  const units = allOfThem.filter((u) => visible.has(u.code));
  // allRounds is ordered by opens_on, then code.
  const latest = headlineRound(rounds, await roundIdsWithAnswers(db), todayInSweden());
  if (!latest || units.length === 0) return { round: latest && units.length ? toRound(latest) : null, tree: buildTree(units, new Map()) };

  // Every unit's subtree from the rollups in two reads, a few rows per unit.
  const tree = buildTree(units, await unitHeadlineCounts(db, latest.id));
  // The k rule where the viewer may not open the individual answers (a staff member's own unit,
  // a steering group's project units); a chef's own units and HR's stay as they are.
  const restricted = units.filter((u) => !canSeeIndividual({ ...access, selfPersonId: null }, allOfThem, { id: -1, unitCode: u.code }));
  if (restricted.length === 0) return { round: toRound(latest), tree };
  const guard = competenceGuard(allOfThem, await assessedCounts(db, latest.id), await minGroupSize(db));
  const hide = new Set(restricted.filter((u) => !guard.headlineShown(u.code)).map((u) => u.code));
  const withhold = (u: OverviewUnit): OverviewUnit => ({
    ...u,
    ...(hide.has(u.code) ? { meetsShare: null, meanGap: null, suppressed: true as const } : {}),
    children: u.children.map(withhold),
  });
  return { round: toRound(latest), tree: tree.map(withhold) };
}

function toRound(r: OverviewRound): OverviewRound {
  return { code: r.code, name: r.name, opensOn: r.opensOn, closesOn: r.closesOn };
}

function buildTree(units: readonly UnitRecord[], counts: ReadonlyMap<string, UnitHeadlineCounts>): OverviewUnit[] {
  const known = new Set(units.map((u) => u.code));
  // A unit whose parent is missing is shown as a top unit rather than dropped.
  const nodes = units.map((u) => ({ code: u.code, parentCode: u.parentCode !== null && known.has(u.parentCode) ? u.parentCode : null }));
  const children = childrenByParent(nodes);
  const byCode = new Map(units.map((u) => [u.code, u]));

  const visit = (code: string, seen: Set<string>): OverviewUnit | null => {
    const unit = byCode.get(code);
    if (!unit || seen.has(code)) return null; // a cycle in imported data must not hang the page
    seen.add(code);
    const own = counts.get(code) ?? { population: 0, responded: 0, levels: [] };
    // The rollup row of a unit is its whole subtree, under its own code.
    const rate = responseRate([{ unit: code, role: '', population: own.population, responded: own.responded }], new Set([code]));
    const headline = headlineFromRequiredLevels(own.levels);
    return {
      code: unit.code,
      name: unit.name,
      kind: unit.kind,
      population: rate.population,
      responded: rate.responded,
      rate: rate.rate,
      meetsShare: headline.meetsShare,
      meanGap: headline.meanGap,
      children: sortedCodes(children.get(code)).flatMap((c) => visit(c, seen) ?? []),
    };
  };

  const seen = new Set<string>();
  return sortedCodes(children.get(null)).flatMap((c) => visit(c, seen) ?? []);
}

function sortedCodes(codes: readonly string[] | undefined): string[] {
  return [...(codes ?? [])].sort(compareCodes);
}
