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
 * that occurs twice in the same import, and counts created / updated / unchanged. Rows may come
 * in several calls (a large table in chunks); a key is a duplicate across them too.
 */
export class Classifier<V, E> {
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly ctx: ImportContext,
    private readonly table: ImportTable,
    private readonly file: string,
    private readonly existing: Map<string, E>,
    private readonly same: (incoming: V, stored: E) => boolean,
    private readonly keyColumn: string,
  ) {}

  add(rows: KeyedRow<V>[]): Classified<V, E> {
    const out: Classified<V, E> = { toInsert: [], toUpdate: [] };
    let created = 0;
    let updated = 0;
    let unchanged = 0;
    for (const row of rows) {
      const first = this.seen.get(row.key);
      if (first !== undefined) {
        this.ctx.reject({ file: this.file, line: row.line, column: this.keyColumn }, `samma nyckel finns redan på rad ${first}`);
        continue;
      }
      this.seen.set(row.key, row.line);
      const stored = this.existing.get(row.key);
      if (stored === undefined) {
        out.toInsert.push(row);
        created++;
      } else if (this.same(row.values, stored)) {
        unchanged++;
      } else {
        out.toUpdate.push({ ...row, existing: stored });
        updated++;
      }
    }
    if (created) this.ctx.count(this.table, 'created', created);
    if (updated) this.ctx.count(this.table, 'updated', updated);
    if (unchanged) this.ctx.count(this.table, 'unchanged', unchanged);
    return out;
  }
}

/** Classifier over all of a table's rows at once. */
export function classify<V, E>(
  ctx: ImportContext,
  table: ImportTable,
  file: string,
  rows: KeyedRow<V>[],
  existing: Map<string, E>,
  same: (incoming: V, stored: E) => boolean,
  keyColumn: string,
): Classified<V, E> {
  return new Classifier(ctx, table, file, existing, same, keyColumn).add(rows);
}

/** Field-by-field equality of the fields an import can set. */
export function sameFields<V extends object>(a: V, b: object, fields: Array<keyof V & string>): boolean {
  const stored = b as Record<string, unknown>;
  return fields.every((f) => normalise(a[f]) === normalise(stored[f]));
}

function normalise(v: unknown): unknown {
  return v === undefined ? null : v;
}
