import type { PlacementCount } from './histograms';

export interface ResponseRate {
  population: number;
  responded: number;
  /** null when nobody of the population is placed in the scope. */
  rate: number | null;
}

export function responseRate(placements: readonly PlacementCount[], scope: ReadonlySet<string>): ResponseRate {
  let population = 0;
  let responded = 0;
  for (const p of placements) {
    if (!scope.has(p.unit)) continue;
    population += p.population;
    responded += p.responded;
  }
  return { population, responded, rate: population === 0 ? null : responded / population };
}
