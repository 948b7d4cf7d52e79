import { gapOf } from './scale';
import type { LevelCount, PlacementCount, RoleRequirement } from './histograms';
import { compareCodes } from './unit-tree';
import type { CompetenceGuard } from './competence-guard';

export type GapGrouping = 'requirement' | 'role-requirement';

export interface GapRow {
  /** null when rows are not split by role. */
  role: string | null;
  requirement: string;
  /** Null only where the row is withheld (fewer than k people, for a viewer under the k rule). */
  expected: number | null;
  assessed: number | null;
  meanLevel: number | null;
  meanGap: number | null;
  meetsShare: number | null;
  gapVolume: number | null;
  coverage: number | null;
  /** Set, with every figure null, where the k rule withholds the row (DOMAIN.md "Small groups"). */
  suppressed?: true;
}

/** Sums over the assessed people of one role (or all roles) and one requirement. */
export interface GapSums {
  role: string | null;
  requirement: string;
  expected: number;
  assessed: number;
  levelSum: number;
  gapSum: number;
  meets: number;
  /** Σ weight × gap: the training priority. */
  weightedGap: number;
}

export interface GapInput {
  placements: readonly PlacementCount[];
  levels: readonly LevelCount[];
  roleRequirements: readonly RoleRequirement[];
  /** Units of the scope (a unit and everything below it). */
  scope: ReadonlySet<string>;
  /** Optional filter on the role a person has for the round. */
  roles?: ReadonlySet<string>;
}

const pairKey = (role: string, requirement: string) => `${role}\u0000${requirement}`;

/** Sums per role and requirement for everyone placed in the scope whose role requires it. */
export function gapSumsByRole(input: GapInput): GapSums[] {
  const inScope = (unit: string, role: string) => input.scope.has(unit) && (!input.roles || input.roles.has(role));
  const required = new Map(input.roleRequirements.map((rr) => [pairKey(rr.role, rr.requirement), rr]));
  const requirementsOfRole = new Map<string, RoleRequirement[]>();
  for (const rr of input.roleRequirements) {
    const list = requirementsOfRole.get(rr.role) ?? [];
    list.push(rr);
    requirementsOfRole.set(rr.role, list);
  }

  const sums = new Map<string, GapSums>();
  const sumsOf = (role: string, requirement: string): GapSums => {
    const key = pairKey(role, requirement);
    let s = sums.get(key);
    if (!s) {
      s = { role, requirement, expected: 0, assessed: 0, levelSum: 0, gapSum: 0, meets: 0, weightedGap: 0 };
      sums.set(key, s);
    }
    return s;
  };

  for (const p of input.placements) {
    if (!inScope(p.unit, p.role) || p.population === 0) continue;
    for (const rr of requirementsOfRole.get(p.role) ?? []) sumsOf(p.role, rr.requirement).expected += p.population;
  }
  for (const l of input.levels) {
    if (!inScope(l.unit, l.role)) continue;
    const rr = required.get(pairKey(l.role, l.requirement));
    if (!rr) continue; // an answer on a requirement the person's role does not have
    const s = sumsOf(l.role, l.requirement);
    const gap = gapOf(rr.requiredLevel, l.level);
    s.assessed += l.count;
    s.levelSum += l.level * l.count;
    s.gapSum += gap * l.count;
    s.weightedGap += rr.weight * gap * l.count;
    if (l.level >= rr.requiredLevel) s.meets += l.count;
  }
  return [...sums.values()].filter((s) => s.expected >= 1);
}

/** Merges role rows into one row per requirement. */
export function gapSumsByRequirement(byRole: readonly GapSums[]): GapSums[] {
  const merged = new Map<string, GapSums>();
  for (const s of byRole) {
    const m = merged.get(s.requirement);
    if (!m) {
      merged.set(s.requirement, { ...s, role: null });
      continue;
    }
    m.expected += s.expected;
    m.assessed += s.assessed;
    m.levelSum += s.levelSum;
    m.gapSum += s.gapSum;
    m.meets += s.meets;
    m.weightedGap += s.weightedGap;
  }
  return [...merged.values()];
}

export function gapRowOf(s: GapSums): GapRow {
  const n = s.assessed;
  return {
    role: s.role,
    requirement: s.requirement,
    expected: s.expected,
    assessed: n,
    meanLevel: n === 0 ? null : s.levelSum / n,
    meanGap: n === 0 ? null : s.gapSum / n,
    meetsShare: n === 0 ? null : s.meets / n,
    gapVolume: s.gapSum,
    coverage: s.expected === 0 ? 0 : n / s.expected,
  };
}

/** The gap report: one row per requirement (or role and requirement), sorted by role then code. */
export function gapReport(input: GapInput, by: GapGrouping): GapRow[] {
  const byRole = gapSumsByRole(input);
  const sums = by === 'requirement' ? gapSumsByRequirement(byRole) : byRole;
  return sums
    .map(gapRowOf)
    .sort((a, b) => compareCodes(a.role ?? '', b.role ?? '') || compareCodes(a.requirement, b.requirement));
}

/** A row the k rule withholds: it says so, with every figure null (DOMAIN.md "Small groups"). */
export function withheldGapRow(row: Pick<GapRow, 'role' | 'requirement'>): GapRow {
  return { role: row.role, requirement: row.requirement, expected: null, assessed: null, meanLevel: null, meanGap: null, meetsShare: null, gapVolume: null, coverage: null, suppressed: true };
}

/**
 * Gap rows of one unit under the k rule: a requirement row by the unit's rule (filtered to one
 * role where `role` is set), a role row as a part of the unit split by role.
 */
export function guardedGapRows(rows: readonly GapRow[], guard: CompetenceGuard, unit: string, role?: string): GapRow[] {
  return rows.map((row) => (guard.requirementShown(unit, row.requirement, row.role ?? role) ? row : withheldGapRow(row)));
}
