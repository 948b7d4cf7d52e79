import 'server-only';
import { commandHoldingDatabase, getDbHandle } from '@/db/client';
import { migrationStatus } from '@/db/queries/health';
import { DatabaseInUseError } from '@/db/pglite-owner';
import { loggableError } from '@/lib/security/loggable-error';

export type Health =
  | {
      status: 'ok';
      database: {
        driver: string;
        reachable: true;
        migrated: true;
        migrations: number;
        /** The embedded database's owner: this server's process (db/pglite-owner.ts); null for PostgreSQL. */
        owner: { pid: number } | null;
        /** Work of the command line that holds the embedded database now (an import), or null. */
        busy: { by: string; seconds: number } | null;
      };
    }
  | { status: 'error'; message: string };

/** The migrations counted at the last check that could ask the database. */
let lastApplied: number | null = null;

/**
 * Is the database open and up to date? Public (no viewer): it tells nothing about the data.
 * Details go to the server log; the answer holds only a plain Swedish message.
 */
export async function checkHealth(): Promise<Health> {
  let handle;
  try {
    handle = await getDbHandle();
  } catch (error) {
    if (error instanceof DatabaseInUseError) {
      console.error(`Health check: ${error.message}`);
      return { status: 'error', message: `Den inbyggda databasen används av en annan process (pid ${error.owner.pid}). Stoppa den, eller använd PostgreSQL.` };
    }
    console.error('Health check: the database could not be opened.', loggableError(error));
    return { status: 'error', message: 'Databasen går inte att nå just nu.' };
  }
  const owner = handle.driver === 'pglite' ? { pid: process.pid } : null;
  // Asking the database now would wait behind the command line's import: say what is going on.
  const holding = commandHoldingDatabase(0);
  if (holding && lastApplied !== null) {
    return { status: 'ok', database: { driver: handle.driver, reachable: true, migrated: true, migrations: lastApplied, owner, busy: { by: holding.holder, seconds: Math.round(holding.heldMs / 1000) } } };
  }
  try {
    const { applied, expected } = await migrationStatus(handle.db);
    if (applied < expected) {
      console.error(`Health check: ${applied} of ${expected} migrations applied.`);
      return { status: 'error', message: 'Databasen är inte uppdaterad till den här versionen av Kompetenskartan.' };
    }
    lastApplied = applied;
    return { status: 'ok', database: { driver: handle.driver, reachable: true, migrated: true, migrations: applied, owner, busy: null } };
  } catch (error) {
    console.error('Health check: the migration status could not be read.', loggableError(error));
    return { status: 'error', message: 'Databasen svarar inte som den ska just nu.' };
  }
}
