// Courses (digital, fysisk, blandad), the requirements they lift, and staff enrolments from
// January 2025 to October 2026. About 70% of enrolments are completed. Two courses make a
// person a trained handledare or språkombud, the counts the steering group follows.
import type { RawTable } from '@/lib/import/types';
import type { CourseFormat, CourseQualification } from '@/lib/domain/enums';
import { DEMO_PROJECT, DEMO_PROJECT_UNITS } from './constants';
import { addDays, maxDate, minDate, randomDate, toWeekday, yearsBetween } from './dates';
import { CARE_ROLES, isInSubtree, UNITS, type RoleCode } from './organisation';
import { isEmployedBetween, type DemoPerson } from './people';
import { rngFor } from './random';
import { toRawTable } from './table';

export interface DemoCourse {
  code: string;
  name: string;
  format: CourseFormat;
  hours: number;
  provider: string;
  /** [requirement code, target level]: the level the course brings a person to. */
  targets: readonly (readonly [string, number])[];
  /** Roles the course is offered to. */
  audience: readonly RoleCode[];
  /** Chance that someone in the audience enrols (before the unit's own factor). */
  uptake: number;
  /** Fixed course days [first day, last day] for classroom courses. */
  sessions?: readonly (readonly [string, string])[];
  /** Only for staff employed at least this many years. */
  minYears?: number;
  /** Completing the course makes a person a trained handledare or språkombud. */
  qualifiesAs?: CourseQualification;
  /**
   * The share of the care staff (in the audience) of the project's units who complete the
   * course during the project: the project enrols more of them than the regular uptake does.
   */
  projectShare?: number;
}

const PLATFORM = 'Kommunens lärplattform';
const REGION = 'Regionens utbildningscentrum';

export const COURSES: readonly DemoCourse[] = [
  {
    code: 'HYG-D', name: 'Basala hygienrutiner på webben', format: 'digital', hours: 1, provider: PLATFORM,
    targets: [['HYG', 3]], audience: ['USK', 'VBI', 'SSK', 'STA', 'PAS', 'MAT', 'LOK'], uptake: 0.45,
  },
  {
    code: 'LAK-D', name: 'Läkemedel vid delegering – webbutbildning', format: 'digital', hours: 3, provider: PLATFORM,
    targets: [['LAK', 3]], audience: ['USK', 'SSK', 'STA', 'PAS'], uptake: 0.4,
  },
  {
    code: 'FALL-D', name: 'Förebygg fall – webbutbildning', format: 'digital', hours: 2, provider: PLATFORM,
    targets: [['FALL', 3], ['NUT', 2]], audience: ['USK', 'VBI', 'SSK'], uptake: 0.35,
  },
  {
    code: 'LAB-D', name: 'Lågaffektivt bemötande i vardagen', format: 'digital', hours: 4, provider: PLATFORM,
    targets: [['LAB', 3], ['BEM', 3]], audience: ['STA', 'BST', 'PAS', 'ELA', 'USK', 'VBI'], uptake: 0.35,
  },
  {
    code: 'SEK-D', name: 'Sekretess och tystnadsplikt', format: 'digital', hours: 1, provider: PLATFORM,
    targets: [['SEK', 3]], audience: ['USK', 'VBI', 'SSK', 'BST', 'PAS', 'SOS', 'ELA', 'LOK', 'ECH'], uptake: 0.3,
  },
  {
    code: 'DEM-F', name: 'Demensdagarna', format: 'fysisk', hours: 14, provider: REGION,
    targets: [['DEM', 4]], audience: ['USK', 'VBI'], uptake: 0.12,
    sessions: [['2025-04-08', '2025-04-09'], ['2025-10-14', '2025-10-15'], ['2026-04-21', '2026-04-22'], ['2026-10-06', '2026-10-07']],
  },
  {
    code: 'HAND-F', name: 'Handledarutbildning', format: 'fysisk', hours: 24, provider: 'Vård- och omsorgscollege',
    targets: [['HAN', 4]], audience: ['USK', 'STA', 'SSK', 'ECH'], uptake: 0.1, minYears: 3,
    qualifiesAs: 'handledare', projectShare: 1 / 12,
    sessions: [['2025-02-04', '2025-03-18'], ['2025-09-09', '2025-10-21'], ['2026-02-03', '2026-03-17'], ['2026-09-08', '2026-10-20']],
  },
  {
    code: 'BBIC-F', name: 'BBIC grundutbildning', format: 'fysisk', hours: 21, provider: REGION,
    targets: [['UTR', 3], ['BAR', 3]], audience: ['SOS'], uptake: 0.35,
    sessions: [['2025-05-12', '2025-05-14'], ['2025-11-17', '2025-11-19'], ['2026-05-18', '2026-05-20']],
  },
  {
    code: 'DOK-B', name: 'Dokumentera rätt', format: 'blandad', hours: 8, provider: PLATFORM,
    targets: [['DOK', 3], ['GEN', 3]], audience: ['USK', 'VBI', 'SSK', 'STA', 'BST', 'SOS'], uptake: 0.22,
  },
  {
    code: 'LIV-B', name: 'Livsmedelshygien i storkök', format: 'blandad', hours: 6, provider: 'Miljö- och hälsoskyddskontoret',
    targets: [['LIV', 3]], audience: ['MAT'], uptake: 0.5,
  },
  {
    // Only the project enrols people in it (uptake 0): see projectShare.
    code: 'SPRAK-B', name: 'Språkombudsutbildning', format: 'blandad', hours: 16, provider: 'Vård- och omsorgscollege',
    targets: [['KOM', 3]], audience: CARE_ROLES, uptake: 0, minYears: 1,
    qualifiesAs: 'sprakombud', projectShare: 1 / 20,
    sessions: [['2025-03-11', '2025-04-15'], ['2025-10-07', '2025-11-11'], ['2026-03-10', '2026-04-14'], ['2026-09-15', '2026-10-20']],
  },
];

