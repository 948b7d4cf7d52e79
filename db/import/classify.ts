import type { ImportTable } from '@/lib/import/types';
import type { ImportContext } from './context';

export interface KeyedRow<V> {
  line: number;
  key: string;
  values: V;
}

export interface Classified<V, E> {
  toInsert: KeyedRow<V>[];
  toUpdate: Array<KeyedRow<V> & { existing: E }>;
}

export function keyOf(...parts: Array<string | number | null>): string {
  return JSON.stringify(parts);
}

/**
 * Splits an import's rows into new and changed ones against what is stored, rejecting a key
 * that occurs twice in the same import, and counts created / updated / unchanged.
 */
export function classify<V, E>(
  ctx: ImportContext,
  table: ImportTable,
  file: string,
  rows: KeyedRow<V>[],
  existing: Map<string, E>,
  same: (incoming: V, stored: E) => boolean,
  keyColumn: string,
): Classified<V, E> {
  const seen = new Map<string, number>();
  const out: Classified<V, E> = { toInsert: [], toUpdate: [] };
  for (const row of rows) {
    const first = seen.get(row.key);
    if (first !== undefined) {
      ctx.reject({ file, line: row.line, column: keyColumn }, `samma nyckel finns redan på rad ${first}`);
      continue;
    }
    seen.set(row.key, row.line);
    const stored = existing.get(row.key);
    if (stored === undefined) {
      out.toInsert.push(row);
      ctx.count(table, 'created');
    } else if (same(row.values, stored)) {
      ctx.count(table, 'unchanged');
    } else {
      out.toUpdate.push({ ...row, existing: stored });
      ctx.count(table, 'updated');
    }
  }
  return out;
}

/** Field-by-field equality of the fields an import can set. */
export function sameFields<V extends object>(a: V, b: object, fields: Array<keyof V & string>): boolean {
  const stored = b as Record<string, unknown>;
  return fields.every((f) => normalise(a[f]) === normalise(stored[f]));
}

function normalise(v: unknown): unknown {
  return v === undefined ? null : v;
}
