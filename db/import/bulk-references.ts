import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../client';
import { arrayLiteral } from './array-literal';

// A bulk insert of answers fires five foreign-key triggers per row (round, person, requirement,
// unit, role): measured, two thirds of the time of inserting 120,000 assessments on PostgreSQL 15
// and on PGlite. Where the session may switch triggers off (a superuser: PGlite always, a
// self-hosted PostgreSQL often), the import checks each referenced row once instead of once per
// row, taking the same lock the triggers take (FOR KEY SHARE, so the row cannot be deleted or its
// key changed before commit), and inserts with `session_replication_role = replica`, which skips
// the per-row triggers. Elsewhere (a managed database) the triggers run as usual. Either way a
// reference to a missing row stops the import. See docs/decisions/012-import-checks-references-in-bulk.md.

interface ForeignKey {
  column: string;
  /** The referenced table, quoted as needed (regclass text). */
  refTable: string;
  refColumn: string;
  /** SQL type of the referenced column, for the array parameter. */
  refType: string;
}

/** One per import transaction: what the session may do, each table's foreign keys, the rows locked. */
export class BulkReferences {
  private skipAllowed: Promise<boolean> | null = null;
  private readonly keys = new Map<string, Promise<ForeignKey[] | null>>();
  /** Referenced rows already locked in this transaction, per table and column. */
  private readonly locked = new Map<string, Set<unknown>>();
  /** The setting to go back to while triggers are off, else null. */
  private restoreTo: string | null = null;

  constructor(private readonly tx: DbOrTx) {}

  /**
   * Makes the next insert of `rows` into `table` skip its per-row foreign-key triggers, where
   * the session may: locks and checks the rows it refers to, then switches triggers off until
   * `restore`. Where it may not, does nothing and the triggers check each row.
   */
  async prepare(table: string, rows: ReadonlyArray<Record<string, unknown>>): Promise<void> {
    const keys = await this.foreignKeys(table);
    if (!keys || keys.length === 0 || !(await this.mayskipTriggers())) {
      await this.restore();
      return;
    }
    for (const key of keys) await this.lockReferenced(table, key, rows);
    if (this.restoreTo === null) {
      const [before] = await queryRows<{ role: string }>(this.tx, sql`select current_setting('session_replication_role') as role`);
      this.restoreTo = before?.role ?? 'origin';
      await this.tx.execute(sql`select set_config('session_replication_role', 'replica', true)`);
    }
  }

  /** Triggers on again (only bulk inserts skip them; on an error the rollback restores the setting). */
  async restore(): Promise<void> {
    if (this.restoreTo === null) return;
    await this.tx.execute(sql`select set_config('session_replication_role', ${this.restoreTo}, true)`);
    this.restoreTo = null;
  }

  private mayskipTriggers(): Promise<boolean> {
    this.skipAllowed ??= queryRows<{ superuser: boolean }>(this.tx, sql`select current_setting('is_superuser') = 'on' as superuser`)
      .then(([r]) => r?.superuser === true);
    return this.skipAllowed;
  }

  /** The table's single-column foreign keys; null if it has one over several columns (not handled here). */
  private foreignKeys(table: string): Promise<ForeignKey[] | null> {
    let keys = this.keys.get(table);
    if (!keys) {
      keys = queryRows<ForeignKey & { columns: number }>(this.tx, sql`
        select a.attname as column, c.confrelid::regclass::text as "refTable", ra.attname as "refColumn",
          format_type(ra.atttypid, ra.atttypmod) as "refType", cardinality(c.conkey) as columns
        from pg_constraint c
        join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
        join pg_attribute ra on ra.attrelid = c.confrelid and ra.attnum = c.confkey[1]
        where c.conrelid = ${table}::text::regclass and c.contype = 'f'
        order by c.conname`).then((rows) => (rows.some((r) => Number(r.columns) !== 1) ? null : rows));
      this.keys.set(table, keys);
    }
    return keys;
  }

  /** Locks the rows the inserted rows refer to through one key (those not locked yet), and fails if any is missing. */
  private async lockReferenced(table: string, key: ForeignKey, rows: ReadonlyArray<Record<string, unknown>>): Promise<void> {
    const lockKey = `${key.refTable}.${key.refColumn}`;
    let locked = this.locked.get(lockKey);
    if (!locked) {
      locked = new Set();
      this.locked.set(lockKey, locked);
    }
    const values = new Set<unknown>();
    for (const row of rows) {
      const v = row[key.column];
      if (v !== null && v !== undefined && !locked.has(v)) values.add(v);
    }
    if (values.size === 0) return;
    const ident = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`);
    const [found] = await queryRows<{ n: number }>(this.tx, sql`
      select count(*)::int as n from (
        select 1 from only ${sql.raw(key.refTable)} x
        where x.${ident(key.refColumn)} = any(${arrayLiteral([...values])}::${sql.raw(key.refType)}[])
        for key share of x
      ) locked`);
    if (Number(found?.n) !== values.size) {
      throw new Error(`${table}.${key.column}: ${values.size - Number(found?.n)} referenced row(s) of ${key.refTable} do not exist`);
    }
    for (const v of values) locked.add(v);
  }
}
