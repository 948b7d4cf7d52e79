// Dates in the survey's chosen language. ISO days are read in UTC (a day never moves);
// moments are shown in Swedish time, like everywhere else in the product.

function parseIsoDay(iso: string): Date {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not an ISO date: ${iso}`);
  return date;
}

/**
 * A timestamp as ISO 8601 or as PostgreSQL writes `timestamptz::text`
 * ("2026-11-23 16:05:00.123456+00"), which JavaScript's Date does not read by itself.
 */
export function parseMoment(text: string): Date {
  const iso = text
    .trim()
    .replace(' ', 'T')
    .replace(/(\.\d{3})\d+/, '$1')
    .replace(/([+-]\d{2})$/, '$1:00');
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a timestamp: ${text}`);
  return date;
}

/** "2026-12-11", "sv-SE" → "11 december 2026"; with "en-GB" → "11 December 2026". */
export function formatDateIn(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(parseIsoDay(iso));
}

/** A moment with its day and time in Swedish time: "23 november 2026 17:05". */
export function formatMomentIn(text: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' }).format(parseMoment(text));
}
