// The two closed mapping rounds, and the invitation list of the second one. The first round
// has no invitations, so its population falls back to everyone employed while it was open.
import type { RawTable } from '@/lib/import/types';
import { DEMO_OPEN_ROUND, DEMO_REFERENCE_DATE, DEMO_ROUNDS } from './constants';
import { isEmployedBetween, type DemoPerson } from './people';
import { toRawTable } from './table';

export type DemoRound = (typeof DEMO_ROUNDS)[keyof typeof DEMO_ROUNDS];

/** Oldest first. */
export const ROUNDS: readonly DemoRound[] = [DEMO_ROUNDS.baseline, DEMO_ROUNDS.followUp];

/** Everyone employed at some time while the round was open, in people order. */
export function employedDuring(people: readonly DemoPerson[], round: DemoRound): DemoPerson[] {
  return people.filter((p) => isEmployedBetween(p, round.opensOn, round.closesOn));
}

export function roundsTable(): RawTable {
  return toRawTable(
    'rounds',
    ['code', 'name', 'opens_on', 'closes_on', 'kind'],
    [...ROUNDS, DEMO_OPEN_ROUND].map((r) => ({ code: r.code, name: r.name, opens_on: r.opensOn, closes_on: r.closesOn, kind: 'kombinerad' })),
  );
}

/**
 * The follow-up round invited everyone employed while it was open; the open round invites
 * everyone still employed on the demo's reference date. The baseline had no list.
 */
export function invitationsTable(people: readonly DemoPerson[]): RawTable {
  const followUp = employedDuring(people, DEMO_ROUNDS.followUp).map((p) => ({ round_code: DEMO_ROUNDS.followUp.code, employee_id: p.employeeId }));
  const open = people
    .filter((p) => isEmployedBetween(p, DEMO_REFERENCE_DATE, DEMO_OPEN_ROUND.closesOn))
    .map((p) => ({ round_code: DEMO_OPEN_ROUND.code, employee_id: p.employeeId }));
  return toRawTable('invitations', ['round_code', 'employee_id'], [...followUp, ...open]);
}
