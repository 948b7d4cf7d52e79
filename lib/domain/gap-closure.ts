import { compareCodes } from './unit-tree';

/**
 * People placed in a unit for the follow-up round, assessed on a requirement in both rounds
 * and required it by their role in both, with their gap in each round.
 */
export interface ClosureCount {
  unit: string;
  requirement: string;
  gapBaseline: number;
  gapFollowUp: number;
  count: number;
}

export interface GapClosure {
  requirement: string;
  n: number;
  meanGapBaseline: number | null;
  meanGapFollowUp: number | null;
  /** Baseline mean gap − follow-up mean gap; positive is improvement; null where nobody qualifies. */
  closure: number | null;
}

export function gapClosure(counts: readonly ClosureCount[], scope: ReadonlySet<string>): GapClosure[] {
  const sums = new Map<string, { n: number; b: number; f: number }>();
  for (const c of counts) {
    if (!scope.has(c.unit)) continue;
    const s = sums.get(c.requirement) ?? { n: 0, b: 0, f: 0 };
    s.n += c.count;
    s.b += c.gapBaseline * c.count;
    s.f += c.gapFollowUp * c.count;
    sums.set(c.requirement, s);
  }
  return [...sums]
    .sort(([a], [b]) => compareCodes(a, b))
    .map(([requirement, s]) => ({
      requirement,
      n: s.n,
      meanGapBaseline: s.n === 0 ? null : s.b / s.n,
      meanGapFollowUp: s.n === 0 ? null : s.f / s.n,
      closure: s.n === 0 ? null : s.b / s.n - s.f / s.n,
    }));
}
