import type { LevelCount, RoleRequirement } from './histograms';
import { LEVELS } from './enums';
import { compareCodes } from './unit-tree';

export interface LevelDistribution {
  requirement: string;
  /** People at each level 0..4 (assessed, whose role requires the requirement); null where withheld. */
  counts: number[] | null;
  assessed: number | null;
  /** Set, with counts and assessed null, where the k rule withholds the requirement. */
  suppressed?: true;
  /** The required levels of the roles concerned, lowest first (usually one). */
  requiredLevels: number[];
}

/** How many people are at each level, per requirement, in a scope (optionally some roles). */
export function levelDistribution(
  levels: readonly LevelCount[],
  roleRequirements: readonly RoleRequirement[],
  scope: ReadonlySet<string>,
  roles?: ReadonlySet<string>,
): LevelDistribution[] {
  const required = new Map(roleRequirements.map((rr) => [`${rr.role}\u0000${rr.requirement}`, rr.requiredLevel]));
  const out = new Map<string, { counts: number[]; required: Set<number> }>();
  for (const l of levels) {
    if (!scope.has(l.unit) || (roles && !roles.has(l.role))) continue;
    const q = required.get(`${l.role}\u0000${l.requirement}`);
    if (q === undefined) continue;
    const d = out.get(l.requirement) ?? { counts: LEVELS.map(() => 0), required: new Set<number>() };
    d.counts[l.level] = (d.counts[l.level] ?? 0) + l.count;
    d.required.add(q);
    out.set(l.requirement, d);
  }
  return [...out]
    .sort(([a], [b]) => compareCodes(a, b))
    .map(([requirement, d]) => ({
      requirement,
      counts: d.counts,
      assessed: d.counts.reduce((a, b) => a + b, 0),
      requiredLevels: [...d.required].sort((a, b) => a - b),
    }));
}

/** A requirement the k rule withholds: the required levels stay (they are the framework's, not anyone's answer). */
export function withheldDistribution(d: LevelDistribution): LevelDistribution {
  return { requirement: d.requirement, counts: null, assessed: null, requiredLevels: d.requiredLevels, suppressed: true };
}
