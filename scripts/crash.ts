// npm run test:crash [-- --kills 20 --staff 24 --seed 1 --out docs/benchmarks.md]: the crash test over HTTP. Starts the
// production server (`next start`) on PGlite on disk and, when TEST_DATABASE_URL is set, on
// PostgreSQL; signs simulated staff in through their invitation links; sends a steady stream of
// survey autosaves (POST /api/kartlaggning/svar) and submissions (the summary's form, posted as a
// browser without JavaScript does); kills the server's whole process group with SIGKILL at random
// moments, starts it again, and at the end checks that every answer and submission the server
// acknowledged is stored exactly once and that every unit's rollups equal a full recount.
// Writes its table to --out (between the crash markers). npm test runs a short version (--kills 3,
// into .reports/crash.md).
import { TEST_DAY } from '@/tests/support/test-day';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { TODAY_VARIABLE } from '@/lib/clock/clock';
// Seeded, so a failing run can be repeated with the same --seed.
import { mulberry32 } from '@/lib/demo/random';
import { acknowledgedProblems, Gate, killGroup, prepare, signIn, simulate, startServer, targets, type Counts, type Target } from '@/tests/crash/http-harness';
import { AnswerLedger } from '@/tests/crash/ledger';
import { rollupMismatches } from '@/tests/crash/recount';

// The servers and command lines this test starts run on the tests' day (tests/support/test-day.ts),
// unless a day was pinned on purpose: no business date from the wall clock.
process.env[TODAY_VARIABLE] ??= TEST_DAY;

const { values } = parseArgs({
  options: {
    kills: { type: 'string', default: '20' },
    staff: { type: 'string', default: '24' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'docs/benchmarks.md' },
  },
});
const KILLS = Number(values.kills);
const STAFF = Number(values.staff);
const say = (line: string) => process.stderr.write(`${line}\n`);

interface Result {
  target: string;
  kills: number;
  restartMs: number[];
  counts: Counts;
  problems: string[];
  mismatches: string[];
  storedAnswers: number;
}

async function run(target: Target, seed: number): Promise<Result> {
  say(`Krasch-test på ${target.name}: förbereder databasen…`);
  const { roundId, staff } = await prepare(target, STAFF);
  let server = await startServer(target.env);
  for (const s of staff) await signIn(s);
  const rng = mulberry32(seed);
  const ledger = new AnswerLedger();
  const counts: Counts = { saves: 0, acknowledged: 0, submissions: 0, cut: 0, statuses: new Map() };
  const gate = new Gate();
  const workers = staff.map((s, i) => simulate(s, gate, ledger, counts, mulberry32(seed * 1000 + i)));
  const restartMs: number[] = [];
  let before = 0;
  for (let k = 0; k < KILLS; k++) {
    await new Promise((r) => setTimeout(r, 1000 + rng() * 3000));
    gate.close();
    await killGroup(server.child, 'SIGKILL');
    server = await startServer(target.env);
    restartMs.push(server.startedMs);
    say(`  kill ${k + 1}/${KILLS}: ${counts.acknowledged - before} autosparningar kvitterade sedan förra, omstart ${server.startedMs.toFixed(0)} ms`);
    before = counts.acknowledged;
    gate.open();
  }
  await new Promise((r) => setTimeout(r, 1000));
  gate.stopped = true;
  gate.open();
  await Promise.all(workers);
  await killGroup(server.child, 'SIGTERM');

  const handle = await target.open();
  try {
    const { problems, storedAnswers } = await acknowledgedProblems(handle.db, roundId, ledger, counts);
    return { target: target.name, kills: KILLS, restartMs, counts, problems, mismatches: await rollupMismatches(handle.db, roundId), storedAnswers };
  } finally {
    await handle.close();
  }
}

function report(results: Result[]): string {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const lines = [
    `Crash run on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${STAFF} staff signed in through invitation links, each sending autosaves one after another and now and then "Skicka in"; the server's process group killed with SIGKILL ${KILLS} times per database at random moments (1–4 s apart) and started again.`,
    '',
    '| database | kills | autosaves sent | acknowledged | submissions acknowledged | requests cut by a kill | restart (median ms) | answers stored | lost, duplicated or changed | rollup ≠ recount |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map((r) => `| ${r.target} | ${r.kills} | ${r.counts.saves} | ${r.counts.acknowledged} | ${r.counts.submissions} | ${r.counts.cut} | ${median(r.restartMs).toFixed(0)} | ${r.storedAnswers} | ${r.problems.length} | ${r.mismatches.length} |`),
    '',
    `Responses by status: ${results.map((r) => `${r.target} ${[...r.counts.statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(', ')}`).join('; ')}.`,
  ];
  return lines.join('\n');
}

async function main() {
  if (!fs.existsSync('.next/BUILD_ID')) throw new Error('Bygg först: npx next build');
  const results: Result[] = [];
  for (const [i, target] of targets('.data/crash/pglite').entries()) results.push(await run(target, Number(values.seed) + i));
  const table = report(results);
  process.stdout.write(`${table}\n`);
  for (const r of results) for (const p of [...r.problems, ...r.mismatches].slice(0, 20)) say(`${r.target}: ${p}`);
  const out = values.out as string;
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const previous = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  const section = `<!-- crash -->\n## Crash\n\n${table}\n<!-- /crash -->`;
  fs.writeFileSync(out, previous.includes('<!-- crash -->') ? previous.replace(/<!-- crash -->[\s\S]*<!-- \/crash -->/, section) : `${previous.trimEnd()}\n\n${section}\n`.trimStart());
  const failed = results.some((r) => r.problems.length > 0 || r.mismatches.length > 0 || r.counts.acknowledged < r.kills * 5);
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
