// The crash test's and the shared-database test's way of driving a real server over HTTP: a
// fresh demo database with an open round, `next start` in its own process group, staff signed in
// through their invitation links, and a steady stream of autosaves and submissions whose
// acknowledgements are written in a ledger.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows, type DbHandle } from '@/db/client';
import { insertInvitation } from '@/db/writes/invitations';
import { syncClosurePairs } from '@/db/writes/rollups';
import { insertRound } from '@/db/writes/rounds';
import { hashToken, newToken } from '@/lib/auth/tokens';
import { todayInSweden } from '@/lib/clock/clock';
import { addDays } from '@/lib/domain/retention';
import { findForm, postForm, type PageForm } from '@/tests/crash/form-post';
import type { AnswerLedger, StoredAnswer } from '@/tests/crash/ledger';
import type { DbOrTx } from '@/db/client';

export const PORT = 3230;
export const ORIGIN = `http://127.0.0.1:${PORT}`;

export interface Target {
  name: string;
  env: Record<string, string>;
  open: () => Promise<DbHandle>;
}

export interface Staff {
  personId: number;
  token: string;
  requirements: string[];
  cookie: string;
  submitForm: PageForm | null;
}

export function targets(folder: string): Target[] {
  const dir = path.resolve(folder);
  const list: Target[] = [{ name: 'PGlite', env: { PGLITE_DIR: dir }, open: () => openDatabase({ driver: 'pglite', dir }) }];
  const url = process.env.TEST_DATABASE_URL;
  if (url) list.push({ name: 'PostgreSQL', env: { DATABASE_URL: url }, open: () => openDatabase({ driver: 'pg', url }) });
  return list;
}

/** A fresh demo database with an open round KRASCH and an invitation link for each of `staffCount` people. */
export async function prepare(target: Target, staffCount: number): Promise<{ roundId: number; staff: Staff[] }> {
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
      where p.pseudonymised_at is null group by p.id order by p.id limit ${staffCount}`);
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
export async function startServer(env: Record<string, string>): Promise<{ child: ChildProcess; startedMs: number }> {
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

export function killGroup(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
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
export async function signIn(s: Staff): Promise<void> {
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

export interface Counts {
  saves: number;
  acknowledged: number;
  submissions: number;
  cut: number;
  statuses: Map<number, number>;
}

/** Opens while the server is up; closed around each kill and restart. */
export class Gate {
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

export async function simulate(s: Staff, gate: Gate, ledger: AnswerLedger, counts: Counts, next: () => number): Promise<void> {
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

/**
 * Everything the database holds that differs from what the server acknowledged to `ledger` in the
 * round (answers lost, changed or stored twice, submissions lost or doubled), and every response
 * that was an error other than a plain 503; plus how many answers are stored.
 */
export async function acknowledgedProblems(db: DbOrTx, roundId: number, ledger: AnswerLedger, counts: Counts): Promise<{ problems: string[]; storedAnswers: number }> {
  const stored = await queryRows<StoredAnswer>(db, sql`
    select a.person_id || ':' || q.code as key, max(a.level)::int as level, count(*)::int as rows
    from assessments a join requirements q on q.id = a.requirement_id
    where a.round_id = ${roundId} and a.source = 'self' group by a.person_id, q.code`);
  const submitted = await queryRows<{ person: string; rows: number }>(db, sql`
    select person_id::text as person, count(*)::int as rows from survey_submissions where round_id = ${roundId} group by person_id`);
  const problems = ledger.problems(stored, new Set(submitted.map((s) => s.person)));
  problems.push(...submitted.filter((s) => s.rows !== 1).map((s) => `${s.person}: submitted ${s.rows} times`));
  const unexpected = [...counts.statuses].filter(([status]) => status >= 500 && status !== 503);
  problems.push(...unexpected.map(([status, n]) => `${n} responses with status ${status}`));
  return { problems, storedAnswers: stored.length };
}
