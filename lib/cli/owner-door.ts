import { getDbHandle } from '@/db/client';
import { advertiseDoor, DatabaseInUseError } from '@/db/pglite-owner';
import { databaseTarget } from '@/lib/env';
import { loggableError } from '@/lib/security/loggable-error';
import { openDoor } from './door';

/**
 * At the app's start (instrumentation.ts), on the embedded database: opens the door through which
 * the command line's work comes to this process, then claims and opens the folder with the door
 * written in its owner file. The app owns the folder from its first moment, not from its first
 * request, so a command line started right after `npm start` comes through the door instead of
 * opening the folder itself. On PostgreSQL nothing happens: every process opens its own
 * connections there.
 */
export async function openEmbeddedDatabaseWithDoor(): Promise<void> {
  const target = databaseTarget();
  if (target.driver !== 'pglite' || !target.dir) return;
  const { door } = await openDoor(async (request, io) => {
    const { run } = await import('./run');
    return run(request.argv, io, { cwd: request.cwd });
  });
  advertiseDoor(door);
  try {
    await getDbHandle();
  } catch (error) {
    // Another process (a command-line run) owns the folder: the app says so on every page until it
    // is done, and opens the folder on the first request after that.
    if (error instanceof DatabaseInUseError) console.error(error.message);
    else console.error('Databasen kunde inte öppnas vid start', loggableError(error));
  }
}
