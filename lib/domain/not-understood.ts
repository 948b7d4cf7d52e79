import { compareCodes } from './unit-tree';

/** "Jag förstår inte frågan" per requirement over a scope, most first (ties by code). */
export function notUnderstoodByRequirement(
  counts: ReadonlyArray<{ unit: string; requirement: string; count: number }>,
  scope: ReadonlySet<string>,
): Array<{ requirement: string; count: number }> {
  const sums = new Map<string, number>();
  for (const c of counts) if (scope.has(c.unit)) sums.set(c.requirement, (sums.get(c.requirement) ?? 0) + c.count);
  return [...sums]
    .map(([requirement, count]) => ({ requirement, count }))
    .sort((a, b) => b.count - a.count || compareCodes(a.requirement, b.requirement));
}
