// The ESF project "Stärkt i yrkesrollen" and its participants: about 60% of all staff,
// drawn from vård och omsorg and socialtjänst, joining in three waves (or when hired).
import type { RawTable } from '@/lib/import/types';
import { DEMO_CODE_PREFIX, DEMO_PROJECT } from './constants';
import { addDays, maxDate, toWeekday } from './dates';
import { isInSubtree } from './organisation';
import type { DemoPerson } from './people';
import { rngFor } from './random';
import { toRawTable } from './table';

export interface DemoParticipant {
  employeeId: string;
  joinedOn: string;
}

const PARTICIPANT_SHARE = 0.6;
const PROJECT_UNITS = [`${DEMO_CODE_PREFIX}-VO`, `${DEMO_CODE_PREFIX}-SOC`];
const WAVES: readonly (readonly [string, number])[] = [['2025-02-03', 55], ['2025-09-01', 25], ['2026-01-12', 20]];
const LAST_JOIN = '2026-10-30';

export function generateParticipants(people: readonly DemoPerson[]): DemoParticipant[] {
  const rng = rngFor('project');
  const target = Math.round(people.length * PARTICIPANT_SHARE);
  const eligible = people.filter((p) => PROJECT_UNITS.some((code) => isInSubtree(p.unitCode, code)));
  const joined = new Map<string, string>();
  for (const person of rng.shuffle(eligible)) {
    if (joined.size >= target) break;
    const wave = rng.weighted(WAVES);
    const joinedOn = maxDate(wave, toWeekday(addDays(person.startDate, rng.int(5, 30))));
    if (joinedOn > LAST_JOIN || (person.endDate !== null && joinedOn >= person.endDate)) continue;
    joined.set(person.employeeId, joinedOn);
  }
  // In people order, as an HR export would list them.
  return people.flatMap((p) => {
    const joinedOn = joined.get(p.employeeId);
    return joinedOn === undefined ? [] : [{ employeeId: p.employeeId, joinedOn }];
  });
}

export function projectsTable(): RawTable {
  return toRawTable(
    'projects',
    ['code', 'name', 'starts_on', 'ends_on', 'planned_participants'],
    [{
      code: DEMO_PROJECT.code,
      name: DEMO_PROJECT.name,
      starts_on: DEMO_PROJECT.startsOn,
      ends_on: DEMO_PROJECT.endsOn,
      planned_participants: DEMO_PROJECT.plannedParticipants,
    }],
  );
}

export function projectParticipantsTable(participants: readonly DemoParticipant[]): RawTable {
  return toRawTable(
    'project_participants',
    ['project_code', 'employee_id', 'joined_on'],
    participants.map((p) => ({ project_code: DEMO_PROJECT.code, employee_id: p.employeeId, joined_on: p.joinedOn })),
  );
}
