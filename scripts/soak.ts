// npm run test:soak [-- --minutes 10 --views 4 --saves 8]: a steady mix of dashboard views (HR)
// and survey autosaves (two staff members) against `next start` on a fresh demo database, on
// loopback, for the given time. Per minute: requests, errors, p50/p99 latency and the server's
// memory (RSS). Passes when there were no errors, every acknowledged answer is stored, memory
// grew at most 10 % and p99 moved at most 20 % from the start to the end. Start and end are
// windows of up to three minutes each (minutes 2–4 and the last three; the first is warm-up):
// one minute holds about 240 page views, so its p99 is two or three requests, and comparing single
// minutes measured noise (a ten-minute run failed on +78 % while the pooled p99s were close).
// Prints a table and records it in docs/benchmarks.md (between the soak markers).
import { TODAY_VARIABLE, todayInSweden } from '@/lib/clock/clock';
import { demoCalendar } from '@/lib/demo/calendar';
import { TEST_DAY } from '@/tests/support/test-day';
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { openDatabase, queryRows } from '@/db/client';
import { signIn, startServer } from '@/bench/pages';
import { soakWindows } from '@/bench/soak-windows';
import { summarise } from '@/bench/stats';

// The servers and command lines this test starts run on the tests' day (tests/support/test-day.ts),
// unless a day was pinned on purpose: no business date from the wall clock.
process.env[TODAY_VARIABLE] ??= TEST_DAY;

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '10' }, views: { type: 'string', default: '4' }, saves: { type: 'string', default: '8' }, out: { type: 'string', default: 'docs/benchmarks.md' } } });
const MINUTES = Number(values.minutes);
const VIEW_RATE = Number(values.views);
const SAVE_RATE = Number(values.saves);
const PORT = 3220;
const DIR = path.resolve('.data/soak');
const VIEWS = ['/', '/enheter/EXB', '/enheter/EXB-VO-ALD-01', '/prioriteringar', '/styrgrupp/ESF-STARK'];
const STAFF = [{ button: 'Mariam Jaber – Medarbetare', email: 'mariam.jaber@exempelby.example' }, { button: 'Linda Pettersson – Medarbetare', email: 'linda.pettersson@exempelby.example' }];
const say = (line: string) => process.stderr.write(`${line}\n`);

interface Minute { views: number; saves: number; errors: number; latencies: number[]; rss: number[]; byPath: Map<string, number[]> }

function record(m: Minute, path: string, ms: number): void {
  m.latencies.push(ms);
  const list = m.byPath.get(path);
  if (list) list.push(ms);
  else m.byPath.set(path, [ms]);
}

function request(method: 'GET' | 'POST', url: string, headers: Record<string, string>, body?: string): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request(url, { method, headers: body ? { ...headers, 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)) } : headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.setTimeout(30_000, () => req.destroy());
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

/** The server's resident memory in MB; 0 where it cannot be read (no such process, no /proc). */
function rssOf(pid: number): number {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}

/** The process listening on the port (ss), else the newest process named next-server. */
function serverPid(port: number): number {
  const fromSs = Number(spawnSync('sh', ['-c', `ss -ltnp 'sport = :${port}' 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2`]).stdout.toString().trim());
  if (fromSs > 0) return fromSs;
  const named = fs.readdirSync('/proc').filter((d) => /^\d+$/.test(d)).filter((d) => {
    try {
      return fs.readFileSync(`/proc/${d}/cmdline`, 'utf8').startsWith('next-server');
    } catch {
      return false;
    }
  });
  return Number(named.sort((a, b) => Number(b) - Number(a))[0] ?? 0);
}

async function staffRequirements(): Promise<Map<string, string[]>> {
  const handle = await openDatabase({ driver: 'pglite', dir: DIR });
  try {
    const rows = await queryRows<{ email: string; requirement: string }>(handle.db, sql`
      select u.email, q.code as requirement from users u join people p on p.id = u.person_id
      join role_requirements rr on rr.role_id = p.role_id join requirements q on q.id = rr.requirement_id
      where u.email in (${sql.join(STAFF.map((s) => sql`${s.email}`), sql`, `)}) order by q.code`);
    const out = new Map<string, string[]>();
    for (const r of rows) out.set(r.email, [...(out.get(r.email) ?? []), r.requirement]);
    return out;
  } finally {
    await handle.close();
  }
}

