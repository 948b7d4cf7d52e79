// Answers to the five standard effect questions (1–5) from about 75% of each round's
// population, agreeing more in 2026 than in 2025.
import type { RawTable } from '@/lib/import/types';
import { DEMO_ROUNDS } from './constants';
import { COURSES } from './courses';
import type { DemoEnrolment } from './courses';
import { placementInRound, type DemoPerson } from './people';
import { rngFor } from './random';
import { employedDuring, ROUNDS } from './rounds';
import { toRawTable } from './table';

/** Standard question → mean agreement [baseline 2025, follow-up 2026]. */
const QUESTION_MEANS: readonly (readonly [string, number, number])[] = [
  ['strengthened', 3.2, 3.8],
  ['knows_requirements', 3.0, 3.9],
  ['introduction', 3.3, 3.6],
  ['digital_access', 2.9, 3.7],
  ['learning_at_work', 3.5, 3.8],
];

const SHARE_OF_ASSESSED = 0.84;
const SHARE_OF_OTHERS = 0.2;
const SKIPPED_QUESTION = 0.03;

export interface EffectInputs {
  people: readonly DemoPerson[];
  enrolments: readonly DemoEnrolment[];
  participants: ReadonlySet<string>;
  /** Round code → people who answered the competence part of the round. */
  respondents: ReadonlyMap<string, ReadonlySet<string>>;
}

export interface EffectRow {
  round_code: string;
  employee_id: string;
  question_code: string;
  value: string;
  unit_code: string | null;
  role_code: string | null;
}

export function generateEffectResponses(inputs: EffectInputs): EffectRow[] {
  const rng = rngFor('effect');
  const digitalCourses = new Set(COURSES.filter((c) => c.format === 'digital').map((c) => c.code));
  const firstDigital = new Map<string, string>();
  for (const e of inputs.enrolments) {
    if (e.completedOn === null || !digitalCourses.has(e.courseCode)) continue;
    const known = firstDigital.get(e.employeeId);
    if (known === undefined || e.completedOn < known) firstDigital.set(e.employeeId, e.completedOn);
  }
  // How positive a person tends to answer, the same in both rounds.
  const attitude = new Map(inputs.people.map((p) => [p.employeeId, 0.4 * p.skill + rng.normal(0, 0.45)]));

  const rows: EffectRow[] = [];
  ROUNDS.forEach((round, roundIndex) => {
    const assessed = inputs.respondents.get(round.code) ?? new Set<string>();
    const followUp = round.code === DEMO_ROUNDS.followUp.code;
    for (const person of employedDuring(inputs.people, round)) {
      if (!rng.chance(assessed.has(person.employeeId) ? SHARE_OF_ASSESSED : SHARE_OF_OTHERS)) continue;
      const placement = placementInRound(person, round.code);
      const moved = placement.unitCode !== person.unitCode || placement.roleCode !== person.roleCode;
      const usedDigital = (firstDigital.get(person.employeeId) ?? '9999') <= round.closesOn;
      const inProject = followUp && inputs.participants.has(person.employeeId);
      for (const [question, ...means] of QUESTION_MEANS) {
        if (rng.chance(SKIPPED_QUESTION)) continue;
        const mean = means[roundIndex] ?? 3;
        const raw =
          mean +
          (attitude.get(person.employeeId) ?? 0) +
          (inProject ? 0.25 : 0) +
          (question === 'digital_access' && usedDigital ? 0.35 : 0) +
          rng.normal(0, 0.7);
        rows.push({
          round_code: round.code,
          employee_id: person.employeeId,
          question_code: question,
          value: String(Math.min(5, Math.max(1, Math.round(raw)))),
          unit_code: moved ? placement.unitCode : null,
          role_code: moved ? placement.roleCode : null,
        });
      }
    }
  });
  return rows;
}

export function effectResponsesTable(rows: readonly EffectRow[]): RawTable {
  return toRawTable(
    'effect_responses',
    ['round_code', 'employee_id', 'question_code', 'value', 'unit_code', 'role_code'],
    rows.map((row) => ({ ...row })),
  );
}
