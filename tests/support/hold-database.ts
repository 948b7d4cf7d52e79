// Opens the embedded database in PGLITE_DIR and keeps it open until killed: a stand-in for a
// running app in tests/cli/pglite-owner-process.test.ts. Prints "open" when it holds the folder.
// With HOLD_WITH_DOOR=true it opens the command line's door first, as the app does at start
// (lib/cli/owner-door.ts), and takes the command line's work.
import { getDbHandle } from '@/db/client';
import { openEmbeddedDatabaseWithDoor } from '@/lib/cli/owner-door';

const dir = process.env.PGLITE_DIR;
if (!dir) throw new Error('PGLITE_DIR must name the folder');
(process.env.HOLD_WITH_DOOR === 'true' ? openEmbeddedDatabaseWithDoor().then(() => getDbHandle()) : getDbHandle()).then(
  (handle) => {
    process.stdout.write('open\n');
    const close = () => void handle.close().then(() => process.exit(0));
    process.on('SIGTERM', close);
    setInterval(() => undefined, 60_000);
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(3);
  },
);
