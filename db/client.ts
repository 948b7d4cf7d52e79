import fs from 'node:fs';
import path from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { databaseTarget, type DatabaseTarget } from '@/lib/env';
import * as schema from './schema';
import { claimFolder } from './pglite-owner';
import { APP_WORK, namedWork, SerialGate, type GateState } from './pglite-gate';
import { env } from '@/lib/env';
import { refuseNulParameters } from './text-guard';

export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A database handle or an open transaction on it: writes take either. */
export type DbOrTx = Db | Parameters<Parameters<Db['transaction']>[0]>[0];

export interface DbHandle {
  db: Db;
  driver: DatabaseTarget['driver'];
  /** The embedded database's line of work: who holds it now (db/pglite-gate.ts). PGlite only. */
  gate?: () => GateState;
  close(): Promise<void>;
}

const MIGRATIONS = path.join(process.cwd(), 'db', 'migrations');
// Any constant; serialises migrations when several processes start against one PostgreSQL.
const MIGRATION_LOCK = 7_340_001;

/** Opens a database and brings it to the latest migration. Used by the app, the CLI and tests. */
export async function openDatabase(target: DatabaseTarget): Promise<DbHandle> {
  if (target.driver === 'pglite') {
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    if (target.dir) fs.mkdirSync(path.resolve(target.dir), { recursive: true });
    // One owner per folder, across processes (db/pglite-owner.ts): a second process refuses here.
    const release = target.dir ? claimFolder(target.dir) : () => undefined;
    try {
      const client = target.dir ? new PGlite(path.resolve(target.dir)) : new PGlite();
      // PGlite's start-up runs public queries of its own (its array types): they must be done
      // before the gate stands in front of those methods, or the first query waits for itself.
      await client.waitReady;
      const gate = new SerialGate(() => env().PGLITE_WAIT_SECONDS * 1000);
      passThroughGate(client, gate);
      const db = drizzle({ client, schema, logger: refuseNulParameters });
      await migrate(db, { migrationsFolder: MIGRATIONS });
      await buildMissingRollups(db as unknown as Db);
      return {
        db: db as unknown as Db,
        driver: 'pglite',
        gate: () => gate.state(),
        close: async () => {
          try {
            await client.close();
          } finally {
            release();
          }
        },
      };
    } catch (error) {
      release();
      throw error;
    }
  }
  if (target.driver === 'pg') {
    const pg = (await import('pg')).default;
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    const lockClient = new pg.Client({ connectionString: target.url });
    await lockClient.connect();
    try {
      await lockClient.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
      const locked = drizzle({ client: lockClient, schema, logger: refuseNulParameters });
      await migrate(locked, { migrationsFolder: MIGRATIONS });
      await buildMissingRollups(locked as unknown as Db);
    } finally {
      await lockClient.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
      await lockClient.end();
    }
    // A connection that cannot be made within 5 s fails (the pages then say the database cannot be
    // reached) instead of waiting for ever.
    const pool = new pg.Pool({ connectionString: target.url, max: 10, connectionTimeoutMillis: 5_000 });
    // An idle connection the server drops (a restart, a network outage) is reported here; without
    // a listener node-postgres would take the whole process down with it.
    pool.on('error', (error) => console.error('Databasanslutningen bröts', error.message));
    const db = drizzle({ client: pool, schema, logger: refuseNulParameters });
    return { db: db as unknown as Db, driver: 'pg', close: () => pool.end() };
  }
  const { createPool } = await import('@vercel/postgres');
  const { drizzle } = await import('drizzle-orm/vercel-postgres');
  const { migrate } = await import('drizzle-orm/vercel-postgres/migrator');
  const pool = createPool({ connectionString: target.url });
  const db = drizzle({ client: pool, schema, logger: refuseNulParameters });
  await migrate(db, { migrationsFolder: MIGRATIONS });
  await buildMissingRollups(db as unknown as Db);
  return { db: db as unknown as Db, driver: 'vercel', close: () => pool.end() };
}

/**
 * Every query, exec and transaction of the embedded database passes the process's one gate
 * (db/pglite-gate.ts): one at a time, each waiter with a time limit, the holder named.
 *
 * PGlite also runs each query on this thread, and a chain of awaited queries never hands the event
 * loop back: a page's streamed panels would hold its first bytes (and every other request) until
 * all their queries were done. Waiting one turn of the event loop before each query lets sockets
 * be written and other requests move in between. Queries inside a transaction go through the
 * transaction's own handle and run back to back, as they must.
 */
function passThroughGate(
  client: { query: (...args: never[]) => Promise<unknown>; exec: (...args: never[]) => Promise<unknown>; transaction: (...args: never[]) => Promise<unknown> },
  gate: SerialGate,
): void {
  const query = client.query.bind(client);
  const exec = client.exec.bind(client);
  const transaction = client.transaction.bind(client);
  client.query = (async (...args: never[]) => {
    await new Promise((resolve) => setImmediate(resolve));
    return gate.run(() => query(...args));
  }) as typeof client.query;
  client.exec = ((...args: never[]) => gate.run(() => exec(...args))) as typeof client.exec;
  client.transaction = ((fn: (tx: { query: (...a: never[]) => Promise<unknown>; exec: (...a: never[]) => Promise<unknown> }) => Promise<unknown>) =>
    gate.run(() => transaction(((tx: Parameters<typeof fn>[0]) => fn(namedWork() ? yieldingTransaction(tx) : tx)) as never))) as typeof client.transaction;
}

