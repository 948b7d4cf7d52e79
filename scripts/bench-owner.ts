// npm run bench:owner [-- --app <dir> --app <dir> --seconds 10]: issue 17's figures, before and
// after, in one run on this machine. For each app folder (a checkout with its own `next build`;
// default this one), `next start` from that folder on a copy of the kommun data set on the
// embedded database (made by `npm run bench:data -- --people 10000 --rounds 4` in
// .data/bench/kommun): the unit dashboard at the root and at a leaf for HR with autocannon at 4
// and 16 connections, then survey autosaves over HTTP (POST /api/kartlaggning/svar) by 16 staff
// at once. Prints a table (markdown) for docs/benchmarks.md.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '@/db/client';
import { insertInvitation } from '@/db/writes/invitations';
import { hashToken, newToken } from '@/lib/auth/tokens';
import { TODAY_VARIABLE, todayInSweden } from '@/lib/clock/clock';
import { addDays } from '@/lib/domain/retention';
import { BENCH_AUTH_SECRET } from '@/bench/pages';
import { sessionCookie } from '@/bench/session-cookie';
import { summarise } from '@/bench/stats';
import { TEST_DAY } from '@/tests/support/test-day';

process.env[TODAY_VARIABLE] ??= TEST_DAY;

const { values } = parseArgs({ options: { app: { type: 'string', multiple: true }, seconds: { type: 'string', default: '10' }, data: { type: 'string', default: '.data/bench/kommun' } } });
const APPS = (values.app?.length ? values.app : ['.']).map((a) => path.resolve(a));
const SECONDS = Number(values.seconds);
const PORT = 3240;
const URL_BASE = `http://127.0.0.1:${PORT}`;
const SECRET = BENCH_AUTH_SECRET;
const say = (line: string) => process.stderr.write(`${line}\n`);

interface Setup {
  hrCookie: string;
  root: string;
  leaf: string;
  staff: Array<{ cookie: string; requirements: string[] }>;
}

/** HR's user, the root and a leaf unit, and 16 staff with invitation sessions in an open round of their own. */
async function setUp(dir: string): Promise<Setup> {
  const h = await openDatabase({ driver: 'pglite', dir });
  try {
    const [hr] = await queryRows<{ id: number }>(h.db, sql`select id from users where email = 'hr@skala.example'`);
    const [root] = await queryRows<{ code: string }>(h.db, sql`select code from units where parent_id is null order by id limit 1`);
    const [leaf] = await queryRows<{ code: string }>(h.db, sql`
      select u.code from units u join people p on p.unit_id = u.id where not exists (select 1 from units c where c.parent_id = u.id)
      group by u.code order by count(*) desc, u.code limit 1`);
    const today = todayInSweden();
    await h.db.execute(sql`delete from rounds where code = 'AGARE-OPPEN'`);
    const [round] = await queryRows<{ id: number }>(h.db, sql`
      insert into rounds (code, name, opens_on, closes_on, kind) values ('AGARE-OPPEN', 'Öppen mätomgång', ${addDays(today, -1)}, ${addDays(today, 30)}, 'kompetens') returning id`);
    const people = await queryRows<{ id: number; requirements: string[] }>(h.db, sql`
      select p.id, array_agg(q.code order by q.code) as requirements from people p
      join role_requirements rr on rr.role_id = p.role_id join requirements q on q.id = rr.requirement_id
      where p.end_date is null group by p.id order by p.id limit 16`);
    const staff = [];
    for (const p of people) {
      const id = await insertInvitation(h.db, { personId: p.id, roundId: (round as { id: number }).id, tokenHash: hashToken(newToken()), expiresAt: new Date(`${addDays(today, 30)}T23:00:00Z`), createdBy: 'mätningen' });
      staff.push({ cookie: await sessionCookie(`i:${id}`, SECRET), requirements: p.requirements });
    }
    return { hrCookie: await sessionCookie(`u:${(hr as { id: number }).id}`, SECRET), root: root?.code ?? '', leaf: leaf?.code ?? '', staff };
  } finally {
    await h.close();
  }
}

