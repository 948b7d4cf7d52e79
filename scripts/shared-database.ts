// npm run test:shared-db [-- --people 2000 --staff 16 --out .reports/shared-db.md]: the app and the
// command line on one database, over HTTP (issue 17). Starts `next start` on a fresh demo database
// (the embedded one, and PostgreSQL when TEST_DATABASE_URL is set); staff signed in through their
// invitation links send autosaves and submissions without a pause; meanwhile the command line
// imports a second organisation's files and prints reports again and again, as a nightly script
// would. Then a clean stop, a restart and another clean stop. It fails unless every command
// finished with its normal status, the app showed the imported data on its next request, every
// acknowledged answer and submission is stored exactly once, the import is complete, and every
// unit's rollups equal a full recount, for the demo's open round and the imported one.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { queryRows } from '@/db/client';
import { insertApiKey } from '@/db/writes/api-keys';
import { newApiKey } from '@/lib/auth/api-key-token';
import { TODAY_VARIABLE } from '@/lib/clock/clock';
import { mulberry32 } from '@/lib/demo/random';
import { acknowledgedProblems, Gate, killGroup, ORIGIN, prepare, signIn, simulate, startServer, targets, type Counts, type Target } from '@/tests/crash/http-harness';
import { AnswerLedger } from '@/tests/crash/ledger';
import { rollupMismatches } from '@/tests/crash/recount';
import { writeSecondOrganisation } from '@/tests/crash/second-organisation';
import { TEST_DAY } from '@/tests/support/test-day';

process.env[TODAY_VARIABLE] ??= TEST_DAY;

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '2000' },
    staff: { type: 'string', default: '16' },
    out: { type: 'string', default: '.reports/shared-db.md' },
  },
});
const PEOPLE = Number(values.people);
const STAFF = Number(values.staff);
const say = (line: string) => process.stderr.write(`${line}\n`);

interface CliRun {
  args: string[];
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** The command line as a user runs it, in a process of its own (`npm run -s cli -- …` without npm). */
function cli(target: Target, args: string[]): Promise<CliRun> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'lib/cli/main.ts', ...args], {
      env: { ...process.env, ...target.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('exit', (code) => resolve({ args, code, stdout, stderr, ms: performance.now() - started }));
  });
}

interface Result {
  target: string;
  importMs: number;
  reports: number;
  busySeen: number;
  counts: Counts;
  apiBefore: number;
  apiAfter: number;
  problems: string[];
}

