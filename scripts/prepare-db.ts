// Brings the database to the latest migration and, when it is empty and SEED_DEMO is not
// "false", loads the demo municipality. Runs before `next start` so the first page has data.
import { closeDb, getDbHandle } from '@/db/client';
import { isEmpty, seedDemo } from '@/db/seed/seed-demo';
import { env } from '@/lib/env';

async function main() {
  const { db, driver } = await getDbHandle();
  process.stderr.write(`Databasen (${driver}) är uppdaterad.\n`);
  if (env().SEED_DEMO !== 'false' && (await isEmpty(db))) {
    process.stderr.write('Databasen är tom: läser in demodata för Exempelby kommun…\n');
    const result = await seedDemo(db);
    const total = Object.values(result.created).reduce((a, b) => a + (b ?? 0), 0);
    process.stderr.write(`Demodata inläst: ${total} rader.\n`);
  }
}

main()
  .then(() => closeDb())
  .catch(async (error: unknown) => {
    process.stderr.write(`Kunde inte förbereda databasen: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    await closeDb().catch(() => undefined);
    process.exitCode = 1;
  });
