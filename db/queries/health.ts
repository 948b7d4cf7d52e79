import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../client';

export interface MigrationStatus {
  /** Migrations recorded as applied in the database. */
  applied: number;
  /** Migrations this build of the app ships with. */
  expected: number;
}

// The journal, not the .sql files, is what the migrator applies: a stray .sql file that is not
// in it would never run, and counting it would report "not migrated" for ever.
const JOURNAL = path.join(process.cwd(), 'db', 'migrations', 'meta', '_journal.json');

export async function expectedMigrationCount(): Promise<number> {
  const journal = JSON.parse(await readFile(JOURNAL, 'utf8')) as { entries?: unknown[] };
  return Array.isArray(journal.entries) ? journal.entries.length : 0;
}

export async function appliedMigrationCount(db: DbOrTx): Promise<number> {
  // Checked first: counting rows of a table that does not exist is an error, not zero.
  const [table] = await queryRows<{ exists: boolean }>(db, sql`
    select to_regclass('drizzle.__drizzle_migrations') is not null as "exists"`);
  if (!table?.exists) return 0;
  const [row] = await queryRows<{ count: number }>(db, sql`select count(*)::int as count from drizzle.__drizzle_migrations`);
  return row?.count ?? 0;
}

export async function migrationStatus(db: DbOrTx): Promise<MigrationStatus> {
  const [applied, expected] = await Promise.all([appliedMigrationCount(db), expectedMigrationCount()]);
  return { applied, expected };
}
