// Calendar arithmetic on `YYYY-MM-DD` strings via UTC day numbers (no time zones, no clock).
import type { Rng } from './random';

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for a `YYYY-MM-DD` date. */
export function toDayNumber(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) throw new Error(`bad date ${iso}`);
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return fromDayNumber(toDayNumber(iso) + days);
}

export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** Whole years (365.25 days) from one date to another. */
export function yearsBetween(from: string, to: string): number {
  return daysBetween(from, to) / 365.25;
}

export function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

export function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

/** A uniformly chosen date in [from, to], both included. */
export function randomDate(rng: Rng, from: string, to: string): string {
  return fromDayNumber(rng.int(toDayNumber(from), toDayNumber(to)));
}

/** The same date, moved forward to a Monday if it falls on a weekend. */
export function toWeekday(iso: string): string {
  const weekday = (toDayNumber(iso) + 4) % 7; // 0 = Sunday (1970-01-01 was a Thursday)
  if (weekday === 6) return addDays(iso, 2);
  if (weekday === 0) return addDays(iso, 1);
  return iso;
}
