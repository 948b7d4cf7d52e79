import { closeDb } from '@/db/client';
import { DatabaseInUseError, ownerDoor } from '@/db/pglite-owner';
import { databaseTarget } from '@/lib/env';
import { DoorClosedError, forwardCommand, OwnerLostError } from './forward';
import { run } from './run';

/**
 * Runs the command here, or, when a running app owns the embedded database, hands it to the app
 * (lib/cli/door.ts): two processes never open one PGlite folder. An owner that is gone (its door
 * closed) is looked at once more: its folder may be free by then.
 */
async function runHereOrInOwner(argv: string[]): Promise<number> {
  const target = databaseTarget();
  for (let attempt = 0; ; attempt++) {
    const door = target.driver === 'pglite' && target.dir ? ownerDoor(target.dir) : null;
    if (!door) return run(argv);
    try {
      return await forwardCommand(door, { argv, cwd: process.cwd() }, { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) });
    } catch (error) {
      if (!(error instanceof DoorClosedError) || attempt >= 2) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}

// Entry point of `npm run cli`: runs one command, closes the database (PGlite flushes to disk
// on close) and exits with the command's status.
runHereOrInOwner(process.argv.slice(2)).then(
  async (code) => {
    await closeDb();
    process.exitCode = code;
  },
  (error: unknown) => {
    // The database is someone else's, or its owner went away: say so plainly, no stack trace.
    if (error instanceof DatabaseInUseError || error instanceof DoorClosedError || error instanceof OwnerLostError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`Oväntat fel: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
    return closeDb();
  },
);