export interface DemoEnrolment {
  employeeId: string;
  courseCode: string;
  enrolledOn: string;
  completedOn: string | null;
}

const FIRST_ENROLMENT = '2025-01-07';
const LAST_ENROLMENT = '2026-10-20';
const LAST_COMPLETION = '2026-10-31';

/** Requirements that at least one digital course lifts. */
export const DIGITAL_REQUIREMENTS: ReadonlySet<string> = new Set(
  COURSES.filter((c) => c.format === 'digital').flatMap((c) => c.targets.map(([code]) => code)),
);

function enrol(rng: ReturnType<typeof rngFor>, person: DemoPerson, course: DemoCourse): DemoEnrolment | null {
  const lastDay = person.endDate === null ? LAST_COMPLETION : minDate(person.endDate, LAST_COMPLETION);
  if (course.sessions) {
    const open = course.sessions.filter(([first, last]) => {
      const enrolBy = addDays(first, -14);
      return enrolBy >= person.startDate && last <= lastDay &&
        (course.minYears === undefined || yearsBetween(person.startDate, first) >= course.minYears);
    });
    if (open.length === 0) return null;
    const [first, last] = rng.pick(open);
    const enrolledOn = toWeekday(addDays(first, -rng.int(14, 45)));
    return {
      employeeId: person.employeeId,
      courseCode: course.code,
      enrolledOn: maxDate(maxDate(enrolledOn, FIRST_ENROLMENT), person.startDate),
      completedOn: rng.chance(0.85) ? last : null,
    };
  }
  const from = maxDate(FIRST_ENROLMENT, person.startDate);
  const to = person.endDate === null ? LAST_ENROLMENT : minDate(person.endDate, LAST_ENROLMENT);
  if (from > to) return null;
  const enrolledOn = minDate(toWeekday(randomDate(rng, from, to)), to);
  const completed = course.format === 'digital'
    ? rng.chance(0.7) ? addDays(enrolledOn, rng.int(2, 30)) : null
    : rng.chance(0.65) ? addDays(enrolledOn, rng.int(21, 56)) : null;
  return {
    employeeId: person.employeeId,
    courseCode: course.code,
    enrolledOn,
    completedOn: completed !== null && completed <= lastDay ? completed : null,
  };
}

export function generateEnrolments(people: readonly DemoPerson[]): DemoEnrolment[] {
  const rng = rngFor('enrolments');
  // Some units push their staff to courses more than others.
  const unitFactor = new Map(UNITS.map((u) => [u.code, 0.5 + rng.next()]));
  const enrolments: DemoEnrolment[] = [];
  for (const person of people) {
    const factor = unitFactor.get(person.unitCode) ?? 1;
    for (const course of COURSES) {
      // A course without regular uptake draws nothing here, so this stream stays as it was.
      if (course.uptake === 0 || !course.audience.includes(person.roleCode)) continue;
      if (!rng.chance(Math.min(0.95, course.uptake * factor))) continue;
      const enrolment = enrol(rng, person, course);
      if (enrolment) enrolments.push(enrolment);
    }
  }
  return [...enrolments, ...projectEnrolments(people, enrolments)];
}

