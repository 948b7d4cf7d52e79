// Brings the database to the latest migration and, unless SEED_DEMO is "false", loads the demo
// municipality into an empty database, or loads it again for today when the database holds
// only an earlier demo whose open round has closed. Runs before `next start` so the first page
// has data. A database with anything but the demo is never touched.
import { closeDb, getDbHandle } from '@/db/client';
import { DatabaseInUseError } from '@/db/pglite-owner';
import { demoState, reloadDemo, seedDemo } from '@/db/seed/seed-demo';
import type { ImportResult } from '@/db/import/apply-import';
import { todayInSweden } from '@/lib/clock/clock';
import { DEMO_OFF_TEXT, demoSignInState } from '@/lib/auth/sign-in-methods';
import { env } from '@/lib/env';

const rows = (result: ImportResult) => Object.values(result.created).reduce((a, b) => a + (b ?? 0), 0);

async function main() {
  const { db, driver } = await getDbHandle();
  process.stderr.write(`Databasen (${driver}) är uppdaterad.\n`);
  if (env().SEED_DEMO === 'false') return;
  const today = todayInSweden();
  const state = await demoState(db, today);
  if (state.kind === 'empty') {
    process.stderr.write(`Databasen är tom: läser in demodata för Exempelby kommun, placerad kring ${today}…\n`);
    process.stderr.write(`Demodata inläst: ${rows(await seedDemo(db, today))} rader.\n`);
  } else if (state.kind === 'ran-out') {
    const { open } = state.calendar;
    process.stderr.write(
      `Demodatan är gammal: omgången ${open.name} stängde ${open.closesOn}, så medarbetarna har inget att svara på. ` +
      `Databasen har bara demodata, så demon läses in på nytt för ${today}…\n`,
    );
    process.stderr.write(`Demodata inläst på nytt: ${rows(await reloadDemo(db, today))} rader.\n`);
  }
  // The start says whether the one-click demo sign-in will be there, and why not (issue 16).
  const demo = await demoSignInState();
  if (demo.on) process.stderr.write('Demoinloggningen är på: databasen har bara demodata och inget jobbkonto (Entra ID) är inställt.\n');
  else if (demo.asked) process.stderr.write(`${DEMO_OFF_TEXT[demo.reason]} Sätt AUTH_DEMO=false för att slippa det här meddelandet.\n`);
}

main()
  .then(() => closeDb())
  .catch(async (error: unknown) => {
    const why = error instanceof DatabaseInUseError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error);
    process.stderr.write(`Kunde inte förbereda databasen: ${why}\n`);
    await closeDb().catch(() => undefined);
    process.exitCode = 1;
  });
