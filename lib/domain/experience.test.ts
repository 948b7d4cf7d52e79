import { describe, expect, it } from 'vitest';
import { phaseStartDates, trainingHoursEstimate } from './experience';

describe('experience phases and training hours', () => {
  it('turns a phase into start dates on the reference day', () => {
    // On 2026-04-10: Ny = started after 2024-04-10; Van = after 2021-04-10 and by 2024-04-10; Erfaren = by 2021-04-10.
    expect(phaseStartDates('ny', '2026-04-10')).toEqual({ startedAfter: '2024-04-10', startedBy: '2026-04-10' });
    expect(phaseStartDates('van', '2026-04-10')).toEqual({ startedAfter: '2021-04-10', startedBy: '2024-04-10' });
    expect(phaseStartDates('erfaren', '2026-04-10')).toEqual({ startedAfter: null, startedBy: '2021-04-10' });
  });

  it('estimates hours as people below the level times the shortest course, none without a course', () => {
    expect(trainingHoursEstimate(12, [8, 3, null])).toBe(36);
    expect(trainingHoursEstimate(12, [null])).toBeNull();
    expect(trainingHoursEstimate(0, [3])).toBe(0);
  });
});