const completedDuringProject = (e: DemoEnrolment) =>
  e.completedOn !== null && e.completedOn >= DEMO_PROJECT.startsOn && e.completedOn <= DEMO_PROJECT.endsOn;

/**
 * Enrolments the project adds so that `projectShare` of the care staff of its units complete
 * a course during the project, from a stream of their own; some drop out on the way.
 */
function projectEnrolments(people: readonly DemoPerson[], regular: readonly DemoEnrolment[]): DemoEnrolment[] {
  const rng = rngFor('project-enrolments');
  const added: DemoEnrolment[] = [];
  for (const course of COURSES) {
    if (course.projectShare === undefined) continue;
    const care = people.filter((p) =>
      CARE_ROLES.includes(p.roleCode) &&
      DEMO_PROJECT_UNITS.some((code) => isInSubtree(p.unitCode, code)) &&
      isEmployedBetween(p, DEMO_PROJECT.startsOn, DEMO_PROJECT.endsOn));
    const own = regular.filter((e) => e.courseCode === course.code);
    const enrolled = new Set(own.map((e) => e.employeeId));
    const careIds = new Set(care.map((p) => p.employeeId));
    let completed = own.filter((e) => careIds.has(e.employeeId) && completedDuringProject(e)).length;
    const wanted = Math.round(care.length * course.projectShare);
    for (const person of rng.shuffle(care)) {
      if (completed >= wanted) break;
      if (enrolled.has(person.employeeId) || !course.audience.includes(person.roleCode)) continue;
      const enrolment = enrol(rng, person, course);
      if (!enrolment) continue;
      added.push(enrolment);
      if (completedDuringProject(enrolment)) completed++;
    }
  }
  return added;
}

/** `employeeId|requirementCode` → earliest completion of a course that lifts it. */
export function completionsByRequirement(enrolments: readonly DemoEnrolment[]): Map<string, string> {
  const targetsOf = new Map(COURSES.map((c) => [c.code, c.targets]));
  const earliest = new Map<string, string>();
  for (const e of enrolments) {
    if (e.completedOn === null) continue;
    for (const [requirementCode] of targetsOf.get(e.courseCode) ?? []) {
      const key = `${e.employeeId}|${requirementCode}`;
      const known = earliest.get(key);
      if (known === undefined || e.completedOn < known) earliest.set(key, e.completedOn);
    }
  }
  return earliest;
}

/** Invented course pages: the learning platform for digital and blended courses, the course catalogue for classroom ones. */
export function courseUrl(course: Pick<DemoCourse, 'code' | 'format'>): string {
  return course.format === 'fysisk'
    ? `https://utbildning.exempelby.example/${course.code}`
    : `https://larplattform.exempelby.example/kurser/${course.code}`;
}

export function coursesTable(): RawTable {
  return toRawTable(
    'courses',
    ['code', 'name', 'format', 'hours', 'url', 'provider', 'qualifies_as'],
    COURSES.map((c) => ({
      code: c.code, name: c.name, format: c.format, hours: c.hours, url: courseUrl(c), provider: c.provider, qualifies_as: c.qualifiesAs,
    })),
  );
}

export function courseRequirementsTable(): RawTable {
  return toRawTable(
    'course_requirements',
    ['course_code', 'requirement_code', 'target_level'],
    COURSES.flatMap((c) =>
      c.targets.map(([requirementCode, targetLevel]) => ({
        course_code: c.code,
        requirement_code: requirementCode,
        target_level: targetLevel,
      })),
    ),
  );
}

export function enrolmentsTable(enrolments: readonly DemoEnrolment[]): RawTable {
  return toRawTable(
    'enrolments',
    ['employee_id', 'course_code', 'enrolled_on', 'completed_on'],
    enrolments.map((e) => ({
      employee_id: e.employeeId,
      course_code: e.courseCode,
      enrolled_on: e.enrolledOn,
      completed_on: e.completedOn,
    })),
  );
}
