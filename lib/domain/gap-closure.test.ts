import { describe, it, expect } from 'vitest';
import { gapClosure, type ClosureCount } from './gap-closure';

const c = (unit: string, requirement: string, gapBaseline: number, gapFollowUp: number, count: number): ClosureCount => ({
  unit,
  requirement,
  gapBaseline,
  gapFollowUp,
  count,
});

describe('gap closure', () => {
  const counts: ClosureCount[] = [
    // K1: 3 people in E1 went from gap 2 to gap 0
    c('E1', 'K1', 2, 0, 3),
    // K1: one person moved from vbi (requires 2) to usk (requires 3) between rounds, level 1 → 2:
    // baseline gap max(0, 2−1) = 1 against vbi, follow-up gap max(0, 3−2) = 1 against usk
    c('E2', 'K1', 1, 1, 1),
    // outside the scope
    c('OUT', 'K1', 4, 0, 10),
    c('OUT', 'K3', 3, 0, 5),
    // K2: 2 people got worse, gap 0 → 1
    c('E1', 'K2', 0, 1, 2),
    // K10: nobody qualifies
    c('E1', 'K10', 2, 1, 0),
  ];
  const rows = gapClosure(counts, new Set(['E1', 'E2']));
  const byReq = new Map(rows.map((r) => [r.requirement, r]));

  it('averages per requirement over the scope; positive closure is improvement', () => {
    // K1: baseline (3·2 + 1·1)/4 = 7/4, follow-up (3·0 + 1·1)/4 = 1/4, closure 6/4
    expect(byReq.get('K1')).toEqual({ requirement: 'K1', n: 4, meanGapBaseline: 1.75, meanGapFollowUp: 0.25, closure: 1.5 });
  });

  it('a larger gap in the follow-up gives a negative closure', () => {
    // K2: 0 − 1
    expect(byReq.get('K2')).toEqual({ requirement: 'K2', n: 2, meanGapBaseline: 0, meanGapFollowUp: 1, closure: -1 });
  });

  it('nobody qualifying → null, and requirements only outside the scope are absent', () => {
    expect(byReq.get('K10')).toEqual({ requirement: 'K10', n: 0, meanGapBaseline: null, meanGapFollowUp: null, closure: null });
    expect(byReq.has('K3')).toBe(false);
    expect(gapClosure([], new Set(['E1']))).toEqual([]);
  });

  it('rows are sorted by requirement code in code-point order', () => {
    expect(rows.map((r) => r.requirement)).toEqual(['K1', 'K10', 'K2']);
  });
});
