// A stand-in for the server in the crash test: opens the database (DATABASE_URL, else PGlite in
// PGLITE_DIR), then saves survey answers through lib/data for many staff, several at a time, and
// prints "sent <key> <level>" before and "ack <key> <level>" after each save is committed. The
// crash test kills this process with SIGKILL at random moments.
import { sql } from 'drizzle-orm';
import { getDbHandle, queryRows } from '@/db/client';
import type { Viewer } from '@/lib/auth/viewer';
import { saveSurveyAnswers, submitSurvey } from '@/lib/data/survey';

async function main() {
  const { db } = await getDbHandle();
  const [round] = await queryRows<{ id: number }>(db, sql`select id from rounds where code = 'KRASCH'`);
  const staff = await queryRows<{ id: number; requirements: string[] }>(db, sql`
    select p.id, array_agg(q.code order by q.code) as requirements from people p
    join role_requirements rr on rr.role_id = p.role_id join requirements q on q.id = rr.requirement_id
    where p.pseudonymised_at is null group by p.id order by p.id limit 200`);
  const seed = Number(process.env.CRASH_SEED ?? 1);
  const WORKERS = 8;
  // Each worker has staff of its own: one person's saves follow one another, as the survey's
  // queue sends them, so "the last acknowledged" is well defined.
  const worker = async (w: number) => {
    let n = seed * 1_000_003 + w;
    for (;;) {
      n = (n * 1_103_515_245 + 12_345) % 2_147_483_648;
      const mine = staff.filter((_, i) => i % WORKERS === w);
      const person = mine[n % mine.length] as { id: number; requirements: string[] };
      const requirement = person.requirements[(n >> 8) % person.requirements.length] as string;
      const level = (n >> 4) % 5;
      const viewer: Viewer = { kind: 'invitation', tokenId: 0, personId: person.id, roundId: (round as { id: number }).id, name: 'krasch' };
      const key = `${person.id}:${requirement}`;
      process.stdout.write(`sent ${key} ${level}\n`);
      await saveSurveyAnswers(viewer, [{ kind: 'requirement', requirement, choice: String(level) as never }]);
      process.stdout.write(`ack ${key} ${level}\n`);
      if (n % 17 === 0) await submitSurvey(viewer);
    }
  };
  process.stdout.write('ready\n');
  await Promise.all(Array.from({ length: WORKERS }, (_, w) => worker(w)));
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
