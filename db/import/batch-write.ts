import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';
import { columnLiteral } from './array-literal';
import type { BulkReferences } from './bulk-references';

/**
 * Rows per statement. Each column travels as one array parameter, so the bind-parameter limit
 * (65,535) does not apply; the cap bounds the size of one statement's arrays, and a table of
 * several batches is prepared one batch ahead of the database (BatchInserter).
 */
export const ROWS_PER_STATEMENT = 20_000;

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
 * Inserts rows (plain objects keyed by column name) in order, one statement per batch, and
 * returns the RETURNING rows. A function scan yields its rows in array order, so ids are handed
 * out in the rows' order (file order, as IMPORT.md promises).
 *
 * Rows may be added in several calls. Each batch is sent as soon as the one before it is stored,
 * and `add` returns while it is being stored, so the caller prepares the next rows meanwhile: on
 * PostgreSQL the server inserts one batch while this process resolves and encodes the next. (On
 * PGlite, which runs in this thread, the statements simply run one after the other.)
 */
export class BatchInserter<R = Record<string, unknown>> {
  private readonly names: SQL;
  private readonly returning: SQL;
  private inFlight: Promise<{ rows: R[] }> | null = null;
  private readonly out: R[] = [];

  constructor(
    private readonly db: DbOrTx,
    private readonly table: string,
    private readonly columns: ColumnSpec[],
    private readonly options: InsertOptions = {},
  ) {
    this.names = sql.join(columns.map((c) => ident(c.name)), sql`, `);
    const returning = options.returning ?? [];
    this.returning = returning.length ? sql` returning ${sql.join(returning.map(ident), sql`, `)}` : sql``;
  }

  async add(rows: Record<string, unknown>[]): Promise<void> {
    for (const batch of batches(rows)) {
      const statement = sql`insert into ${ident(this.table)} (${this.names}) select ${this.names} from ${unnestOf(this.columns, batch)}${this.returning}`;
      await this.settle();
      await this.options.references?.prepare(this.table, batch);
      this.inFlight = send<{ rows: R[] }>(this.db, statement);
    }
  }

  /** Waits for the last batch; the rows RETURNING gave, in order. */
  async finish(): Promise<R[]> {
    await this.settle();
    await this.options.references?.restore();
    return this.out;
  }

  private async settle(): Promise<void> {
    const pending = this.inFlight;
    this.inFlight = null;
    if (pending) for (const row of (await pending).rows) this.out.push(row);
  }
}

/**
 * Puts a statement on the wire now. drizzle's query only starts when awaited, and an `await`
 * would not return before the result; calling `then` at once sends it, and the caller goes on.
 */
function send<T>(db: DbOrTx, statement: SQL): Promise<T> {
  const result = new Promise<T>((resolve, reject) => {
    (db.execute(statement) as unknown as PromiseLike<T>).then(resolve, reject);
  });
  // Awaited by the next settle(); if the caller fails first, the rollback reports, not this.
  result.catch(() => undefined);
  return result;
}

/** Inserts rows in batches and returns the RETURNING rows (see BatchInserter). */
export async function insertMany<R = Record<string, unknown>>(
  db: DbOrTx,
  table: string,
  columns: ColumnSpec[],
  rows: Record<string, unknown>[],
  options: InsertOptions = {},
): Promise<R[]> {
  if (rows.length === 0) return [];
  const inserter = new BatchInserter<R>(db, table, columns, options);
  await inserter.add(rows);
  return inserter.finish();
}
