// Places the demo on the day it is loaded. The generator writes its story for one day, the
// anchor; the whole data set is then moved by whole weeks so that, on any load day, a new user
// sees the same story: two closed rounds a year apart with answers, a round open now with at
// least two weeks left, a project that started before the first round and still runs, course
// completions over the last twelve months. Whole weeks keep every weekday (rounds open on a
// Monday, nobody starts on a Sunday) and every interval between two dates, so the moved data
// passes the same validation and gives the same figures.
import type { ParsedImport, RawTable } from '@/lib/import/types';
import { DEMO_OPEN_ROUND, DEMO_PROJECT, DEMO_ROUNDS } from './constants';
import { addDays, daysBetween } from './dates';

/**
 * The day the generator's dates are written for. On a load day from it up to six days later
 * the demo is as written (KART-2026-H open from 9 November to 11 December 2026, 18–24 days
 * left); on any other day it is moved by the whole weeks between the two.
 */
export const DEMO_ANCHOR_DAY = '2026-11-17';

/** Whole weeks, in days, from the anchor to the load day (negative before the anchor). */
export function demoShiftDays(loadDay: string): number {
  return 7 * Math.floor(daysBetween(DEMO_ANCHOR_DAY, loadDay) / 7);
}

export interface DemoRoundDates {
  code: string;
  name: string;
  opensOn: string;
  closesOn: string;
}

export interface DemoCalendar {
  loadDay: string;
  shiftDays: number;
  baseline: DemoRoundDates;
  followUp: DemoRoundDates;
  /** The round staff answer: open on the load day. */
  open: DemoRoundDates;
  project: { code: string; name: string; startsOn: string; endsOn: string; diaryNumber: string };
}

const year = (day: string) => day.slice(0, 4);
/** Swedish half-years: spring January–June, autumn July–December. */
const isAutumn = (day: string) => Number(day.slice(5, 7)) >= 7;

/** The demo's rounds and project as they are on a load day, with codes and names for their dates. */
export function demoCalendar(loadDay: string): DemoCalendar {
  const shiftDays = demoShiftDays(loadDay);
  const move = (day: string) => addDays(day, shiftDays);
  const baselineOpens = move(DEMO_ROUNDS.baseline.opensOn);
  const followUpOpens = move(DEMO_ROUNDS.followUp.opensOn);
  const openOpens = move(DEMO_OPEN_ROUND.opensOn);
  // The first two rounds open 52 weeks apart; only a baseline on 1 January can share its
  // year with the follow-up (on 31 December), and then the follow-up says it is the second.
  const sameYear = year(baselineOpens) === year(followUpOpens);
  const projectStarts = move(DEMO_PROJECT.startsOn);
  return {
    loadDay,
    shiftDays,
    baseline: {
      code: `KART-${year(baselineOpens)}`,
      name: `Kompetenskartläggning ${year(baselineOpens)}`,
      opensOn: baselineOpens,
      closesOn: move(DEMO_ROUNDS.baseline.closesOn),
    },
    followUp: {
      code: sameYear ? `KART-${year(followUpOpens)}-2` : `KART-${year(followUpOpens)}`,
      name: sameYear ? `Kompetenskartläggning ${year(followUpOpens)}, andra omgången` : `Kompetenskartläggning ${year(followUpOpens)}`,
      opensOn: followUpOpens,
      closesOn: move(DEMO_ROUNDS.followUp.closesOn),
    },
    open: {
      code: `KART-${year(openOpens)}-${isAutumn(openOpens) ? 'H' : 'V'}`,
      name: `Uppföljning ${isAutumn(openOpens) ? 'hösten' : 'våren'} ${year(openOpens)}`,
      opensOn: openOpens,
      closesOn: move(DEMO_OPEN_ROUND.closesOn),
    },
    project: {
      code: DEMO_PROJECT.code,
      name: DEMO_PROJECT.name,
      startsOn: projectStarts,
      endsOn: move(DEMO_PROJECT.endsOn),
      // The diary number is given the year before the project starts, as the written one.
      diaryNumber: DEMO_PROJECT.diaryNumber.replace(/\d{4}/, String(Number(year(projectStarts)) - 1)),
    },
  };
}

/** Columns that hold calendar dates: every `*_on` and `*_date` column of the import format. */
const isDateColumn = (column: string) => column.endsWith('_on') || column.endsWith('_date');
/** Columns that name a round. */
const ROUND_COLUMNS: ReadonlySet<string> = new Set(['code', 'round_code', 'baseline_round', 'follow_up_round']);

/**
 * The generated data set moved onto the load day: every date by `shiftDays`, every round code
 * and name, the project's diary number. A pure function of its input and the calendar.
 */
export function placeDemo(generated: ParsedImport, calendar: DemoCalendar): ParsedImport {
  const written = [DEMO_ROUNDS.baseline, DEMO_ROUNDS.followUp, DEMO_OPEN_ROUND];
  const placed = [calendar.baseline, calendar.followUp, calendar.open];
  const codes = new Map(written.map((r, i) => [r.code as string, placed[i]!.code]));
  const names = new Map(written.map((r, i) => [r.name as string, placed[i]!.name]));
  const moveTable = (table: RawTable): RawTable => {
    const roundCodes = table.table === 'rounds' ? ROUND_COLUMNS : new Set([...ROUND_COLUMNS].filter((c) => c !== 'code'));
    return {
      ...table,
      rows: table.rows.map((row) => {
        const cells: Record<string, string | null> = {};
        for (const [column, value] of Object.entries(row.cells)) {
          if (value === null) cells[column] = null;
          else if (isDateColumn(column)) cells[column] = addDays(value, calendar.shiftDays);
          else if (roundCodes.has(column)) cells[column] = codes.get(value) ?? value;
          else if (table.table === 'rounds' && column === 'name') cells[column] = names.get(value) ?? value;
          else if (table.table === 'projects' && column === 'diary_number') cells[column] = calendar.project.diaryNumber;
          else cells[column] = value;
        }
        return { ...row, cells };
      }),
    };
  };
  const tables: ParsedImport['tables'] = {};
  for (const [name, table] of Object.entries(generated.tables) as [keyof ParsedImport['tables'], RawTable][]) {
    tables[name] = moveTable(table);
  }
  return { ...generated, tables };
}