async function main() {
  if (!fs.existsSync('.next/BUILD_ID')) execFileSync('node_modules/.bin/next', ['build'], { stdio: 'inherit' });
  fs.rmSync(DIR, { recursive: true, force: true });
  const prepared = spawnSync('npm', ['run', '-s', 'db:prepare'], { env: { ...process.env, PGLITE_DIR: DIR }, stdio: 'inherit' });
  if (prepared.status !== 0) throw new Error('Databasen kunde inte förberedas');
  const requirements = await staffRequirements();

  const server = await startServer({ PGLITE_DIR: DIR }, PORT);
  const pid = serverPid(PORT);
  const hr = await signIn(server.url, 'Johan Ek – HR');
  const staff = await Promise.all(STAFF.map(async (s) => ({ ...s, cookie: await signIn(server.url, s.button), requirements: requirements.get(s.email) ?? [] })));
  say(`Soak: ${MINUTES} min, ${VIEW_RATE} sidvisningar/s och ${SAVE_RATE} autosparningar/s mot ${server.url} (pid ${pid}).`);

  const minutes: Minute[] = Array.from({ length: MINUTES }, () => ({ views: 0, saves: 0, errors: 0, latencies: [], rss: [], byPath: new Map<string, number[]>() }));
  const acknowledged = new Map<string, string>();
  const started = performance.now();
  const minuteOf = () => Math.min(MINUTES - 1, Math.floor((performance.now() - started) / 60_000));
  const inFlight = new Set<Promise<void>>();
  const fire = (work: () => Promise<void>) => {
    const p = work().finally(() => inFlight.delete(p));
    inFlight.add(p);
  };
  let n = 0;
  const until = started + MINUTES * 60_000;
  // Open loop: requests leave at a steady rate whether or not earlier ones have answered.
  const tick = 1000 / (VIEW_RATE + SAVE_RATE);
  const memory = setInterval(() => {
    const rss = rssOf(pid);
    if (rss > 0) minutes[minuteOf()]?.rss.push(rss);
  }, 5_000);
  while (performance.now() < until) {
    const i = n++;
    const m = minutes[minuteOf()] as Minute;
    if (i % (VIEW_RATE + SAVE_RATE) < VIEW_RATE) {
      const view = VIEWS[i % VIEWS.length] as string;
      const url = server.url + view;
      fire(async () => {
        const t = performance.now();
        const status = await request('GET', url, { Cookie: hr });
        record(m, view, performance.now() - t);
        m.views++;
        if (status !== 200) m.errors++;
      });
    } else {
      const person = staff[i % staff.length] as (typeof staff)[number];
      const requirement = person.requirements[Math.floor(i / staff.length) % person.requirements.length] as string;
      const choice = String(i % 5);
      fire(async () => {
        const t = performance.now();
        const status = await request('POST', `${server.url}/api/kartlaggning/svar`, { Cookie: person.cookie, Origin: server.url }, JSON.stringify({ answers: [{ kind: 'requirement', requirement, choice }] }));
        record(m, 'autosave', performance.now() - t);
        m.saves++;
        if (status === 200) acknowledged.set(`${person.email} ${requirement}`, choice);
        else m.errors++;
      });
    }
    const next = started + n * tick;
    await new Promise((r) => setTimeout(r, Math.max(0, next - performance.now())));
  }
  await Promise.all(inFlight);
  clearInterval(memory);
  await server.stop();

  // Every acknowledged answer is the one stored (the last acknowledged per person and requirement).
  const handle = await openDatabase({ driver: 'pglite', dir: DIR });
  const stored = await queryRows<{ key: string; level: number }>(handle.db, sql`
    select u.email || ' ' || q.code as key, a.level::int as level from assessments a
    join users u on u.person_id = a.person_id join requirements q on q.id = a.requirement_id join rounds r on r.id = a.round_id
    where a.source = 'self' and r.code = ${demoCalendar(todayInSweden()).open.code}`);
  await handle.close();
  const byKey = new Map(stored.map((s) => [s.key, String(s.level)]));
  const lost = [...acknowledged].filter(([key, choice]) => byKey.get(key) !== choice).length;

  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
  const rows = minutes.map((m, i) => ({ minute: i + 1, ...m, p: summarise(m.latencies), rssMb: mean(m.rss) }));
  const { start, end } = soakWindows(MINUTES);
  const pooled = (w: { from: number; to: number }) => {
    const picked = minutes.slice(w.from, w.to);
    return { p99Ms: summarise(picked.flatMap((m) => m.latencies)).p99Ms, rssMb: mean(picked.flatMap((m) => m.rss)) };
  };
  const base = pooled(start);
  const last = pooled(end);
  const errors = rows.reduce((s, r) => s + r.errors, 0);
  const memoryGrowth = base.rssMb ? last.rssMb / base.rssMb - 1 : 0;
  const p99Change = base.p99Ms ? last.p99Ms / base.p99Ms - 1 : 0;
  // Where the time goes: p99 per page (and for autosaves) at start and end, so a drift can be placed.
  const perPath = [...VIEWS, 'autosave'].map((path) => {
    const at = (w: { from: number; to: number }) => summarise(minutes.slice(w.from, w.to).flatMap((m) => m.byPath.get(path) ?? [])).p99Ms;
    return `${path} ${at(start).toFixed(0)} → ${at(end).toFixed(0)}`;
  });
  const span = (w: { from: number; to: number }) => (w.to - w.from === 1 ? `minute ${w.from + 1}` : `minutes ${w.from + 1}–${w.to}`);
  const verdict = { errors: errors === 0, lost: lost === 0, memory: memoryGrowth <= 0.1, latency: Math.abs(p99Change) <= 0.2 };
  const pct = (x: number) => `${x >= 0 ? '+' : ''}${(x * 100).toFixed(1)} %`;
  const table = [
    `Soak run on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC: ${MINUTES} min, ${VIEW_RATE} page views/s (HR: ${VIEWS.join(', ')}) and ${SAVE_RATE} survey autosaves/s (two staff members, POST /api/kartlaggning/svar), open loop, \`next start\` on PGlite with the demo data, loopback.`,
    '',
    '| minute | page views | autosaves | errors | p50 (ms) | p99 (ms) | server RSS (MB) |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.minute} | ${r.views} | ${r.saves} | ${r.errors} | ${r.p.medianMs.toFixed(0)} | ${r.p.p99Ms.toFixed(0)} | ${r.rssMb.toFixed(0)} |`),
    '',
    `Errors: ${errors} (${verdict.errors ? 'held' : '**failed**'}). Acknowledged answers not stored as acknowledged: ${lost} of ${acknowledged.size} (${verdict.lost ? 'held' : '**failed**'}). ` +
      `Start: ${span(start)}, end: ${span(end)} (pooled). Memory from start to end: ${base.rssMb.toFixed(0)} → ${last.rssMb.toFixed(0)} MB, ${pct(memoryGrowth)} (at most +10 %: ${verdict.memory ? 'held' : '**failed**'}). ` +
      `p99 from start to end: ${base.p99Ms.toFixed(0)} → ${last.p99Ms.toFixed(0)} ms, ${pct(p99Change)} (within 20 %: ${verdict.latency ? 'held' : '**failed**'}). ` +
      `p99 per request, start → end (ms): ${perPath.join('; ')}.`,
  ].join('\n');
  process.stdout.write(`${table}\n`);
  const out = values.out as string;
  const previous = fs.existsSync(out) ? fs.readFileSync(out, 'utf8') : '';
  const section = `<!-- soak -->\n## Soak\n\n${table}\n<!-- /soak -->`;
  const next = previous.includes('<!-- soak -->') ? previous.replace(/<!-- soak -->[\s\S]*<!-- \/soak -->/, section) : `${previous.trimEnd()}\n\n${section}\n`;
  fs.writeFileSync(out, next);
  if (!Object.values(verdict).every(Boolean)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
