import { afterEach, describe, expect, it } from 'vitest';
import { TEST_DAY } from '@/tests/support/test-day';
import { clockNow, nowAt, pinToday, swedishDate, todayAt, todayInSweden } from './clock';

// The rules are tested on given moments; nothing here reads the wall clock.
const WALL = new Date('2026-12-07T14:30:15Z'); // 15:30:15 in Stockholm

describe('the clock', () => {
  afterEach(() => pinToday(TEST_DAY));

  it('gives the pinned day, whatever the wall clock says', () => {
    expect(todayAt(WALL, '2031-02-28')).toBe('2031-02-28');
    expect(todayAt(WALL, null)).toBe('2026-12-07');
  });

  it('moves now onto the pinned day by whole days, keeping the time of day', () => {
    expect(nowAt(WALL, '2031-02-28').toISOString()).toBe('2031-02-28T14:30:15.000Z');
    expect(nowAt(WALL, '2026-11-23').toISOString()).toBe('2026-11-23T14:30:15.000Z');
    expect(nowAt(WALL, null)).toBe(WALL);
    // Just after midnight in Stockholm (still the day before in UTC) it stays on the pinned Swedish day.
    const night = new Date('2026-12-06T23:10:00Z'); // 00:10 on 7 December in Stockholm
    expect(swedishDate(nowAt(night, '2030-07-01'))).toBe('2030-07-01');
  });

  it('keeps now on the pinned day across summer time, at every minute of a winter and a summer day', () => {
    // Found by CI at 22:17 UTC in December: 23:17 in Stockholm moved onto 1 July was 00:17 on 2 July.
    for (const [wallDay, pinned] of [['2026-12-07', '2030-07-01'], ['2026-07-01', '2030-12-07'], ['2026-03-29', '2026-10-25'], ['2026-10-25', '2026-03-29']] as const) {
      for (let minute = 0; minute < 24 * 60; minute += 7) {
        const wall = new Date(Date.parse(`${wallDay}T00:00:00Z`) + minute * 60_000);
        expect(swedishDate(nowAt(wall, pinned)), `${wall.toISOString()} onto ${pinned}`).toBe(pinned);
      }
    }
    const lateWinterEvening = new Date('2026-12-07T22:17:00Z'); // 23:17 in Stockholm
    // The same time of day in Stockholm: 23:17 summer time on the pinned day.
    expect(nowAt(lateWinterEvening, '2030-07-01').toISOString()).toBe('2030-07-01T21:17:00.000Z');
  });

  it('reads the pinned day from the environment on every call, and refuses a day that is not a real date', () => {
    pinToday('2030-07-01');
    expect(todayInSweden()).toBe('2030-07-01');
    expect(swedishDate(clockNow())).toBe('2030-07-01');
    pinToday('2031-02-28');
    expect(todayInSweden()).toBe('2031-02-28');
    expect(() => pinToday('2026-02-30')).toThrow(/YYYY-MM-DD/);
    expect(() => pinToday('26-11-23')).toThrow(/YYYY-MM-DD/);
    expect(todayInSweden()).toBe('2031-02-28');
  });

  it('writes the Swedish calendar day, not the UTC one', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Stockholm.
    expect(swedishDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(swedishDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});
