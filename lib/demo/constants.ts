// Fixed facts of the demo municipality that several parts of the generator share. Every date
// here is as written for the anchor week (calendar.ts); the loaded demo moves them all, and
// renames the rounds, onto the day it is loaded.

export const DEMO_MUNICIPALITY = 'Exempelby kommun';
export const DEMO_CODE_PREFIX = 'EXB';
export const DEMO_EMAIL_DOMAIN = 'exempelby.example';
export const DEMO_FRAMEWORK = 'Exempelby yrkeskrav';

/** "Today" in the demo as written: start dates, enrolments and joins all lie before it. */
export const DEMO_REFERENCE_DATE = '2026-11-01';

/** Folder prefix of the file names in problem reports, e.g. `demo/people.csv`. */
export const DEMO_FILE_PREFIX = 'demo/';

export const DEMO_ROUNDS = {
  baseline: { code: 'KART-2025', name: 'Kompetenskartläggning 2025', opensOn: '2025-03-03', closesOn: '2025-04-11' },
  followUp: { code: 'KART-2026', name: 'Kompetenskartläggning 2026', opensOn: '2026-03-02', closesOn: '2026-04-10' },
} as const;

/** A round open now, with invitations and no answers yet: the one the demo staff answer. */
export const DEMO_OPEN_ROUND = { code: 'KART-2026-H', name: 'Uppföljning hösten 2026', opensOn: '2026-11-09', closesOn: '2026-12-11' } as const;

export const DEMO_PROJECT = {
  code: 'ESF-STARK',
  name: 'Stärkt i yrkesrollen',
  startsOn: '2025-01-01',
  endsOn: '2026-12-31',
  plannedParticipants: 360,
  diaryNumber: 'ESF 2024/00321',
} as const;

/** The parts of the organisation the project works in (each with everything below it). */
export const DEMO_PROJECT_UNITS: readonly string[] = [`${DEMO_CODE_PREFIX}-VO`, `${DEMO_CODE_PREFIX}-SOC`];
