/** Experience phases from the start date: Ny 0–2 years, Van 2–5, Erfaren over 5. */
export const EXPERIENCE_PHASES = [
  { code: 'ny', label: 'Ny (0–2 år)', fromYears: 0, toYears: 2 },
  { code: 'van', label: 'Van (2–5 år)', fromYears: 2, toYears: 5 },
  { code: 'erfaren', label: 'Erfaren (över 5 år)', fromYears: 5, toYears: null },
] as const;
export type ExperiencePhase = (typeof EXPERIENCE_PHASES)[number]['code'];

function yearsBefore(date: string, years: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d.toISOString().slice(0, 10);
}

/**
 * The start dates of a phase on a reference date (e.g. the round's closing day): experience
 * in years = reference − start; a phase [from, to) is a start after ref − to and on or before
 * ref − from.
 */
export function phaseStartDates(phase: ExperiencePhase, referenceDate: string): { startedAfter: string | null; startedBy: string } {
  const p = EXPERIENCE_PHASES.find((x) => x.code === phase) ?? EXPERIENCE_PHASES[0];
  return {
    startedAfter: p.toYears === null ? null : yearsBefore(referenceDate, p.toYears),
    startedBy: yearsBefore(referenceDate, p.fromYears),
  };
}

/** Hours to close a gap: people below the required level × the shortest course with hours. */
export function trainingHoursEstimate(peopleBelow: number, courseHours: ReadonlyArray<number | null>): number | null {
  const hours = courseHours.filter((h): h is number => h !== null && h > 0);
  return hours.length === 0 ? null : peopleBelow * Math.min(...hours);
}
