// The structured introduction for new staff: five steps, the same for everyone, and who has
// done which step when. About 70% of the staff who started in the two years before the
// demo's reference date have done every step; the others are part way.
import type { RawTable } from '@/lib/import/types';
import { DEMO_REFERENCE_DATE } from './constants';
import { addDays, minDate } from './dates';
import type { DemoPerson } from './people';
import { rngFor } from './random';
import { toRawTable } from './table';

export interface DemoIntroductionItem {
  code: string;
  name: string;
  /** Days after the start date within which the step is usually done [earliest, latest]. */
  days: readonly [number, number];
}

export const INTRODUCTION_ITEMS: readonly DemoIntroductionItem[] = [
  { code: 'INTRO-1', name: 'Välkomstsamtal med chef', days: [1, 5] },
  { code: 'INTRO-2', name: 'Genomgång av basala hygienrutiner', days: [2, 10] },
  { code: 'INTRO-3', name: 'Dokumentation och sekretess', days: [5, 21] },
  { code: 'INTRO-4', name: 'Handledda pass med handledare', days: [14, 45] },
  { code: 'INTRO-5', name: 'Uppföljningssamtal efter tre månader', days: [85, 110] },
];

/**
 * Staff who started on or after this date have introduction records. It lies a little more
 * than two years before the follow-up round, so the steering group's figure (new staff of the
 * last two years on the round's closing day) finds a record for everyone it counts.
 */
export const INTRODUCTION_FROM = '2024-04-01';

/** Chance of doing every step, for someone who has been employed long enough to. */
const FINISHES = 0.8;

export interface DemoIntroductionCompletion {
  employeeId: string;
  itemCode: string;
  completedOn: string;
}

export function generateIntroductionCompletions(people: readonly DemoPerson[]): DemoIntroductionCompletion[] {
  const rng = rngFor('introduction');
  const rows: DemoIntroductionCompletion[] = [];
  for (const person of people) {
    if (person.startDate < INTRODUCTION_FROM) continue;
    // The last day a step can be done: today, or the last day of employment.
    const lastDay = person.endDate === null ? DEMO_REFERENCE_DATE : minDate(person.endDate, DEMO_REFERENCE_DATE);
    const steps = rng.chance(FINISHES) ? INTRODUCTION_ITEMS.length : rng.int(1, INTRODUCTION_ITEMS.length - 1);
    let previous = person.startDate;
    for (const item of INTRODUCTION_ITEMS.slice(0, steps)) {
      const [earliest, latest] = item.days;
      const day = addDays(person.startDate, rng.int(earliest, latest));
      // Steps are done in order; one not yet due ends the person's list.
      const completedOn = day > previous ? day : addDays(previous, 1);
      if (completedOn > lastDay) break;
      rows.push({ employeeId: person.employeeId, itemCode: item.code, completedOn });
      previous = completedOn;
    }
  }
  return rows;
}

export function introductionItemsTable(): RawTable {
  return toRawTable('introduction_items', ['code', 'name'], INTRODUCTION_ITEMS.map((i) => ({ code: i.code, name: i.name })));
}

export function introductionCompletionsTable(rows: readonly DemoIntroductionCompletion[]): RawTable {
  return toRawTable(
    'introduction_completions',
    ['employee_id', 'item_code', 'completed_on'],
    rows.map((r) => ({ employee_id: r.employeeId, item_code: r.itemCode, completed_on: r.completedOn })),
  );
}
