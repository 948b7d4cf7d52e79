import pg from 'pg';
import { openDatabase, setProcessDatabase, type DbHandle } from '@/db/client';

export interface TestDriver {
  name: 'pglite' | 'postgres';
  url?: string;
}

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export const TEST_DRIVERS: TestDriver[] = [
  { name: 'pglite' },
  ...(process.env.TEST_DATABASE_URL ? [{ name: 'postgres' as const, url: process.env.TEST_DATABASE_URL }] : []),
];

/**
 * A fresh database built from the committed migrations, made the process's database so
 * lib/data and the CLI use it. The one reset for every database test.
 */
export async function freshDatabase(driver: TestDriver): Promise<DbHandle> {
  let handle: DbHandle;
  if (driver.name === 'pglite') {
    handle = await openDatabase({ driver: 'pglite', dir: null });
  } else {
    const client = new pg.Client({ connectionString: driver.url });
    await client.connect();
    try {
      await client.query('drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;');
    } finally {
      await client.end();
    }
    handle = await openDatabase({ driver: 'pg', url: driver.url as string });
  }
  setProcessDatabase(handle);
  return handle;
}