/**
 * PGlite's queries are synchronous work on this thread, and a transaction's statements follow
 * each other as microtasks: a long import from the command line would freeze the whole server for
 * its length, neither answering requests nor saying it is busy. Inside the command line's
 * transactions each statement first waits one turn of the event loop, so requests are taken in
 * between: proxy.ts tells them the database is busy, and the health check says by whom. Nobody
 * else's statement can run in those turns: the gate is held for the whole transaction.
 */
function yieldingTransaction<T extends { query: (...a: never[]) => Promise<unknown>; exec: (...a: never[]) => Promise<unknown> }>(tx: T): T {
  const query = tx.query.bind(tx);
  const exec = tx.exec.bind(tx);
  tx.query = (async (...args: never[]) => {
    await new Promise((resolve) => setImmediate(resolve));
    return query(...args);
  }) as T['query'];
  tx.exec = (async (...args: never[]) => {
    await new Promise((resolve) => setImmediate(resolve));
    return exec(...args);
  }) as T['exec'];
  return tx;
}

/** A database migrated from before the rollups existed gets them built once, on opening. */
async function buildMissingRollups(db: Db): Promise<void> {
  const { ensureRollups } = await import('./writes/rollups');
  await db.transaction((tx) => ensureRollups(tx).then(() => undefined));
}

/**
 * Next.js loads route handlers and pages in separate module graphs of one process, so a
 * module-level variable would exist twice and open PGlite twice on the same folder (writes of
 * one unseen by the other, a corrupt folder at exit). The handle lives on globalThis instead.
 */
const store = ((globalThis as Record<symbol, unknown>)[Symbol.for('kompetenskartan.db')] ??= { handle: null, opened: null }) as {
  handle: Promise<DbHandle> | null;
  /** The same handle once it has opened: for questions that must not wait (commandHoldingDatabase). */
  opened: DbHandle | null;
};

/**
 * The process's one database, opened lazily on first use (never at import: `next build`
 * imports every route). PGlite is a single connection, so the app holds exactly one.
 */
export function getDbHandle(): Promise<DbHandle> {
  if (!store.handle) {
    store.handle = openDatabase(databaseTarget()).then(
      (handle) => (store.opened = handle),
      (error: unknown) => {
        store.handle = null;
        throw error;
      },
    );
  }
  return store.handle;
}

/** Makes an already open database the process's one (tests, scripts that open their own). */
export function setProcessDatabase(handle: DbHandle): void {
  store.handle = Promise.resolve(handle);
  store.opened = handle;
}

/**
 * Work of the command line that has held the embedded database for more than `afterMs`, or null:
 * proxy.ts then answers "busy" at once instead of letting every request wait, and the health check
 * says so. Only the open handle is asked; nothing is opened here.
 */
export function commandHoldingDatabase(afterMs: number): { holder: string; heldMs: number } | null {
  const state = store.opened?.gate?.();
  if (!state?.holder || state.holder === APP_WORK || state.heldMs < afterMs) return null;
  return { holder: state.holder, heldMs: state.heldMs };
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

export async function closeDb(): Promise<void> {
  if (!store.handle) return;
  const handle = await store.handle.catch(() => null);
  store.handle = null;
  store.opened = null;
  await handle?.close();
}

/** Runs raw SQL and returns its rows; every driver answers with `{ rows }`. */
export async function queryRows<T>(db: DbOrTx, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export { sql };

/** What the last availability check found (databaseAnswers). */
interface Availability {
  checkedAt: number;
  ok: boolean;
  pending: Promise<boolean> | null;
}

const availability = ((globalThis as Record<symbol, unknown>)[Symbol.for('kompetenskartan.dbAvailability')] ??= {
  checkedAt: Number.NEGATIVE_INFINITY,
  ok: true,
  pending: null,
}) as Availability;

/** How long one check's answer is trusted: requests in between ask nobody. */
const CHECK_EVERY_MS = 1_000;
const CHECK_TIMEOUT_MS = 2_000;

/**
 * Whether the database answers a `select 1` within two seconds, checked at most once a second
 * however many requests ask. proxy.ts asks before every page, so that while the database cannot
 * be reached every page and API answers 503 with a plain message, never an error from deep inside.
 */
export function databaseAnswers(): Promise<boolean> {
  if (availability.pending) return availability.pending;
  // The command line holds the embedded database (an import): it answers, only later. proxy.ts
  // says "busy" for that itself; a probe here would wait behind the import and call it gone.
  if (commandHoldingDatabase(0)) return Promise.resolve(true);
  // An interval, not a date: the monotonic clock.
  if (performance.now() - availability.checkedAt < CHECK_EVERY_MS) return Promise.resolve(availability.ok);
  const check = (async () => {
    let timer: NodeJS.Timeout | undefined;
    try {
      const answered = (async () => {
        const { db } = await getDbHandle();
        await db.execute(sql`select 1`);
        return true;
      })();
      const timedOut = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), CHECK_TIMEOUT_MS);
      });
      return await Promise.race([answered.catch(() => false), timedOut]);
    } finally {
      clearTimeout(timer);
    }
  })();
  availability.pending = check;
  return check.then((ok) => {
    if (ok !== availability.ok) console.error(ok ? 'Databasen svarar igen.' : 'Databasen svarar inte.');
    Object.assign(availability, { ok, checkedAt: performance.now(), pending: null });
    return ok;
  });
}

// proxy.ts runs in the same process but is bundled apart: it finds the check here rather than
// importing the database drivers into its own bundle.
(globalThis as Record<symbol, unknown>)[Symbol.for('kompetenskartan.databaseAnswers')] = databaseAnswers;
(globalThis as Record<symbol, unknown>)[Symbol.for('kompetenskartan.commandHoldingDatabase')] = commandHoldingDatabase;
