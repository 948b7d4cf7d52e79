// The product's one clock. Every business date ("today" in Sweden: which rounds are open,
// which phase a project is in, when a link or a person's data runs out) and every business
// moment compared with one comes from here, never from `new Date()` elsewhere.
//
// KOMPETENSKARTAN_TODAY=YYYY-MM-DD pins the day: the tests set it (in-process and for the
// servers and command lines they start), and a demo can be shown as on another day. It is read
// on every call, so a test may move it between steps. Without it the wall clock decides.

const PIN = 'KOMPETENSKARTAN_TODAY';
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MS_PER_DAY = 86_400_000;

const swedishDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' });

/** The calendar day in Sweden at a moment, as YYYY-MM-DD. */
export function swedishDate(moment: Date): string {
  return swedishDay.format(moment);
}

function pinnedDay(): string | null {
  const value = process.env[PIN];
  if (value === undefined || value === '') return null;
  if (!DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new Error(`${PIN} must be a date written YYYY-MM-DD, not "${value}"`);
  }
  return value;
}

/** Today's date in Sweden as YYYY-MM-DD: rounds open and close by Swedish calendar days. */
export function todayInSweden(): string {
  return pinnedDay() ?? swedishDate(new Date());
}

/**
 * Now, as a moment. With a pinned day it is the wall clock's time of day moved by whole days
 * onto the pinned day, so a moment compared with a stored one (a link's expiry, a round
 * closed "now") agrees with `todayInSweden()`.
 */
export function clockNow(): Date {
  const wall = new Date();
  const pinned = pinnedDay();
  if (pinned === null) return wall;
  const shift = Date.parse(`${pinned}T00:00:00Z`) - Date.parse(`${swedishDate(wall)}T00:00:00Z`);
  return new Date(wall.getTime() + Math.round(shift / MS_PER_DAY) * MS_PER_DAY);
}

/** Pins the day (or, with null, goes back to the wall clock). For tests and scripts only. */
export function pinToday(day: string | null): void {
  if (day === null) delete process.env[PIN];
  else process.env[PIN] = day;
  pinnedDay(); // refuse a malformed day at once, where it was set
}

/** The variable that pins the day, for passing to a child process. */
export const TODAY_VARIABLE = PIN;
