import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { columnLiteral } from './array-literal';
import type { BulkReferences } from './bulk-references';

/**
 * Rows per statement. Each column travels as one array parameter, so the bind-parameter limit
 * (65,535) does not apply; the cap only bounds the size of one statement's arrays.
 */
const ROWS_PER_STATEMENT = 50_000;

export interface ColumnSpec {
  /** Column name in the database. */
  name: string;
  /** SQL element type of the column's array parameter, e.g. `int`, `smallint`, `text`, `date`. */
  type: string;
}

export function batches<T>(items: T[], size = ROWS_PER_STATEMENT): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

const ident = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`);

/**
 * `unnest($1::int[], $2::text[], …) as v(a, b, …)`: one parameter per column whatever the number
 * of rows, and one plan per statement rather than one per row. Works on PGlite and PostgreSQL.
 */
function unnestOf(columns: ColumnSpec[], rows: Record<string, unknown>[]): SQL {
  const arrays = columns.map((c) => sql`${columnLiteral(rows, c.name)}::${sql.raw(c.type)}[]`);
  return sql`unnest(${sql.join(arrays, sql`, `)}) as v(${sql.join(columns.map((c) => ident(c.name)), sql`, `)})`;
}

/**
 * Updates many rows in one statement per batch: UPDATE t SET c = v.c FROM unnest(…) v
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
  const sets: SQL[] = columns.map((c) => sql`${ident(c.name)} = v.${ident(c.name)}`);
  if (touch) sets.push(sql`"updated_at" = now()`);
  const where = sql.join(keys.map((k) => sql`t.${ident(k.name)} = v.${ident(k.name)}`), sql` and `);
  for (const batch of batches(rows)) {
    await db.execute(sql`
      update ${ident(table)} as t set ${sql.join(sets, sql`, `)}
      from ${unnestOf([...keys, ...columns], batch)}
      where ${where}`);
  }
}

export interface InsertOptions {
  /** Columns to return of each inserted row. */
  returning?: string[];
  /** Check foreign keys once per referenced row rather than per inserted row, where allowed. */
  references?: BulkReferences;
}

/**
 * Inserts rows (plain objects keyed by column name) in batches; returns the RETURNING rows.
 * A function scan yields its rows in array order, so ids are handed out in the rows' order
 * (file order, as IMPORT.md promises).
 */
export async function insertMany<R = Record<string, unknown>>(
  db: DbOrTx,
  table: string,
  columns: ColumnSpec[],
  rows: Record<string, unknown>[],
  options: InsertOptions = {},
): Promise<R[]> {
  const out: R[] = [];
  if (rows.length === 0) return out;
  const names = sql.join(columns.map((c) => ident(c.name)), sql`, `);
  const returning = options.returning ?? [];
  const ret = returning.length ? sql` returning ${sql.join(returning.map(ident), sql`, `)}` : sql``;
  for (const batch of batches(rows)) {
    const insert = async () => (await db.execute(
      sql`insert into ${ident(table)} (${names}) select ${names} from ${unnestOf(columns, batch)}${ret}`,
    )) as unknown as { rows: R[] };
    const result = options.references ? await options.references.insert(table, batch, insert) : await insert();
    for (const row of result.rows) out.push(row);
  }
  return out;
}
