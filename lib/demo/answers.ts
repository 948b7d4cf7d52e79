// Self-assessments and manager validations for both rounds. Levels scatter around the
// role's required level: about one step short in 2025, clearly better in 2026, most of all
// on requirements with a digital course and for people who completed a linked course.
import type { RawTable } from '@/lib/import/types';
import { DEMO_CODE_PREFIX, DEMO_ROUNDS } from './constants';
import { addDays, minDate, maxDate, randomDate, toWeekday, yearsBetween } from './dates';
import { DIGITAL_REQUIREMENTS } from './courses';
import { placementInRound, type DemoPerson } from './people';
import { requirementsOfRole } from './requirements';
import { rngFor, type Rng } from './random';
import { employedDuring, ROUNDS, type DemoRound } from './rounds';
import { toRawTable } from './table';

export interface AnswerInputs {
  people: readonly DemoPerson[];
  /** `employeeId|requirementCode` → earliest completion of a course lifting it. */
  completions: ReadonlyMap<string, string>;
  participants: ReadonlySet<string>;
}

export interface AssessmentRow {
  round_code: string;
  employee_id: string;
  requirement_code: string;
  level: string | null;
  source: 'self' | 'validated';
  assessed_on: string;
  unit_code: string | null;
  role_code: string | null;
}

export interface AssessmentResult {
  rows: AssessmentRow[];
  /** Round code → employee ids with at least one assessment in it. */
  respondents: Map<string, Set<string>>;
}

const RESPONSE_SHARE = 0.85;
const VET_EJ_SHARE = 0.025;
const REVISED_SHARE = 0.012;
const VALIDATED_SHARE = 0.55;
const NO_LEVEL_TEXTS = [null, 'vet ej', 'Vet ej', 'ej aktuellt'] as const;

/** Units whose managers validated their staff's answers, per round. */
const VALIDATING_UNITS: Record<string, readonly string[]> = {
  [DEMO_ROUNDS.baseline.code]: ['VO-ALD-01', 'VO-FUNK-04'].map((c) => `${DEMO_CODE_PREFIX}-${c}`),
  [DEMO_ROUNDS.followUp.code]: ['VO-ALD-01', 'VO-ALD-02', 'VO-HT-01', 'VO-FUNK-04', 'VO-FUNK-06'].map(
    (c) => `${DEMO_CODE_PREFIX}-${c}`,
  ),
};

function clampLevel(value: number): number {
  return Math.min(4, Math.max(0, Math.round(value)));
}

/** Experience bonus in level steps: Ny (< 2 years), Van (2–5), Erfaren (> 5). */
function experienceBonus(person: DemoPerson, on: string): number {
  const years = yearsBetween(person.startDate, on);
  if (years < 2) return -0.4;
  if (years <= 5) return 0;
  return 0.25;
}

/** Expected improvement between the rounds, in level steps. */
function growth(round: DemoRound, requirementCode: string, participant: boolean): number {
  if (round.code !== DEMO_ROUNDS.followUp.code) return 0;
  return 0.3 + (DIGITAL_REQUIREMENTS.has(requirementCode) ? 0.35 : 0) + (participant ? 0.15 : 0);
}

/** The day a person opened the survey, or null if they could not answer while it was open. */
function answerDay(rng: Rng, person: DemoPerson, round: DemoRound): string | null {
  const from = maxDate(round.opensOn, person.startDate);
  const lastSelf = addDays(round.closesOn, -10); // leaves room for revisions and validation
  const to = person.endDate === null ? lastSelf : minDate(person.endDate, lastSelf);
  if (from > to) return null;
  return minDate(toWeekday(randomDate(rng, from, to)), to);
}

export function generateAssessments(inputs: AnswerInputs): AssessmentResult {
  const rng = rngFor('assessments');
  const offsetRng = rngFor('assessment-offsets');
  // A person's lasting strength or weakness on one requirement, the same in both rounds.
  const offsets = new Map<string, number>();
  const offsetOf = (key: string): number => {
    let value = offsets.get(key);
    if (value === undefined) {
      value = offsetRng.normal(0, 0.5);
      offsets.set(key, value);
    }
    return value;
  };
  const movers = new Set(inputs.people.filter((p) => p.previous !== null).map((p) => p.employeeId));

  const rows: AssessmentRow[] = [];
  const respondents = new Map<string, Set<string>>();
  for (const round of ROUNDS) {
    const answered = new Set<string>();
    respondents.set(round.code, answered);
    const validating = new Set(VALIDATING_UNITS[round.code] ?? []);
    for (const person of employedDuring(inputs.people, round)) {
      const forced = movers.has(person.employeeId);
      if (!forced && !rng.chance(RESPONSE_SHARE)) continue;
      const day = answerDay(rng, person, round);
      if (day === null) continue;
      answered.add(person.employeeId);

      const placement = placementInRound(person, round.code);
      const moved = placement.unitCode !== person.unitCode || placement.roleCode !== person.roleCode;
      const base = {
        round_code: round.code,
        employee_id: person.employeeId,
        unit_code: moved ? placement.unitCode : null,
        role_code: moved ? placement.roleCode : null,
      };
      const revises = rng.chance(REVISED_SHARE);
      const validated = validating.has(placement.unitCode) && placement.roleCode !== 'ECH';
      const needs = requirementsOfRole(placement.roleCode);
      const revisedCodes = new Set(
        revises ? rng.shuffle(needs).slice(0, rng.int(1, 2)).map((n) => n.requirementCode) : [],
      );

      for (const need of needs) {
        const completedOn = inputs.completions.get(`${person.employeeId}|${need.requirementCode}`);
        const raw =
          need.requiredLevel - 1 +
          person.skill +
          experienceBonus(person, round.opensOn) +
          offsetOf(`${person.employeeId}|${need.requirementCode}`) +
          growth(round, need.requirementCode, inputs.participants.has(person.employeeId)) +
          (completedOn !== undefined && completedOn < day ? 0.6 : 0) +
          rng.normal(0, 0.45);
        const level = clampLevel(raw);
        const unknown = rng.chance(VET_EJ_SHARE);
        let selfDay = day;
        if (revisedCodes.has(need.requirementCode)) {
          // A first answer, changed a few days later; the later one counts.
          const first = level === 0 ? 1 : level === 4 ? 3 : level + (rng.chance(0.5) ? 1 : -1);
          rows.push({ ...base, requirement_code: need.requirementCode, level: String(first), source: 'self', assessed_on: day });
          selfDay = addDays(day, rng.int(1, 4));
        }
        rows.push({
          ...base,
          requirement_code: need.requirementCode,
          level: unknown ? rng.pick(NO_LEVEL_TEXTS) : String(level),
          source: 'self',
          assessed_on: selfDay,
        });
        if (validated && !unknown && rng.chance(VALIDATED_SHARE)) {
          const change = rng.weighted([[-1, 50], [0, 20], [1, 30]] as const);
          rows.push({
            ...base,
            requirement_code: need.requirementCode,
            level: String(clampLevel(level + change)),
            source: 'validated',
            assessed_on: addDays(selfDay, rng.int(1, 5)),
          });
        }
      }
    }
  }
  return { rows, respondents };
}

export function assessmentsTable(rows: readonly AssessmentRow[]): RawTable {
  return toRawTable(
    'assessments',
    ['round_code', 'employee_id', 'requirement_code', 'level', 'source', 'assessed_on', 'unit_code', 'role_code'],
    rows.map((row) => ({ ...row })),
  );
}
