// The retention time (lagringstid): how long personal data is kept after a person's
// employment has ended. Dates are ISO days (YYYY-MM-DD) without a time zone.

function parts(iso: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) throw new RangeError(`Not an ISO date: ${iso}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `months` calendar months after `day`; the end of a shorter month where the day does not exist (31 jan + 1 → 28/29 feb). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = parts(day);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return iso(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, lastDay))));
}

export function addDays(day: string, days: number): string {
  const [y, m, d] = parts(day);
  return iso(new Date(Date.UTC(y, m - 1, d + days)));
}

/**
 * A person whose employment ended on `endDate` is due for pseudonymisation once the retention
 * time has passed in full: from the day after `endDate` + `months`. No end date: never.
 */
export function isDueForRemoval(endDate: string | null, today: string, months: number): boolean {
  return endDate !== null && today > addMonths(endDate, months);
}

/** The first day a person is due (see isDueForRemoval); null without an end date. */
export function removalDueFrom(endDate: string | null, months: number): string | null {
  return endDate === null ? null : addDays(addMonths(endDate, months), 1);
}
