import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';

/** PostgreSQL allows 65,535 bind parameters per statement; stay well below it. */
const MAX_PARAMS = 30_000;

export interface ColumnSpec {
  /** Column name in the database. */
  name: string;
  /** SQL type for the VALUES list, e.g. `int`, `smallint`, `text`, `date`. */
  type: string;
}

export function batches<T>(items: T[], columnsPerItem: number): T[][] {
  const size = Math.max(1, Math.floor(MAX_PARAMS / Math.max(1, columnsPerItem)));
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Updates many rows in one statement per batch: UPDATE t SET c = v.c FROM (VALUES …) v
 * WHERE t.key = v.key. Rows are plain objects keyed by column name.
 */
export async function updateMany(
  db: DbOrTx,
  table: string,
  keys: ColumnSpec[],
  columns: ColumnSpec[],
  rows: Record<string, unknown>[],
  touch = false,
): Promise<void> {
  if (rows.length === 0) return;
  const all = [...keys, ...columns];
  const ident = (name: string) => sql.raw(`"${name}"`);
  for (const batch of batches(rows, all.length)) {
    const values = sql.join(
      batch.map((row) => sql`(${sql.join(all.map((c) => sql`${row[c.name] ?? null}::${sql.raw(c.type)}`), sql`, `)})`),
      sql`, `,
    );
    const sets: SQL[] = columns.map((c) => sql`${ident(c.name)} = v.${ident(c.name)}`);
    if (touch) sets.push(sql`"updated_at" = now()`);
    const where = sql.join(keys.map((k) => sql`t.${ident(k.name)} = v.${ident(k.name)}`), sql` and `);
    await db.execute(sql`
      update ${ident(table)} as t set ${sql.join(sets, sql`, `)}
      from (values ${values}) as v(${sql.join(all.map((c) => ident(c.name)), sql`, `)})
      where ${where}`);
  }
}

/** Inserts rows (plain objects keyed by column name) in batches; returns the RETURNING rows. */
export async function insertMany<R = Record<string, unknown>>(
  db: DbOrTx,
  table: string,
  columns: ColumnSpec[],
  rows: Record<string, unknown>[],
  returning: string[] = [],
): Promise<R[]> {
  const out: R[] = [];
  if (rows.length === 0) return out;
  const ident = (name: string) => sql.raw(`"${name}"`);
  for (const batch of batches(rows, columns.length)) {
    const values = sql.join(
      batch.map((row) => sql`(${sql.join(columns.map((c) => sql`${row[c.name] ?? null}::${sql.raw(c.type)}`), sql`, `)})`),
      sql`, `,
    );
    const ret = returning.length ? sql` returning ${sql.join(returning.map(ident), sql`, `)}` : sql``;
    const result = (await db.execute(
      sql`insert into ${ident(table)} (${sql.join(columns.map((c) => ident(c.name)), sql`, `)}) values ${values}${ret}`,
    )) as unknown as { rows: R[] };
    out.push(...result.rows);
  }
  return out;
}
