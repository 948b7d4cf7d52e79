import { describe, expect, it } from 'vitest';
import { closedNowDates, dayBefore, roundStatus, surveyMinutes } from './round-status';

describe('roundStatus', () => {
  const round = { opensOn: '2026-11-09', closesOn: '2026-12-11' };
  it('is planned before the opening day, open from it through the closing day, closed after', () => {
    expect(roundStatus(round, '2026-11-08')).toBe('planned');
    expect(roundStatus(round, '2026-11-09')).toBe('open');
    expect(roundStatus(round, '2026-12-11')).toBe('open');
    expect(roundStatus(round, '2026-12-12')).toBe('closed');
  });
});

describe('dayBefore', () => {
  it('crosses months, years and leap days', () => {
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
    expect(dayBefore('2028-03-01')).toBe('2028-02-29');
    expect(dayBefore('2027-01-01')).toBe('2026-12-31');
  });
});

describe('closedNowDates', () => {
  it('ends the round yesterday and keeps an earlier opening day', () => {
    expect(closedNowDates({ opensOn: '2026-11-09' }, '2026-11-23')).toEqual({ opensOn: '2026-11-09', closesOn: '2026-11-22' });
  });
  it('moves an opening day of today back to yesterday, so the round is closed and not inverted', () => {
    expect(closedNowDates({ opensOn: '2026-11-23' }, '2026-11-23')).toEqual({ opensOn: '2026-11-22', closesOn: '2026-11-22' });
  });
});

describe('surveyMinutes', () => {
  it('rounds up to whole five minutes and says at least five', () => {
    expect(surveyMinutes(0)).toBe(5);
    expect(surveyMinutes(12)).toBe(5);
    expect(surveyMinutes(13)).toBe(10);
    expect(surveyMinutes(17)).toBe(10);
    expect(surveyMinutes(40)).toBe(20);
  });
});
