import { describe, it, expect } from 'vitest';
import { participantsAgainstPlan } from './participants';

describe('participants against plan', () => {
  it('share = distinct participants ÷ planned', () => {
    // 45 / 60
    expect(participantsAgainstPlan(45, 60)).toEqual({ participants: 45, planned: 60, share: 0.75 });
    // above plan is not capped: 60 / 40
    expect(participantsAgainstPlan(60, 40).share).toBe(1.5);
    expect(participantsAgainstPlan(0, 20).share).toBe(0);
  });

  it('no plan (null) or a plan of 0 → share null', () => {
    expect(participantsAgainstPlan(10, null)).toEqual({ participants: 10, planned: null, share: null });
    expect(participantsAgainstPlan(10, 0)).toEqual({ participants: 10, planned: 0, share: null });
  });
});