async function start(appDir: string, dir: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(PORT), '-H', '127.0.0.1'], {
    cwd: appDir,
    env: { ...process.env, NODE_ENV: 'production', PGLITE_DIR: dir, AUTH_SECRET: SECRET, AUTH_RATE_LIMIT_PER_MINUTE: '100000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`${URL_BASE}/api/health`).then((r) => r.status === 200, () => false);
    if (ok) return child;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error('next start svarade inte');
}

async function pageLoad(path: string, cookie: string, connections: number) {
  const r = await autocannon({ url: URL_BASE + path, connections, duration: SECONDS, headers: { Cookie: cookie } });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, failures: r.non2xx + r.errors + r.timeouts };
}

/** 16 staff, each saving one answer after another for SECONDS: acknowledged saves per second and latency. */
async function autosaves(staff: Setup['staff']) {
  const latencies: number[] = [];
  let failures = 0;
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    staff.map(async (s, i) => {
      let n = i;
      while (performance.now() < until) {
        const requirement = s.requirements[n % s.requirements.length] as string;
        const started = performance.now();
        const res = await fetch(`${URL_BASE}/api/kartlaggning/svar`, {
          method: 'POST',
          headers: { Cookie: s.cookie, Origin: URL_BASE, 'Content-Type': 'application/json' },
          body: JSON.stringify({ answers: [{ kind: 'requirement', requirement, choice: String(n++ % 5) }] }),
        });
        await res.arrayBuffer();
        if (res.status === 200) latencies.push(performance.now() - started);
        else failures++;
      }
    }),
  );
  const t = summarise(latencies);
  return { perSecond: latencies.length / SECONDS, p50: t.medianMs, p99: t.p99Ms, failures };
}

async function main() {
  const source = path.resolve(values.data as string);
  if (!fs.existsSync(source)) throw new Error(`Ingen kommundata i ${source}: kör PGLITE_DIR=${values.data} npm run bench:data -- --people 10000 --rounds 4`);
  const rows: string[] = [];
  for (const app of APPS) {
    const label = path.basename(app);
    const dir = path.resolve(`.data/bench/owner-${label}`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.cpSync(source, dir, { recursive: true });
    fs.rmSync(path.join(dir, 'kompetenskartan-agare.json'), { force: true });
    const setup = await setUp(dir);
    say(`${label}: next start…`);
    const child = await start(app, dir);
    try {
      for (const p of [`/enheter/${setup.root}`, `/enheter/${setup.leaf}`]) for (let i = 0; i < 3; i++) await fetch(URL_BASE + p, { headers: { Cookie: setup.hrCookie } }).then((r) => r.arrayBuffer());
      for (const [page, unit] of [['root', setup.root], ['leaf', setup.leaf]] as const) {
        for (const c of [4, 16]) {
          say(`  /enheter/${unit} med ${c} anslutningar…`);
          const r = await pageLoad(`/enheter/${unit}`, setup.hrCookie, c);
          rows.push(`| ${label} | unit dashboard, ${page} (\`/enheter/${unit}\`) | ${c} | ${r.rps.toFixed(1)} | ${r.p50} | ${r.p99} | ${r.failures} |`);
        }
      }
      say('  autosparningar…');
      const a = await autosaves(setup.staff);
      rows.push(`| ${label} | autosaves, POST /api/kartlaggning/svar, 16 staff | 16 | ${a.perSecond.toFixed(1)} | ${a.p50.toFixed(0)} | ${a.p99.toFixed(0)} | ${a.failures} |`);
    } finally {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    }
  }
  process.stdout.write(['| code | what | connections | requests/s | p50 (ms) | p99 (ms) | failures |', '|---|---|---:|---:|---:|---:|---:|', ...rows].join('\n') + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
