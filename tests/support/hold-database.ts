// Opens the embedded database in PGLITE_DIR and keeps it open until killed: a stand-in for a
// running app in tests/cli/pglite-owner-process.test.ts. Prints "open" when it holds the folder.
import { openDatabase } from '@/db/client';

const dir = process.env.PGLITE_DIR;
if (!dir) throw new Error('PGLITE_DIR must name the folder');
openDatabase({ driver: 'pglite', dir }).then(
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
