import { closeDb } from '@/db/client';
import { DatabaseInUseError } from '@/db/pglite-owner';
import { run } from './run';

// Entry point of `npm run cli`: runs one command, closes the database (PGlite flushes to disk
// on close) and exits with the command's status.
run(process.argv.slice(2)).then(
  async (code) => {
    await closeDb();
    process.exitCode = code;
  },
  (error: unknown) => {
    // Another process owns the embedded database: say so plainly, no stack trace.
    if (error instanceof DatabaseInUseError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`Oväntat fel: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 3;
    return closeDb();
  },
);
