// npm run bench:data -- --people N --rounds R: replaces the database's data (DATABASE_URL, else
// PGlite in PGLITE_DIR) with a generated organisation and answers of that size. For benchmarks;
// never against a real installation's database.
import { parseArgs } from 'node:util';
import { generateScaleData } from '@/db/bench/scale-data';
import { closeDb, getDbHandle, queryRows, sql } from '@/db/client';

async function main() {
  const { values } = parseArgs({ options: { people: { type: 'string', default: '10000' }, rounds: { type: 'string', default: '4' }, yes: { type: 'boolean', default: false } } });
  const people = Number(values.people);
  const rounds = Number(values.rounds);
  if (!Number.isInteger(people) || people < 1 || people > 5_000_000) throw new Error('--people ska vara ett heltal mellan 1 och 5 000 000');
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > 20) throw new Error('--rounds ska vara ett heltal mellan 1 och 20');
  const { db, driver } = await getDbHandle();
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from people where employee_id !~ '^B[0-9]{7}$'`);
  if ((row?.n ?? 0) > 0 && !values.yes) throw new Error('Databasen har riktiga personer. Generatorn ersätter all data: kör med --yes om det verkligen är meningen');
  const started = Date.now();
  const result = await generateScaleData(db, { people, rounds, onProgress: (line) => process.stderr.write(`${line}\n`) });
  process.stdout.write(`${JSON.stringify({ driver, ...result, totalSeconds: (Date.now() - started) / 1000 }, null, 2)}\n`);
}

main()
  .then(() => closeDb())
  .catch(async (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    await closeDb().catch(() => undefined);
    process.exitCode = 1;
  });
