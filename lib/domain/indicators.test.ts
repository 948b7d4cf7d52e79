import { describe, expect, it } from 'vitest';
import { elapsedShare, indicatorStatus } from './indicators';

describe('indicatorStatus', () => {
  it('is on track once the target is reached, whatever the time', () => {
    expect(indicatorStatus({ baseline: 0.5, current: 0.75, target: 0.75, elapsed: 0.1 })).toBe('on_track');
  });
  it('compares the share of the way to the target with the share of the time passed', () => {
    // Half the time, half the way from 50 % to 70 %: on track.
    expect(indicatorStatus({ baseline: 0.5, current: 0.6, target: 0.7, elapsed: 0.5 })).toBe('on_track');
    // Half the time, 30 % of the way: within 25 points, at risk.
    expect(indicatorStatus({ baseline: 0.5, current: 0.56, target: 0.7, elapsed: 0.5 })).toBe('at_risk');
    // Half the time, 20 % of the way: more than 25 points behind.
    expect(indicatorStatus({ baseline: 0.5, current: 0.54, target: 0.7, elapsed: 0.5 })).toBe('behind');
  });
  it('is behind when the value got worse, even early', () => {
    expect(indicatorStatus({ baseline: 0.5, current: 0.49, target: 0.7, elapsed: 0.1 })).toBe('behind');
  });
  it('measures from zero without a baseline (counts such as trained handledare)', () => {
    expect(indicatorStatus({ baseline: null, current: 20, target: 40, elapsed: 0.5 })).toBe('on_track');
    expect(indicatorStatus({ baseline: null, current: 10, target: 40, elapsed: 0.5 })).toBe('at_risk');
    expect(indicatorStatus({ baseline: null, current: 5, target: 40, elapsed: 0.5 })).toBe('behind');
  });
  it('cannot judge without a target or a value', () => {
    expect(indicatorStatus({ baseline: 0.5, current: null, target: 0.7, elapsed: 0.5 })).toBe('unknown');
    expect(indicatorStatus({ baseline: 0.5, current: 0.6, target: null, elapsed: 0.5 })).toBe('unknown');
  });
});

describe('elapsedShare', () => {
  it('is 0 before the start, 1 after the end, and the share of days between', () => {
    expect(elapsedShare('2025-01-01', '2027-01-01', '2024-06-01')).toBe(0);
    expect(elapsedShare('2025-01-01', '2027-01-01', '2028-01-01')).toBe(1);
    expect(elapsedShare('2025-01-01', '2027-01-01', '2026-01-01')).toBeCloseTo(365 / 730, 10);
  });
});
