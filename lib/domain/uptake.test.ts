import { describe, it, expect } from 'vitest';
import { digitalUptake, type MonthCount, type UptakeCount } from './uptake';

const people: UptakeCount[] = [
  { unit: 'E1', population: 10, completers: 4 },
  { unit: 'E2', population: 5, completers: 1 },
  { unit: 'OUT', population: 100, completers: 50 },
];
const months: MonthCount[] = [
  { unit: 'E1', month: '2024-03', completions: 3 },
  { unit: 'E2', month: '2024-01', completions: 2 },
  { unit: 'E1', month: '2024-10', completions: 1 },
  { unit: 'E1', month: '2024-01', completions: 1 },
  { unit: 'E1', month: '2023-12', completions: 4 },
  { unit: 'E2', month: '2024-02', completions: 0 },
  { unit: 'OUT', month: '2024-02', completions: 7 },
  { unit: 'E1', month: '2024-09', completions: 2 },
];

describe('digital course uptake', () => {
  const u = digitalUptake(people, months, new Set(['E1', 'E2']));

  it('share = completers ÷ people in the scope; units outside are ignored', () => {
    // (4 + 1) / (10 + 5)
    expect(u.population).toBe(15);
    expect(u.completedDigital).toBe(5);
    expect(u.share).toBeCloseTo(1 / 3, 12);
  });

  it('completions per month, ascending, months with none omitted', () => {
    // 2024-01: 2 (E2) + 1 (E1); 2024-02 only has 0 in scope (7 is outside) → omitted
    expect(u.byMonth).toEqual([
      { month: '2023-12', completions: 4 },
      { month: '2024-01', completions: 3 },
      { month: '2024-03', completions: 3 },
      { month: '2024-09', completions: 2 },
      { month: '2024-10', completions: 1 },
    ]);
  });

  it('population 0 → share null', () => {
    expect(digitalUptake([{ unit: 'E1', population: 0, completers: 0 }], [], new Set(['E1']))).toEqual({
      population: 0,
      completedDigital: 0,
      share: null,
      byMonth: [],
    });
    expect(digitalUptake(people, months, new Set(['E9'])).share).toBeNull();
  });
});
