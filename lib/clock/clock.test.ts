import { afterEach, describe, expect, it } from 'vitest';
import { clockNow as now, pinToday, swedishDate, todayInSweden as today } from './clock';

describe('the clock', () => {
  const before = process.env.KOMPETENSKARTAN_TODAY;
  afterEach(() => {
    if (before === undefined) delete process.env.KOMPETENSKARTAN_TODAY;
    else process.env.KOMPETENSKARTAN_TODAY = before;
  });

  it('gives the pinned day, and now() on that day in Sweden', () => {
    pinToday('2031-02-28');
    expect(today()).toBe('2031-02-28');
    expect(swedishDate(now())).toBe('2031-02-28');
    pinToday('2030-07-01');
    expect(today()).toBe('2030-07-01');
    expect(swedishDate(now())).toBe('2030-07-01');
  });

  it('keeps the time of day when it moves now() onto the pinned day', () => {
    pinToday('2035-01-15');
    const wall = new Date();
    const moved = now();
    const timeOfDay = (d: Date) => (d.getTime() % 86_400_000 + 86_400_000) % 86_400_000;
    // Within the second or two this test takes.
    expect(Math.abs(timeOfDay(moved) - timeOfDay(wall))).toBeLessThan(5_000);
  });

  it('refuses a day that is not a real date', () => {
    expect(() => pinToday('2026-02-30')).toThrow(/YYYY-MM-DD/);
    expect(() => pinToday('26-11-23')).toThrow(/YYYY-MM-DD/);
  });

  it('reads the wall clock when nothing is pinned', () => {
    pinToday(null);
    expect(today()).toBe(swedishDate(new Date()));
  });

  it('writes the Swedish calendar day, not the UTC one', () => {
    // 23:30 UTC on 31 December is already New Year's Day in Stockholm.
    expect(swedishDate(new Date('2026-12-31T23:30:00Z'))).toBe('2027-01-01');
    expect(swedishDate(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});
