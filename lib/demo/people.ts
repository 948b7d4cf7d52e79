// Staff of Exempelby kommun: one person per staffing slot of the organisation, with
// employment type, start and end dates, and the few people who moved between the rounds.
import type { RawTable } from '@/lib/import/types';
import type { EmploymentType, Gender as RecordedGender } from '@/lib/domain/enums';
import { DEMO_EMAIL_DOMAIN, DEMO_REFERENCE_DATE, DEMO_ROUNDS } from './constants';
import { addDays, maxDate, minDate, randomDate, toWeekday } from './dates';
import { emailLocalPart, randomName, type Gender } from './names';
import { CARE_ROLES, UNITS, type DemoUnit, type RoleCode } from './organisation';
import { rngFor, type Rng } from './random';
import { toRawTable } from './table';

export interface Placement {
  unitCode: string;
  roleCode: RoleCode;
}

export interface DemoPerson extends Placement {
  employeeId: string;
  name: string;
  /** The gender the name was drawn for. */
  gender: Gender;
  /** What the personnel system records (ESF splits participants by it): null when not recorded. */
  recordedGender: RecordedGender | null;
  email: string;
  employment: EmploymentType;
  startDate: string;
  endDate: string | null;
  /** Unit and role held in the first round, when the person has moved since; else null. */
  previous: Placement | null;
  /** Latent competence in level steps around the typical colleague (0). */
  skill: number;
}

const FIRST_EMPLOYEE_NUMBER = 10001;
const LEAVER_SHARE = 0.04;
const ROLE_CHANGES = 5; // vårdbiträde who became undersköterska between the rounds
const UNIT_CHANGES = 5;
const GENDER_UNRECORDED = 0.03;
const GENDER_OTHER = 0.02;

const FEMALE_SHARE: Record<RoleCode, number> = {
  USK: 0.86, VBI: 0.8, SSK: 0.88, STA: 0.72, BST: 0.75, PAS: 0.78,
  SOS: 0.82, ELA: 0.7, MAT: 0.72, LOK: 0.62, ECH: 0.76,
};

type Band = readonly [number, number]; // years before the reference date

function employmentFor(rng: Rng, role: RoleCode): EmploymentType {
  if (role === 'ECH') return 'tillsvidare';
  if (role === 'PAS') return rng.weighted([['tillsvidare', 55], ['visstid', 10], ['timanstalld', 35]]);
  if (CARE_ROLES.includes(role)) return rng.weighted([['tillsvidare', 62], ['visstid', 10], ['timanstalld', 28]]);
  return rng.weighted([['tillsvidare', 85], ['visstid', 12], ['timanstalld', 3]]);
}

function startDateFor(rng: Rng, role: RoleCode, employment: EmploymentType): string {
  const bands: readonly (readonly [Band, number])[] =
    role === 'ECH'
      ? [[[0, 2], 10], [[2, 5], 30], [[5, 25], 60]]
      : employment === 'timanstalld'
        ? [[[0, 2], 50], [[2, 5], 35], [[5, 12], 15]]
        : employment === 'visstid'
          ? [[[0, 2], 60], [[2, 5], 30], [[5, 10], 10]]
          : [[[0, 2], 10], [[2, 5], 24], [[5, 25], 66]];
  const [from, to] = rng.weighted(bands);
  const daysBack = rng.int(Math.max(7, Math.round(from * 365.25)), Math.round(to * 365.25));
  return minDate(toWeekday(addDays(DEMO_REFERENCE_DATE, -daysBack)), addDays(DEMO_REFERENCE_DATE, -2));
}

function draftPerson(rng: Rng, unit: DemoUnit, role: RoleCode): Omit<DemoPerson, 'employeeId' | 'email' | 'recordedGender'> {
  const gender: Gender = rng.chance(FEMALE_SHARE[role]) ? 'f' : 'm';
  const employment = employmentFor(rng, role);
  return {
    name: randomName(rng, gender),
    gender,
    unitCode: unit.code,
    roleCode: role,
    employment,
    startDate: startDateFor(rng, role, employment),
    endDate: null,
    previous: null,
    skill: rng.normal(0, 0.5),
  };
}

