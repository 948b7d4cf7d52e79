// Moments (timestamps) are shown in Swedish time, whatever the zone of the server or browser.

const dateTime = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Stockholm' });
const longDateTime = new Intl.DateTimeFormat('sv-SE', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Stockholm' });

function parseMoment(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Not a timestamp: ${iso}`);
  return date;
}

/** "2026-11-23T16:05:00Z" → "2026-11-23 17:05". */
export function formatDateTime(iso: string): string {
  return dateTime.format(parseMoment(iso));
}

/** "2026-04-10T22:59:59Z" → "11 april 2026 00:59". */
export function formatLongDateTime(iso: string): string {
  return longDateTime.format(parseMoment(iso));
}
