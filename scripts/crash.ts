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
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type DbHandle } from '@/db/client';
import { insertInvitation } from '@/db/writes/invitations';
import { syncClosurePairs } from '@/db/writes/rollups';
import { insertRound } from '@/db/writes/rounds';
import { hashToken, newToken } from '@/lib/auth/tokens';
import { TODAY_VARIABLE, todayInSweden } from '@/lib/clock/clock';
import { addDays } from '@/lib/domain/retention';
// Seeded, so a failing run can be repeated with the same --seed.
import { mulberry32 } from '@/lib/demo/random';
import { findForm, postForm, type PageForm } from '@/tests/crash/form-post';
import { AnswerLedger, type StoredAnswer } from '@/tests/crash/ledger';
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
const PORT = 3230;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const say = (line: string) => process.stderr.write(`${line}\n`);

interface Target {
  name: string;
  env: Record<string, string>;
  open: () => Promise<DbHandle>;
}

interface Staff {
  personId: number;
  token: string;
  requirements: string[];
  cookie: string;
  submitForm: PageForm | null;
}

function targets(): Target[] {
  const dir = path.resolve('.data/crash/pglite');
  const list: Target[] = [{ name: 'PGlite', env: { PGLITE_DIR: dir }, open: () => openDatabase({ driver: 'pglite', dir }) }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) list.push({ name: 'PostgreSQL', env: { DATABASE_URL: url }, open: () => openDatabase({ driver: 'pg', url }) });
  return list;
}

/** A fresh demo database with an open round KRASCH and an invitation link for each of STAFF people. */
async function prepare(target: Target): Promise<{ roundId: number; staff: Staff[] }> {
  if (target.env.PGLITE_DIR) fs.rmSync(target.env.PGLITE_DIR, { recursive: true, force: true });
  if (target.env.DATABASE_URL) {
    const c = new pg.Client({ connectionString: target.env.DATABASE_URL });
    await c.connect();
    await c.query('drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;');
    await c.end();
  }
  const prepared = spawnSync('npm', ['run', '-s', 'db:prepare'], { env: { ...process.env, ...target.env, SEED_DEMO: 'true' }, stdio: 'inherit' });
  if (prepared.status !== 0) throw new Error('Databasen kunde inte förberedas');
  const handle = await target.open();
  try {
    const today = todayInSweden();
    const roundId = await handle.db.transaction(async (tx) => {
      const id = await insertRound(tx, { code: 'KRASCH', name: 'Krasch', opensOn: addDays(today, -1), closesOn: addDays(today, 30), kind: 'kompetens', unitIds: [] });
      await syncClosurePairs(tx);
      return id;
    });
    const people = await queryRows<{ id: number; requirements: string[] }>(handle.db, sql`
      select p.id, array_agg(q.code order by q.code) as requirements from people p
      join role_requirements rr on rr.role_id = p.role_id join requirements q on q.id = rr.requirement_id
      where p.pseudonymised_at is null group by p.id order by p.id limit ${STAFF}`);
    const staff: Staff[] = [];
    for (const p of people) {
      const token = newToken();
      await insertInvitation(handle.db, { personId: p.id, roundId, tokenHash: hashToken(token), expiresAt: new Date(`${addDays(today, 30)}T23:00:00Z`), createdBy: 'krocktestet' });
      staff.push({ personId: p.id, token, requirements: p.requirements, cookie: '', submitForm: null });
    }
    return { roundId, staff };
  } finally {
    await handle.close();
  }
}

/** `next start` in a process group of its own, so SIGKILL reaches every process it starts. */
async function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; startedMs: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
    env: { ...process.env, NODE_ENV: 'production', AUTH_RATE_LIMIT_PER_MINUTE: '100000', AUTH_SECRET: 'crash-auth-secret-0123456789abcdefghijklmnopqrstuvwxyz', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr = (stderr + d).slice(-20_000)));
  for (let i = 0; i < 240; i++) {
    try {
      const res = await fetch(`${ORIGIN}/api/health`, { signal: AbortSignal.timeout(5_000) });
      if (res.status === 200) return { child, startedMs: performance.now() - started };
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) throw new Error(`Servern stannade vid start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Servern svarade inte inom 24 s: ${stderr}`);
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    try {
      process.kill(-(child.pid as number), signal);
    } catch {
      resolve();
    }
  });
}

function cookieHeader(setCookie: readonly string[]): string {
  return setCookie.map((c) => c.split(';')[0]).join('; ');
}

