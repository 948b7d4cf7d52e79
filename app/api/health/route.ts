import { getDbHandle } from '@/db/client';
import { migrationStatus } from '@/db/queries/health';

// A probe must look at the database now, never at a response cached at build time.
export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'no-store' };

function unavailable(message: string): Response {
  return Response.json({ status: 'error', message }, { status: 503, headers: NO_STORE });
}

/** For load balancers, uptime checks and the browser tests: is the database open and up to date? */
export async function GET(): Promise<Response> {
  let handle;
  try {
    handle = await getDbHandle();
  } catch (error) {
    console.error('Health check: the database could not be opened.', error);
    return unavailable('Databasen går inte att nå just nu.');
  }
  try {
    const { applied, expected } = await migrationStatus(handle.db);
    if (applied < expected) {
      console.error(`Health check: ${applied} of ${expected} migrations applied.`);
      return unavailable('Databasen är inte uppdaterad till den här versionen av Kompetenskartan.');
    }
    return Response.json(
      { status: 'ok', database: { driver: handle.driver, reachable: true, migrated: true, migrations: applied } },
      { headers: NO_STORE },
    );
  } catch (error) {
    console.error('Health check: the migration status could not be read.', error);
    return unavailable('Databasen svarar inte som den ska just nu.');
  }
}
