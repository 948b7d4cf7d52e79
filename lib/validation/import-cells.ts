import { z } from 'zod';
import type { Level } from '@/lib/domain/enums';

// One schema per kind of import cell. The input is always the reader's trimmed text or
// null; every failure carries the Swedish reason shown to the person who made the file.

export const REQUIRED = 'måste fyllas i';
export const BAD_DATE = 'ogiltigt datum, skriv ÅÅÅÅ-MM-DD';
export const BAD_LEVEL = 'nivån måste vara 0–4 eller vet ej';

type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (reason: string): Parsed<never> => ({ ok: false, reason });

export const NOT_TEXT = 'måste vara text';

/**
 * One transform rather than string → nullable → transform: an import checks every cell of up to
 * two million rows, and each extra schema layer costs a parse step and its allocations per cell.
 * The reader only ever gives text or null; anything else is refused all the same.
 */
function cellSchema<T>(parse: (text: string | null) => Parsed<T>) {
  return z.transform((text: unknown, ctx): T => {
    if (text !== null && typeof text !== 'string') {
      ctx.addIssue({ code: 'custom', message: NOT_TEXT });
      return z.NEVER;
    }
    const parsed = parse(text);
    if (parsed.ok) return parsed.value;
    ctx.addIssue({ code: 'custom', message: parsed.reason });
    return z.NEVER;
  });
}

/** Empty cells become null; required cells turn that into a problem. */
function optional<T>(parse: (text: string) => Parsed<T>): (text: string | null) => Parsed<T | null> {
  return (text) => (text === null ? ok(null) : parse(text));
}
function required<T>(parse: (text: string) => Parsed<T>): (text: string | null) => Parsed<T> {
  return (text) => (text === null ? fail(REQUIRED) : parse(text));
}
function withDefault<T>(parse: (text: string) => Parsed<T>, fallback: T) {
  return (text: string | null): Parsed<T> => (text === null ? ok(fallback) : parse(text));
}

const asText = (text: string): Parsed<string> => ok(text);

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Strict `YYYY-MM-DD` that names a real day: Excel habits like 2025-2-3 are refused. */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const days = month === 2 && isLeapYear(year) ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day <= days;
}

const asDate = (text: string): Parsed<string> => (isIsoDate(text) ? ok(text) : fail(BAD_DATE));

function asInteger(min: number, max: number | null) {
  const reason =
    max === null ? `måste vara ett heltal, ${min} eller mer` : `måste vara ett heltal ${min}–${max}`;
  return (text: string): Parsed<number> => {
    if (!/^\d+$/.test(text)) return fail(reason);
    const n = Number(text);
    return n >= min && (max === null || n <= max) ? ok(n) : fail(reason);
  };
}

/** `Förvaltning`, `OMRÅDE` and `Timanställd` all name the plain ASCII enum values. */
export function normalizeEnumText(text: string): string {
  return text.trim().toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

function listInSwedish(values: readonly string[]): string {
  return values.length <= 1
    ? (values[0] ?? '')
    : `${values.slice(0, -1).join(', ')} eller ${values[values.length - 1]}`;
}

function asEnum<const V extends string>(values: readonly V[], reason = `måste vara ${listInSwedish(values)}`) {
  return (text: string): Parsed<V> => {
    const normalized = normalizeEnumText(text);
    const found = values.find((v) => v === normalized);
    return found === undefined ? fail(reason) : ok(found);
  };
}

const NO_ANSWER = new Set(['-', 'vet ej', 'ej aktuellt']);

function asLevel(text: string | null): Parsed<Level | null> {
  const word = (text ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  if (word === '' || NO_ANSWER.has(word)) return ok(null);
  if (!/^[0-4]$/.test(word)) return fail(BAD_LEVEL);
  return ok(Number(word) as Level);
}

/** Swedish files write `1,5`; both decimal marks are accepted. */
function asDecimal(reason: string) {
  return (text: string): Parsed<number> => {
    if (!/^\d+([.,]\d+)?$/.test(text)) return fail(reason);
    return ok(Number(text.replace(',', '.')));
  };
}

const asHours = asDecimal('måste vara ett tal, 0 eller mer, t.ex. 1,5');
/** A target: a share as 0..1 (`0,7`) or a count (`40`). */
const asNumber = asDecimal('måste vara ett tal, 0 eller mer, t.ex. 0,7 eller 40');

function asEmail(text: string): Parsed<string> {
  return /^[^\s@]+@[^\s@]+$/.test(text) ? ok(text) : fail('ogiltig e-postadress');
}

function asUrl(text: string): Parsed<string> {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? ok(text) : fail('länken måste börja med https://');
  } catch {
    return fail('ogiltig länk, skriv hela adressen med https://');
  }
}

function asLanguageCode(text: string): Parsed<string> {
  return /^[a-z]{2,3}(-[a-z0-9]{2,12})*$/.test(text) ? ok(text) : fail('ogiltig språkkod, t.ex. sv, en, ar eller sv-lattlast');
}

export const cells = {
  optionalUrl: cellSchema(optional(asUrl)),
  languageCode: cellSchema(required(asLanguageCode)),
  text: cellSchema(required(asText)),
  optionalText: cellSchema(optional(asText)),
  date: cellSchema(required(asDate)),
  optionalDate: cellSchema(optional(asDate)),
  email: cellSchema(required(asEmail)),
  optionalEmail: cellSchema(optional(asEmail)),
  optionalHours: cellSchema(optional(asHours)),
  level: cellSchema(asLevel),
  integer: (min: number, max: number) => cellSchema(required(asInteger(min, max))),
  integerWithDefault: (min: number, max: number, fallback: number) =>
    cellSchema(withDefault(asInteger(min, max), fallback)),
  optionalCount: cellSchema(optional(asInteger(0, null))),
  optionalNumber: cellSchema(optional(asNumber)),
  enumValue: <const V extends string>(values: readonly V[]) => cellSchema(required(asEnum(values))),
  /** `reason` replaces the default "måste vara a, b eller c" where a table words it its own way. */
  optionalEnum: <const V extends string>(values: readonly V[], reason?: string) =>
    cellSchema(optional(asEnum(values, reason))),
  enumWithDefault: <const V extends string>(values: readonly V[], fallback: V) =>
    cellSchema(withDefault(asEnum(values), fallback)),
};
