// Issue 17: while the command line's work (an import run by the app for it) holds the embedded
// database, the app keeps taking requests and says plainly that it is busy; nobody waits past the
// limit, and work that gave up never runs later. In process, on PGlite (PostgreSQL has no gate:
// every process has its own connections there).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { sql } from 'drizzle-orm';
import { closeDb, commandHoldingDatabase, getDb, queryRows, type DbHandle } from '@/db/client';
import { asNamedWork, databaseBusyError } from '@/db/pglite-gate';
import { resetEnvCache } from '@/lib/env';
import { proxy } from '@/proxy';
import { freshDatabase } from '../support/test-database';

const later = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the embedded database while the command line holds it', () => {
  let handle: DbHandle;
  beforeAll(async () => {
    process.env.PGLITE_WAIT_SECONDS = '1';
    resetEnvCache();
    handle = await freshDatabase({ name: 'pglite' });
    await handle.db.execute(sql`create table busy_probe (n int)`);
  });
  afterAll(async () => {
    delete process.env.PGLITE_WAIT_SECONDS;
    resetEnvCache();
    await closeDb();
  });

  it('answers "busy" at once after two seconds, times out waiting work cleanly, and is itself again afterwards', async () => {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    // A long import: one transaction that holds the database until released.
    const importing = asNamedWork('kommandoraden: import', () =>
      handle.db.transaction(async (tx) => {
        await tx.execute(sql`insert into busy_probe values (1)`);
        await released;
        await tx.execute(sql`insert into busy_probe values (2)`);
      }),
    );
    try {
      await later(50);
      expect(commandHoldingDatabase(0)?.holder).toBe('kommandoraden: import');
      expect(commandHoldingDatabase(2_000)).toBeNull(); // not for long enough yet

      // An autosave's write arrives meanwhile: it waits its limit (1 s here), then gives up, and never runs.
      const write = (await getDb()).execute(sql`insert into busy_probe values (99)`);
      const refused = databaseBusyError(await write.catch((e: unknown) => e));
      expect(refused?.message).toContain('Databasen är upptagen (kommandoraden: import)');

      await later(1_100);
      // Past two seconds: every page and API call hears so at once, the health check is let through.
      const page = await proxy(new NextRequest('http://localhost/enheter/EXB'));
      expect(page.status).toBe(503);
      expect(page.headers.get('retry-after')).toBe('5');
      expect(await page.text()).toContain('Databasen är upptagen');
      const api = await proxy(new NextRequest('http://localhost/api/kartlaggning/svar', { method: 'POST' }));
      expect(api.status).toBe(503);
      expect(((await api.json()) as { error: string }).error).toContain('kommandoraden: import');
      const health = await proxy(new NextRequest('http://localhost/api/health'));
      expect(health.status).not.toBe(503);

    } finally {
      // Never leave the import holding the database: closing it would wait for ever.
      release();
    }
    await importing;
    expect(commandHoldingDatabase(0)).toBeNull();
    const rows = await queryRows<{ n: number }>(handle.db, sql`select n from busy_probe order by n`);
    // The import's rows are there; the write that gave up was never run later.
    expect(rows.map((r) => r.n)).toEqual([1, 2]);
    const after = await proxy(new NextRequest('http://localhost/enheter/EXB'));
    expect(after.status).not.toBe(503);
  }, 30_000);
});
