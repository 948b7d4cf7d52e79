import { compareCodes } from './unit-tree';

/** Per current unit: people employed in the period, and of them those who completed a digital course in it. */
export interface UptakeCount {
  unit: string;
  population: number;
  completers: number;
}

/** Completions of digital courses in the period by those people, per unit and calendar month. */
export interface MonthCount {
  unit: string;
  /** `YYYY-MM` */
  month: string;
  completions: number;
}

export interface DigitalUptake {
  population: number;
  completedDigital: number;
  share: number | null;
  byMonth: Array<{ month: string; completions: number }>;
}

export function digitalUptake(people: readonly UptakeCount[], months: readonly MonthCount[], scope: ReadonlySet<string>): DigitalUptake {
  let population = 0;
  let completedDigital = 0;
  for (const p of people) {
    if (!scope.has(p.unit)) continue;
    population += p.population;
    completedDigital += p.completers;
  }
  const byMonth = new Map<string, number>();
  for (const m of months) {
    if (!scope.has(m.unit) || m.completions === 0) continue;
    byMonth.set(m.month, (byMonth.get(m.month) ?? 0) + m.completions);
  }
  return {
    population,
    completedDigital,
    share: population === 0 ? null : completedDigital / population,
    byMonth: [...byMonth].sort(([a], [b]) => compareCodes(a, b)).map(([month, completions]) => ({ month, completions })),
  };
}