/** Signs in through the invitation link's page and reads the summary's "Skicka in" form. */
async function signIn(s: Staff): Promise<void> {
  const landing = `${ORIGIN}/k/${s.token}`;
  const form = findForm(await (await fetch(landing)).text(), landing, 'Fortsätt');
  if (!form) throw new Error('Inbjudningssidan har inget formulär med Fortsätt');
  const res = await postForm(form, '', ORIGIN);
  if (res.status !== 303 || !res.setCookie.some((c) => c.includes('session-token'))) throw new Error(`Inloggningen med inbjudan gav ${res.status}`);
  s.cookie = cookieHeader(res.setCookie);
  const summary = `${ORIGIN}/kartlaggning?steg=sammanfattning&sprak=sv`;
  s.submitForm = findForm(await (await fetch(summary, { headers: { Cookie: s.cookie } })).text(), summary, 'Skicka in');
  if (!s.submitForm) throw new Error('Sammanfattningen har inget formulär med Skicka in');
}

interface Counts {
  saves: number;
  acknowledged: number;
  submissions: number;
  cut: number;
  statuses: Map<number, number>;
}

/** Opens while the server is up; closed around each kill and restart. */
class Gate {
  private opened: Promise<void> = Promise.resolve();
  private release: () => void = () => undefined;
  stopped = false;
  close(): void {
    this.opened = new Promise((r) => (this.release = r));
  }
  open(): void {
    this.release();
  }
  wait(): Promise<void> {
    return this.opened;
  }
}

async function simulate(s: Staff, gate: Gate, ledger: AnswerLedger, counts: Counts, next: () => number): Promise<void> {
  while (!gate.stopped) {
    await gate.wait();
    if (gate.stopped) return;
    const r = next();
    try {
      if (r < 0.05 && s.submitForm) {
        const res = await postForm(s.submitForm, s.cookie, ORIGIN);
        counts.statuses.set(res.status, (counts.statuses.get(res.status) ?? 0) + 1);
        if (res.status === 303 && res.location?.includes('steg=klar')) {
          ledger.submissionAcknowledged(String(s.personId));
          counts.submissions++;
        }
        continue;
      }
      const requirement = s.requirements[Math.floor(next() * s.requirements.length)] as string;
      const level = Math.floor(next() * 5);
      const key = `${s.personId}:${requirement}`;
      ledger.sent(key, level);
      counts.saves++;
      const res = await fetch(`${ORIGIN}/api/kartlaggning/svar`, {
        method: 'POST',
        headers: { Cookie: s.cookie, Origin: ORIGIN, 'Content-Type': 'application/json' },
        body: JSON.stringify({ answers: [{ kind: 'requirement', requirement, choice: String(level) }] }),
        signal: AbortSignal.timeout(30_000),
      });
      await res.arrayBuffer();
      counts.statuses.set(res.status, (counts.statuses.get(res.status) ?? 0) + 1);
      if (res.status === 200) {
        ledger.acknowledged(key, level);
        counts.acknowledged++;
      }
    } catch {
      // The connection was cut by a kill: nothing was acknowledged.
      counts.cut++;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
}

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
  const { roundId, staff } = await prepare(target);
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
    const stored = await queryRows<StoredAnswer>(handle.db, sql`
      select a.person_id || ':' || q.code as key, max(a.level)::int as level, count(*)::int as rows
      from assessments a join requirements q on q.id = a.requirement_id
      where a.round_id = ${roundId} and a.source = 'self' group by a.person_id, q.code`);
    const submitted = await queryRows<{ person: string; rows: number }>(handle.db, sql`
      select person_id::text as person, count(*)::int as rows from survey_submissions where round_id = ${roundId} group by person_id`);
    const problems = ledger.problems(stored, new Set(submitted.map((s) => s.person)));
    problems.push(...submitted.filter((s) => s.rows !== 1).map((s) => `${s.person}: submitted ${s.rows} times`));
    const unexpected = [...counts.statuses].filter(([status]) => status >= 500 && status !== 503);
    problems.push(...unexpected.map(([status, n]) => `${n} responses with status ${status}`));
    return { target: target.name, kills: KILLS, restartMs, counts, problems, mismatches: await rollupMismatches(handle.db, roundId), storedAnswers: stored.length };
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
  for (const [i, target] of targets().entries()) results.push(await run(target, Number(values.seed) + i));
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
