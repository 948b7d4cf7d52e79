import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows, type DbHandle } from '@/db/client';
import { seedDemo } from '@/db/seed/seed-demo';
import { rebuildRoundRollups } from '@/db/writes/rollups';
import { AnswerLedger, type StoredAnswer } from './ledger';
import { rollupMismatches } from './recount';
import { testDay } from '../support/test-day';

// The data layer under SIGKILL, without a server: a child process saves survey answers through
// lib/data and is killed at random moments, then started again; every answer it acknowledged must
// be stored once and the rollups must equal a full recount, on PGlite on disk (its write-ahead
// log) and on PostgreSQL. The same over HTTP against `next start` is scripts/crash.ts, which needs
// a production build and so runs after it (npm test, npm run test:crash).

const KILLS = Number(process.env.CRASH_KILLS ?? 3);
const targets = [
  { name: 'pglite', env: (): Record<string, string> => ({ PGLITE_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'kk-crash-')) }) },
  ...(process.env.TEST_DATABASE_URL ? [{ name: 'postgres', env: (): Record<string, string> => ({ DATABASE_URL: process.env.TEST_DATABASE_URL as string }) }] : []),
];

function open(env: Record<string, string>): Promise<DbHandle> {
  if (env.DATABASE_URL) return openDatabase({ driver: 'pg', url: env.DATABASE_URL });
  return openDatabase({ driver: 'pglite', dir: env.PGLITE_DIR as string });
}

/** Runs the worker until `ms` after it is ready, then SIGKILL; returns the lines it printed. */
function runAndKill(env: Record<string, string>, ms: number, seed: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = // node itself, with tsx as a loader: the tsx command runs the script in a child process, which a
    // SIGKILL to the command would leave running.
    spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'tests/crash/autosave-worker.ts'], {
      env: { ...process.env, ...env, CRASH_SEED: String(seed) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      if (!out.includes('ready') && (out + d).includes('ready')) setTimeout(() => child.kill('SIGKILL'), ms);
      out += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`the worker stopped by itself (${code}): ${err}`));
      else resolve(out.split('\n').filter((l) => l.length > 0));
    });
  });
}

describe.each(targets)('answers survive SIGKILL on $name', (target) => {
  const env = target.env();
  let handle: DbHandle | null = null;
  afterAll(async () => {
    await handle?.close();
    if (env.PGLITE_DIR) fs.rmSync(env.PGLITE_DIR, { recursive: true, force: true });
  });

  it(`every acknowledged answer is stored once after ${KILLS} kills, and the rollups equal a recount`, async () => {
    if (env.DATABASE_URL) {
      const c = new pg.Client({ connectionString: env.DATABASE_URL });
      await c.connect();
      await c.query('drop schema if exists public cascade; drop schema if exists drizzle cascade; create schema public;');
      await c.end();
    }
    handle = await open(env);
    await seedDemo(handle.db);
    const [round] = await queryRows<{ id: number }>(handle.db, sql`
      insert into rounds (code, name, opens_on, closes_on) values ('KRASCH', 'Krasch', ${testDay(-1)}, ${testDay(30)}) returning id`);
    const roundId = (round as { id: number }).id;
    await handle.db.transaction((tx) => rebuildRoundRollups(tx, roundId));
    // PGlite belongs to one process at a time: the worker opens it.
    await handle.close();
    handle = null;

    const lines: string[] = [];
    for (let i = 0; i < KILLS; i++) lines.push(...(await runAndKill(env, 1500 + ((i * 7919) % 2000), i + 1)));

    const ledger = new AnswerLedger();
    for (const line of lines) {
      const [kind, key, level] = line.split(' ');
      if (kind === 'sent') ledger.sent(key as string, Number(level));
      else if (kind === 'ack') ledger.acknowledged(key as string, Number(level));
    }
    expect(ledger.acknowledgedCount).toBeGreaterThan(10);

    handle = await open(env);
    const stored = await queryRows<StoredAnswer>(handle.db, sql`
      select a.person_id || ':' || q.code as key, max(a.level)::int as level, count(*)::int as rows
      from assessments a join requirements q on q.id = a.requirement_id
      where a.round_id = ${roundId} and a.source = 'self' group by a.person_id, q.code`);
    const problems = ledger.problems(stored, new Set());
    if (problems.length > 0) fs.writeFileSync(path.join(os.tmpdir(), `kk-crash-${target.name}.log`), lines.join('\n'));
    expect(problems).toEqual([]);
    expect(await rollupMismatches(handle.db, roundId)).toEqual([]);
  }, 600_000);
});
