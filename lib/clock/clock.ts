// The product's one clock. Every business date ("today" in Sweden: which rounds are open,
// which phase a project is in, when a link or a person's data runs out) and every business
// moment compared with one comes from here, never from `new Date()` elsewhere.
//
// KOMPETENSKARTAN_TODAY=YYYY-MM-DD pins the day: the tests set it (in-process and for the
// servers and command lines they start), and a demo can be shown as on another day. It is read
// on every call, so a test may move it between steps. Without it the wall clock decides.
//
// The rules are pure functions of the wall moment and the pinned day (`todayAt`, `nowAt`), so
// their tests give both; the two exported readers are the only places that ask the wall clock.

const PIN = 'KOMPETENSKARTAN_TODAY';
const DAY = /^\d{4}-\d{2}-\d{2}$/;

const swedishDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' });

/** The calendar day in Sweden at a moment, as YYYY-MM-DD. */
export function swedishDate(moment: Date): string {
  return swedishDay.format(moment);
}

/** A real calendar day written YYYY-MM-DD: it survives a round trip through a date. */
function isCalendarDay(value: string): boolean {
  return DAY.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

function pinnedDay(): string | null {
  const value = process.env[PIN];
  if (value === undefined || value === '') return null;
  if (!isCalendarDay(value)) throw new Error(`${PIN} must be a date written YYYY-MM-DD, not "${value}"`);
  return value;
}

/** The business day at a wall moment: the pinned day, else the Swedish calendar day. */
export function todayAt(wall: Date, pinned: string | null): string {
  return pinned ?? swedishDate(wall);
}

/**
 * The business moment at a wall moment: with a pinned day, the wall clock's time of day moved
 * by whole days onto that day, so a moment compared with a stored one (a link's expiry, a
 * round closed "now") agrees with the business day.
 */
export function nowAt(wall: Date, pinned: string | null): Date {
  if (pinned === null) return wall;
  const shift = Date.parse(`${pinned}T00:00:00Z`) - Date.parse(`${swedishDate(wall)}T00:00:00Z`);
  let moment = new Date(wall.getTime() + shift);
  // Whole days of UTC are not whole days in Sweden across a change to or from summer time: late in
  // the evening a winter moment moved onto a summer day lands after midnight, on the next Swedish
  // day (found at 23:17 in December with the day pinned to 1 July). Step back or forward the
  // hour that summer time moves, so the moment always falls on the pinned day.
  for (let i = 0; i < 2 && swedishDate(moment) !== pinned; i++) {
    moment = new Date(moment.getTime() + (swedishDate(moment) > pinned ? -1 : 1) * 60 * 60 * 1000);
  }
  return moment;
}

/** Today's date in Sweden as YYYY-MM-DD: rounds open and close by Swedish calendar days. */
export function todayInSweden(): string {
  return todayAt(new Date(), pinnedDay());
}

/** Now, as a moment on the business day (see `nowAt`). */
export function clockNow(): Date {
  return nowAt(new Date(), pinnedDay());
}

/** Pins the day (or, with null, goes back to the wall clock). For tests and scripts only. */
export function pinToday(day: string | null): void {
  // Refused where it is set, and nothing changed.
  if (day !== null && !isCalendarDay(day)) throw new Error(`${PIN} must be a date written YYYY-MM-DD, not "${day}"`);
  if (day === null) delete process.env[PIN];
  else process.env[PIN] = day;
}

/** The variable that pins the day, for passing to a child process. */
export const TODAY_VARIABLE = PIN;