/** About 4% have left: an end date after the first round, before the reference date. */
function markLeavers(rng: Rng, people: DemoPerson[]): void {
  const candidates = people.filter((p) => p.roleCode !== 'ECH' && p.startDate < '2026-06-01');
  const count = Math.round(people.length * LEAVER_SHARE);
  for (const person of rng.shuffle(candidates).slice(0, count)) {
    const earliest = maxDate(addDays(person.startDate, 90), '2025-05-01');
    person.endDate = randomDate(rng, earliest, '2026-10-15');
  }
}

function unitsWithRole(role: RoleCode): string[] {
  return UNITS.filter((u) => u.kind === 'enhet' && u.staff.some(([r]) => r === role)).map((u) => u.code);
}

/** About ten people employed in both rounds changed role or unit in between. */
function markMovers(rng: Rng, people: DemoPerson[]): void {
  const settled = (p: DemoPerson) => p.endDate === null && p.startDate < '2024-09-01';
  const vbiUnits = new Set(unitsWithRole('VBI'));
  const promoted = rng.shuffle(people.filter((p) => settled(p) && p.roleCode === 'USK' && vbiUnits.has(p.unitCode)));
  for (const person of promoted.slice(0, ROLE_CHANGES)) {
    person.previous = { unitCode: person.unitCode, roleCode: 'VBI' };
  }
  const movable: readonly RoleCode[] = ['USK', 'VBI', 'STA', 'SOS'];
  const relocated = rng.shuffle(
    people.filter((p) => settled(p) && p.previous === null && movable.includes(p.roleCode)),
  );
  for (const person of relocated.slice(0, UNIT_CHANGES)) {
    const others = unitsWithRole(person.roleCode).filter((code) => code !== person.unitCode);
    person.previous = { unitCode: rng.pick(others), roleCode: person.roleCode };
  }
}

export function generatePeople(): DemoPerson[] {
  const rng = rngFor('people');
  const drafts = UNITS.flatMap((unit) =>
    unit.staff.flatMap(([role, count]) => Array.from({ length: count }, () => draftPerson(rng, unit, role))),
  );
  const usedEmails = new Set<string>();
  const people: DemoPerson[] = rng.shuffle(drafts).map((draft, index) => {
    const local = emailLocalPart(draft.name);
    let email = `${local}@${DEMO_EMAIL_DOMAIN}`;
    for (let n = 2; usedEmails.has(email); n++) email = `${local}${n}@${DEMO_EMAIL_DOMAIN}`;
    usedEmails.add(email);
    return { ...draft, employeeId: `D${FIRST_EMPLOYEE_NUMBER + index}`, email, recordedGender: null };
  });
  markLeavers(rng, people);
  markMovers(rng, people);
  recordGenders(people);
  return people;
}

/**
 * The personnel system's gender: as the name was drawn for, `annat` for about 2%, and missing
 * for about 3%. A stream of its own, so adding it changed nobody's name, dates or answers.
 */
function recordGenders(people: DemoPerson[]): void {
  const rng = rngFor('gender');
  for (const person of people) {
    const roll = rng.next();
    person.recordedGender =
      roll < GENDER_UNRECORDED ? null
        : roll < GENDER_UNRECORDED + GENDER_OTHER ? 'annat'
          : person.gender === 'f' ? 'kvinna' : 'man';
  }
}

/** Employed at some time between the two dates (both included). */
export function isEmployedBetween(person: DemoPerson, from: string, to: string): boolean {
  return person.startDate <= to && (person.endDate === null || person.endDate >= from);
}

/** The unit and role a person answered under in a round (before or after a move). */
export function placementInRound(person: DemoPerson, roundCode: string): Placement {
  if (roundCode === DEMO_ROUNDS.baseline.code && person.previous) return person.previous;
  return { unitCode: person.unitCode, roleCode: person.roleCode };
}

export function peopleTable(people: readonly DemoPerson[]): RawTable {
  return toRawTable(
    'people',
    ['employee_id', 'name', 'unit_code', 'role_code', 'email', 'employment', 'start_date', 'end_date', 'gender'],
    people.map((p) => ({
      employee_id: p.employeeId,
      name: p.name,
      unit_code: p.unitCode,
      role_code: p.roleCode,
      email: p.email,
      employment: p.employment,
      start_date: p.startDate,
      end_date: p.endDate,
      gender: p.recordedGender,
    })),
  );
}
