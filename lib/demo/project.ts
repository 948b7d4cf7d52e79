// The ESF project "Stärkt i yrkesrollen", its participants (about 60% of all staff, drawn
// from vård och omsorg and socialtjänst, joining in three waves or when hired) and the
// indicators its steering group follows.
import type { IndicatorKind } from '@/lib/domain/indicators';
import type { RawTable } from '@/lib/import/types';
import { DEMO_PROJECT, DEMO_PROJECT_UNITS, DEMO_ROUNDS } from './constants';
import { addDays, maxDate, toWeekday } from './dates';
import { isInSubtree } from './organisation';
import type { DemoPerson } from './people';
import { rngFor } from './random';
import { AREAS } from './requirements';
import { toRawTable } from './table';

export interface DemoParticipant {
  employeeId: string;
  joinedOn: string;
}

const PARTICIPANT_SHARE = 0.6;
const WAVES: readonly (readonly [string, number])[] = [['2025-02-03', 55], ['2025-09-01', 25], ['2026-01-12', 20]];
const LAST_JOIN = '2026-10-30';

export function generateParticipants(people: readonly DemoPerson[]): DemoParticipant[] {
  const rng = rngFor('project');
  const target = Math.round(people.length * PARTICIPANT_SHARE);
  const eligible = people.filter((p) => DEMO_PROJECT_UNITS.some((code) => isInSubtree(p.unitCode, code)));
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
    ['code', 'name', 'starts_on', 'ends_on', 'planned_participants', 'diary_number'],
    [{
      code: DEMO_PROJECT.code,
      name: DEMO_PROJECT.name,
      starts_on: DEMO_PROJECT.startsOn,
      ends_on: DEMO_PROJECT.endsOn,
      planned_participants: DEMO_PROJECT.plannedParticipants,
      diary_number: DEMO_PROJECT.diaryNumber,
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

export interface DemoIndicator {
  code: string;
  kind: IndicatorKind;
  /** Empty: the kind's default name. */
  name: string | null;
  target: number;
  baselineRound: string | null;
  followUpRound: string | null;
  area: string | null;
}

const BASELINE = DEMO_ROUNDS.baseline.code;
const FOLLOW_UP = DEMO_ROUNDS.followUp.code;

/** The steering group's indicators, in the order the steering page shows them. */
export const DEMO_INDICATORS: readonly DemoIndicator[] = [
  { code: 'deltagare', kind: 'participants', name: null, target: DEMO_PROJECT.plannedParticipants, baselineRound: null, followUpRound: null, area: null },
  { code: 'starkt', kind: 'strengthened', name: null, target: 0.75, baselineRound: BASELINE, followUpRound: FOLLOW_UP, area: null },
  { code: 'digitalt', kind: 'uptake', name: null, target: 0.6, baselineRound: BASELINE, followUpRound: FOLLOW_UP, area: null },
  {
    code: 'gap-omsorg', kind: 'gap_closure', name: `Minskat kompetensgap: ${AREAS.contact.toLowerCase()}`, target: 0.3,
    baselineRound: BASELINE, followUpRound: FOLLOW_UP, area: AREAS.contact,
  },
  { code: 'krav', kind: 'meets_requirements', name: null, target: 0.7, baselineRound: BASELINE, followUpRound: FOLLOW_UP, area: null },
  // Measured on the day the page is opened: the introduction is a running process, not a survey round.
  { code: 'intro', kind: 'introduction', name: null, target: 0.8, baselineRound: null, followUpRound: null, area: null },
  { code: 'handledare', kind: 'supervisors', name: null, target: 40, baselineRound: null, followUpRound: null, area: null },
  { code: 'sprakombud', kind: 'language_agents', name: null, target: 20, baselineRound: null, followUpRound: null, area: null },
];

export function projectIndicatorsTable(): RawTable {
  return toRawTable(
    'project_indicators',
    ['project_code', 'code', 'kind', 'name', 'target', 'baseline_round', 'follow_up_round', 'area', 'question_code', 'position'],
    DEMO_INDICATORS.map((i, index) => ({
      project_code: DEMO_PROJECT.code,
      code: i.code,
      kind: i.kind,
      name: i.name,
      target: i.target,
      baseline_round: i.baselineRound,
      follow_up_round: i.followUpRound,
      area: i.area,
      question_code: null,
      position: index + 1,
    })),
  );
}
