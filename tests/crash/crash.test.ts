import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, queryRows, type DbHandle } from '@/db/client';
import { levelCounts, placementCounts } from '@/db/queries/round-histograms';
import { subtreeLevelCounts, subtreePlacementCounts } from '@/db/queries/rollup-slices';
import { seedDemo } from '@/db/seed/seed-demo';
import { rebuildRoundRollups } from '@/db/writes/rollups';

// Kill the process that saves survey answers with SIGKILL at random moments, start it again, and
// check that every answer it acknowledged is stored, once, and that the rollups still equal a full
// recount: on PGlite on disk (its write-ahead log) and on PostgreSQL. CRASH_KILLS sets how many
// times (README, Reliability: a longer run).

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
      insert into rounds (code, name, opens_on, closes_on) values ('KRASCH', 'Krasch', current_date - 1, current_date + 30) returning id`);
    const roundId = (round as { id: number }).id;
    await handle.db.transaction((tx) => rebuildRoundRollups(tx, roundId));
    // PGlite belongs to one process at a time: the worker opens it.
    await handle.close();
    handle = null;

    const lines: string[] = [];
    for (let i = 0; i < KILLS; i++) lines.push(...(await runAndKill(env, 1500 + ((i * 7919) % 2000), i + 1)));

    // Per answer: the last acknowledged level, and every level sent after it (maybe stored, not acknowledged).
    const last = new Map<string, { acked: number | null; after: Set<number> }>();
    for (const line of lines) {
      const [kind, key, level] = line.split(' ');
      if (kind !== 'sent' && kind !== 'ack') continue;
      const entry = last.get(key as string) ?? { acked: null, after: new Set<number>() };
      if (kind === 'ack') {
        entry.acked = Number(level);
        entry.after.clear();
      } else entry.after.add(Number(level));
      last.set(key as string, entry);
    }
    expect([...last.values()].filter((e) => e.acked !== null).length).toBeGreaterThan(10);

    handle = await open(env);
    const stored = await queryRows<{ key: string; level: number; n: number }>(handle.db, sql`
      select a.person_id || ':' || q.code as key, max(a.level)::int as level, count(*)::int as n
      from assessments a join requirements q on q.id = a.requirement_id
      where a.round_id = ${roundId} and a.source = 'self' group by a.person_id, q.code`);
    const byKey = new Map(stored.map((s) => [s.key, s]));
    const problems: string[] = [];
    for (const [key, e] of last) {
      if (e.acked === null) continue;
      const s = byKey.get(key);
      if (!s) problems.push(`${key}: acknowledged ${e.acked}, not stored`);
      else if (s.n !== 1) problems.push(`${key}: stored ${s.n} times`);
      else if (s.level !== e.acked && !e.after.has(s.level)) problems.push(`${key}: acknowledged ${e.acked}, stored ${s.level}`);
    }
    if (problems.length > 0) fs.writeFileSync(path.join(os.tmpdir(), `kk-crash-${target.name}.log`), lines.join("\n"));
    expect(problems).toEqual([]);

    const [root] = await queryRows<{ id: number }>(handle.db, sql`select id from units where parent_id is null order by id limit 1`);
    const rootId = (root as { id: number }).id;
    const totals = <R extends { role: string; requirement?: string; level?: number }>(rows: R[], value: (r: R) => number) => {
      const m = new Map<string, number>();
      for (const r of rows) {
        const k = `${r.role}:${r.requirement ?? ''}:${r.level ?? ''}`;
        m.set(k, (m.get(k) ?? 0) + value(r));
      }
      return Object.fromEntries([...m].filter(([, v]) => v !== 0).sort(([a], [b]) => (a < b ? -1 : 1)));
    };
    expect(totals(await subtreeLevelCounts(handle.db, roundId, rootId), (r) => r.count)).toEqual(totals(await levelCounts(handle.db, roundId, rootId), (r) => r.count));
    expect(totals(await subtreePlacementCounts(handle.db, roundId, rootId), (r) => r.population * 1e6 + r.responded))
      .toEqual(totals(await placementCounts(handle.db, roundId, rootId), (r) => r.population * 1e6 + r.responded));
  }, 600_000);
});
