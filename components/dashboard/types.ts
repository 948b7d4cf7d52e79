// The shapes the dashboard components render. Structural copies of lib/data's UnitDashboard
// parts (components may not import lib/data); the page passes the data object straight in.
import type { UnitKind } from '@/lib/domain/enums';
import type { GapClosure } from '@/lib/domain/gap-closure';
import type { GapRow } from '@/lib/domain/gap-figures';
import type { LevelDistribution } from '@/lib/domain/level-distribution';
import type { DigitalUptake } from '@/lib/domain/uptake';

export type { GapClosure, GapRow, LevelDistribution, DigitalUptake };

export interface Headline {
  population: number;
  responded: number;
  rate: number | null;
  meetsShare: number | null;
  meanGap: number | null;
  /** Null where the k rule withholds the competence figures (`suppressed`). */
  gapVolume: number | null;
  suppressed?: true;
}

export interface Named {
  code: string;
  name: string;
}

export interface Requirement extends Named {
  area: string | null;
}

export interface ChildUnit extends Named, Headline {
  kind: UnitKind;
}

/** One round's headline figures, for the trend. */
export interface TrendPoint {
  round: Named;
  headline: Headline;
}

/** Requirement code → name, for row and column headers. */
export function requirementNames(requirements: readonly Requirement[]): (code: string) => string {
  const names = new Map(requirements.map((r) => [r.code, r.name]));
  return (code) => names.get(code) ?? code;
}

/** The top of the dashboard, sent first: structurally lib/data's UnitDashboardSummary. */
export type DashboardSummaryData = Pick<DashboardData, 'unit' | 'breadcrumbs' | 'rounds' | 'round' | 'previousRound' | 'filters' | 'requirements' | 'headline' | 'previousHeadline' | 'kRule'>;

/** Everything the dashboard shows: structurally the same as lib/data's UnitDashboard. */
export interface DashboardData {
  unit: Named & { kind: UnitKind };
  breadcrumbs: readonly Named[];
  children: readonly ChildUnit[];
  rounds: readonly Named[];
  round: (Named & { opensOn: string; closesOn: string; open: boolean }) | null;
  previousRound: Named | null;
  filters: { role: string | null; area: string | null; roles: readonly Named[]; areas: readonly string[] };
  headline: Headline | null;
  previousHeadline: Headline | null;
  requirements: readonly Requirement[];
  heatmap: ReadonlyArray<{ role: Named; cells: readonly GapRow[] }>;
  unitHeatmap: ReadonlyArray<{ unit: Named; cells: readonly GapRow[] }>;
  trend: readonly TrendPoint[];
  gaps: readonly GapRow[];
  distribution: readonly LevelDistribution[];
  closure: readonly GapClosure[];
  uptake: (DigitalUptake & { from: string; to: string }) | null;
  notUnderstood: ReadonlyArray<{ requirement: string; count: number }>;
  /** Set for a viewer under the k rule (staff, steering group): rows of fewer than k people are withheld. */
  kRule: { k: number } | null;
}
