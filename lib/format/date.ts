// Dates are stored as ISO days (YYYY-MM-DD) without a time zone. They are read and written in
// UTC so that a server or browser in another zone never moves a day.

const longDate = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function parseIsoDay(iso: string): Date {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an ISO date: ${iso}`);
  return date;
}

/** "2026-03-02" → "2 mars 2026". */
export function formatDate(iso: string): string {
  return longDate.format(parseIsoDay(iso));
}

/** "2026-03-02", "2026-04-10" → "2 mars–10 april 2026" (the year once when both share it). */
export function formatDateRange(fromIso: string, toIso: string): string {
  return longDate.formatRange(parseIsoDay(fromIso), parseIsoDay(toIso));
}
