import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from './dates';
import { DEMO_ANCHOR_DAY, demoCalendar } from './calendar';
import { generateDemo } from './generate-demo';

const dayArb = (from: string, to: string) => fc.integer({ min: 0, max: daysBetween(from, to) }).map((n) => addDays(from, n));
const weekday = (day: string) => (daysBetween('1970-01-01', day) + 4) % 7; // 0 = Sunday

describe('the demo calendar on any load day', () => {
  it('tells the same story: two closed rounds a year apart, one open with two weeks left, a running project', () => {
    fc.assert(
      fc.property(dayArb('2020-01-01', '2080-12-31'), (day) => {
        const c = demoCalendar(day);
        expect(c.baseline.closesOn < day && c.followUp.closesOn < day).toBe(true);
        expect(daysBetween(c.baseline.opensOn, c.followUp.opensOn)).toBe(364);
        expect(c.open.opensOn <= day).toBe(true);
        expect(daysBetween(day, c.open.closesOn)).toBeGreaterThanOrEqual(14);
        expect(c.project.startsOn < c.baseline.opensOn && c.project.endsOn > day).toBe(true);
        // Rounds open on a Monday on every day, as written.
        expect([c.baseline.opensOn, c.followUp.opensOn, c.open.opensOn].map(weekday)).toEqual([1, 1, 1]);
        expect(new Set([c.baseline.code, c.followUp.code, c.open.code]).size).toBe(3);
        expect(new Set([c.baseline.name, c.followUp.name, c.open.name]).size).toBe(3);
      }),
      { numRuns: 3000 },
    );
  });

  it('names the rounds after the years and half-years they open in', () => {
    expect(demoCalendar(DEMO_ANCHOR_DAY)).toMatchObject({
      shiftDays: 0,
      baseline: { code: 'KART-2025', name: 'Kompetenskartläggning 2025', opensOn: '2025-03-03', closesOn: '2025-04-11' },
      followUp: { code: 'KART-2026', name: 'Kompetenskartläggning 2026', opensOn: '2026-03-02', closesOn: '2026-04-10' },
      open: { code: 'KART-2026-H', name: 'Uppföljning hösten 2026', opensOn: '2026-11-09', closesOn: '2026-12-11' },
      project: { startsOn: '2025-01-01', endsOn: '2026-12-31', diaryNumber: 'ESF 2024/00321' },
    });
    // 26 weeks on: the open round opens in May, in the spring.
    expect(demoCalendar(addDays(DEMO_ANCHOR_DAY, 182)).open).toMatchObject({ code: 'KART-2027-V', name: 'Uppföljning våren 2027', opensOn: '2027-05-10' });
    // A baseline on Monday 1 January shares its year with the follow-up on 31 December.
    const shared = demoCalendar(addDays(DEMO_ANCHOR_DAY, daysBetween('2025-03-03', '2029-01-01')));
    expect([shared.baseline.code, shared.followUp.code]).toEqual(['KART-2029', 'KART-2029-2']);
  });

  it('moves by whole weeks, so each day of a week loads the same demo', () => {
    expect(demoCalendar('2026-11-17').shiftDays).toBe(0);
    expect(demoCalendar('2026-11-23').shiftDays).toBe(0);
    expect(demoCalendar('2026-11-24').shiftDays).toBe(7);
    expect(demoCalendar('2026-11-16').shiftDays).toBe(-7);
    expect(demoCalendar('2028-01-10').shiftDays % 7).toBe(0);
  });
});

describe('the demo generated on other days', () => {
  const days = ['2026-12-12', '2027-06-21', '2028-01-10', '2029-02-14'];

  it.each(days)('on %s: staff started, courses completed and people joined before the day, completions over the last year', (day) => {
    const demo = generateDemo(day);
    const cells = (table: keyof typeof demo.tables, column: string) =>
      (demo.tables[table]?.rows ?? []).map((r) => r.cells[column]).filter((v): v is string => typeof v === 'string');
    const calendar = demoCalendar(day);
    expect(cells('rounds', 'code')).toEqual([calendar.baseline.code, calendar.followUp.code, calendar.open.code]);
    expect(cells('people', 'start_date').every((d) => d < day)).toBe(true);
    expect(cells('project_participants', 'joined_on').every((d) => d <= day)).toBe(true);
    const completions = cells('enrolments', 'completed_on');
    expect(completions.every((d) => d <= day)).toBe(true);
    expect(completions.filter((d) => d > addDays(day, -365)).length).toBeGreaterThan(50);
    // Answers belong to the two closed rounds, dated while they were open.
    const assessed = (demo.tables.assessments?.rows ?? []).map((r) => [r.cells.round_code, r.cells.assessed_on] as const);
    expect(new Set(assessed.map(([round]) => round))).toEqual(new Set([calendar.baseline.code, calendar.followUp.code]));
    for (const [round, on] of assessed) {
      const r = round === calendar.baseline.code ? calendar.baseline : calendar.followUp;
      if (on !== null && on !== undefined) expect(on >= r.opensOn && on <= r.closesOn).toBe(true);
    }
    // Indicators compare the two closed rounds.
    expect(new Set(cells('project_indicators', 'baseline_round'))).toEqual(new Set([calendar.baseline.code]));
    expect(new Set(cells('project_indicators', 'follow_up_round'))).toEqual(new Set([calendar.followUp.code]));
  });

  it('is deterministic for a day, and moves every date and nothing else', () => {
    const day = '2028-01-10';
    expect(generateDemo(day)).toEqual(generateDemo(day));
    const written = generateDemo(DEMO_ANCHOR_DAY);
    const moved = generateDemo(day);
    const shift = demoCalendar(day).shiftDays;
    for (const [name, table] of Object.entries(written.tables)) {
      const other = moved.tables[name as keyof typeof moved.tables];
      expect(other?.rows.length, name).toBe(table.rows.length);
      table.rows.forEach((row, i) => {
        for (const [column, value] of Object.entries(row.cells)) {
          const now = other?.rows[i]?.cells[column];
          if (value !== null && /^\d{4}-\d{2}-\d{2}$/.test(value)) expect(now, `${name}.${column}`).toBe(addDays(value, shift));
          else if (!['code', 'name', 'round_code', 'baseline_round', 'follow_up_round', 'diary_number'].includes(column)) expect(now, `${name}.${column}`).toBe(value);
        }
      });
    }
  });
});