async function apiResponse(key: string, round: string, unit: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${ORIGIN}/api/v1/reports/response?round=${round}&unit=${unit}`, { headers: { Authorization: `Bearer ${key}` } });
  return { status: res.status, body: (await res.json().catch(() => ({}))) as Record<string, unknown> };
}

async function run(target: Target, seed: number): Promise<Result> {
  say(`Delad databas på ${target.name}: förbereder…`);
  const problems: string[] = [];
  const { roundId, staff } = await prepare(target, STAFF);
  const organisation = writeSecondOrganisation(path.resolve('.data/shared-db/import'), PEOPLE);
  const api = newApiKey();
  const setup = await target.open();
  let demoRoot: string;
  try {
    await insertApiKey(setup.db, { name: 'delad databas', prefix: api.prefix, keyHash: api.keyHash, unitId: null, createdBy: 'testet' });
    const [root] = await queryRows<{ code: string }>(setup.db, sql`select code from units where parent_id is null order by id limit 1`);
    demoRoot = root?.code ?? '';
  } finally {
    await setup.close();
  }

  let server = await startServer(target.env);
  for (const s of staff) await signIn(s);
  const ledger = new AnswerLedger();
  const counts: Counts = { saves: 0, acknowledged: 0, submissions: 0, cut: 0, statuses: new Map() };
  const gate = new Gate();
  const workers = staff.map((s, i) => simulate(s, gate, ledger, counts, mulberry32(seed * 1000 + i)));
  await new Promise((r) => setTimeout(r, 1500));

  const apiBefore = (await apiResponse(api.key, organisation.round, organisation.rootUnit)).status;
  // What /api/health says while the import runs: the owner and, while it holds the database, the work.
  let busySeen = 0;
  let importDone = false;
  const health = (async () => {
    while (!importDone) {
      const body = (await (await fetch(`${ORIGIN}/api/health`)).json().catch(() => ({}))) as { database?: { owner?: { pid: number } | null; busy?: unknown } };
      if (target.env.PGLITE_DIR && !body.database?.owner) problems.push(`/api/health named no owner: ${JSON.stringify(body)}`);
      if (body.database?.busy) busySeen++;
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  const importing = cli(target, ['import', organisation.dir, '--json']).then((r) => {
    importDone = true;
    return r;
  });
  // Reports from the command line, one after another, for as long as the import runs.
  const reports: CliRun[] = [];
  const reporting = (async () => {
    while (!importDone) {
      reports.push(await cli(target, ['report', 'response', '--round', 'KRASCH', '--unit', demoRoot, '--json']));
      if (!importDone) reports.push(await cli(target, ['report', 'gaps', '--round', 'KRASCH', '--unit', demoRoot, '--json']));
    }
  })();
  const imported = await importing;
  await Promise.all([reporting, health]);

  if (imported.code !== 0) problems.push(`import exited ${imported.code}: ${imported.stderr.slice(-2000)}`);
  else {
    const summary = JSON.parse(imported.stdout) as { rejected: unknown[]; created: Record<string, number> };
    if (summary.rejected.length) problems.push(`import rejected ${summary.rejected.length} rows`);
    if (summary.created.people !== organisation.people) problems.push(`import created ${summary.created.people} people, not ${organisation.people}`);
  }
  for (const r of reports) {
    if (r.code !== 0) problems.push(`${r.args.join(' ')} exited ${r.code}: ${r.stderr.slice(-500)}`);
    else if (JSON.parse(r.stdout).unit !== demoRoot) problems.push(`${r.args.join(' ')} printed ${r.stdout.slice(0, 200)}`);
  }
  // The app shows the import on its next request: no restart, no cache to wait for.
  const after = await apiResponse(api.key, organisation.round, organisation.rootUnit);
  if (after.status !== 200) problems.push(`the API answered ${after.status} for the imported unit after the import`);
  else if (after.body.population !== organisation.people) problems.push(`the API counted ${String(after.body.population)} people in the imported unit, not ${organisation.people}`);
  if (apiBefore === 200) problems.push('the imported unit was there before the import');

  // Autosaves go on for a while after the import, then a clean stop, a restart and a clean stop.
  await new Promise((r) => setTimeout(r, 1500));
  gate.stopped = true;
  gate.open();
  await Promise.all(workers);
  await killGroup(server.child, 'SIGTERM');
  server = await startServer(target.env);
  await killGroup(server.child, 'SIGTERM');

  const handle = await target.open();
  try {
    problems.push(...(await acknowledgedProblems(handle.db, roundId, ledger, counts)).problems);
    const [counted] = await queryRows<{ units: number; people: number; answers: number; round: number | null }>(handle.db, sql`
      select (select count(*)::int from units where code like 'NY%') as units,
             (select count(*)::int from people where employee_id like 'NY%') as people,
             (select count(*)::int from assessments a join rounds r on r.id = a.round_id where r.code = ${organisation.round}) as answers,
             (select id from rounds where code = ${organisation.round}) as round`);
    if (counted?.units !== organisation.units || counted.people !== organisation.people || counted.answers !== organisation.assessments) {
      problems.push(`import incomplete: ${JSON.stringify(counted)}, expected ${organisation.units} units, ${organisation.people} people, ${organisation.assessments} answers`);
    }
    if (counts.acknowledged < 20) problems.push(`only ${counts.acknowledged} autosaves acknowledged`);
    problems.push(...(await rollupMismatches(handle.db, roundId)));
    if (counted?.round) problems.push(...(await rollupMismatches(handle.db, counted.round)));
  } finally {
    await handle.close();
  }
  return { target: target.name, importMs: imported.ms, reports: reports.length, busySeen, counts, apiBefore, apiAfter: after.status, problems };
}

function report(results: Result[]): string {
  return [
    `Shared database run: ${STAFF} staff sending autosaves without a pause while the command line imports ${PEOPLE} people with ${PEOPLE * 8} answers and prints reports; then a clean stop, a restart and a clean stop.`,
    '',
    '| database | import (s, whole command) | reports printed | health said "busy" | autosaves sent | acknowledged | 503 "busy" | submissions | API before / after import | problems |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---|---:|',
    ...results.map((r) => `| ${r.target} | ${(r.importMs / 1000).toFixed(1)} | ${r.reports} | ${r.busySeen} | ${r.counts.saves} | ${r.counts.acknowledged} | ${r.counts.statuses.get(503) ?? 0} | ${r.counts.submissions} | ${r.apiBefore} / ${r.apiAfter} | ${r.problems.length} |`),
  ].join('\n');
}

async function main() {
  if (!fs.existsSync('.next/BUILD_ID')) throw new Error('Bygg först: npx next build');
  const results: Result[] = [];
  for (const [i, target] of targets('.data/shared-db/pglite').entries()) results.push(await run(target, 7 + i));
  const table = report(results);
  process.stdout.write(`${table}\n`);
  for (const r of results) {
    // One line per kind of problem, then the first of each kind.
    const kinds = new Map<string, string[]>();
    for (const p of r.problems) {
      const kind = p.replace(/^\d+:\S+: /, 'answer: ').replace(/[0-9]+/g, 'N').slice(0, 60);
      kinds.set(kind, [...(kinds.get(kind) ?? []), p]);
    }
    for (const [kind, list] of kinds) say(`${r.target}: ${list.length} × ${kind}… (first: ${list[0]})`);
  }
  fs.mkdirSync(path.dirname(values.out as string), { recursive: true });
  fs.writeFileSync(values.out as string, `${table}\n`);
  if (results.some((r) => r.problems.length > 0)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
