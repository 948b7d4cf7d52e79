import { describe, it, expect } from 'vitest';
import { responseRate } from './response-rate';
import type { PlacementCount } from './histograms';

const placements: PlacementCount[] = [
  { unit: 'E1', role: 'usk', population: 5, responded: 4 },
  { unit: 'E1', role: 'vbi', population: 3, responded: 1 },
  { unit: 'E2', role: 'usk', population: 4, responded: 4 },
  { unit: 'F1', role: 'usk', population: 2, responded: 0 },
  { unit: 'OUT', role: 'usk', population: 50, responded: 50 },
];

describe('response rate', () => {
  it('sums population and respondents over every unit and role of the scope', () => {
    // 5+3+4+2 = 14 people, 4+1+4+0 = 9 with an answer
    const r = responseRate(placements, new Set(['F1', 'E1', 'E2']));
    expect(r.population).toBe(14);
    expect(r.responded).toBe(9);
    expect(r.rate).toBeCloseTo(9 / 14, 12);
  });

  it('a single unit', () => {
    // E1: (4 + 1) / (5 + 3)
    expect(responseRate(placements, new Set(['E1']))).toEqual({ population: 8, responded: 5, rate: 0.625 });
  });

  it('empty scope → rate null, not 0', () => {
    expect(responseRate(placements, new Set(['E9']))).toEqual({ population: 0, responded: 0, rate: null });
    expect(responseRate([], new Set(['E1'])).rate).toBeNull();
  });
});
