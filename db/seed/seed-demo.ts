import { sql } from 'drizzle-orm';
import { todayInSweden } from '@/lib/clock/clock';
import { DEMO_ANCHOR_DAY, demoCalendar, type DemoCalendar } from '@/lib/demo/calendar';
import { DEMO_ROUNDS } from '@/lib/demo/constants';
import { addDays, daysBetween } from '@/lib/demo/dates';
import { generateDemo } from '@/lib/demo/generate-demo';
import { applyImport, type ImportResult } from '../import/apply-import';
import { queryRows, type Db } from '../client';

/** True when the database holds no organisation yet. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from units`);
  return (row?.n ?? 0) === 0;
}

/**
 * Loads the demo municipality, placed on `loadDay` (the clock's today unless given), through
 * the same validation and writer as a user's import, so the demo can never hold data an import
 * would reject.
 */
export async function seedDemo(db: Db, loadDay: string = todayInSweden()): Promise<ImportResult> {
  const result = await applyImport(db, generateDemo(loadDay), { dryRun: false });
  if (result.rejected.length > 0) {
    const first = result.rejected.slice(0, 5).map((p) => `${p.file}:${p.line}: ${p.column}: ${p.reason}`).join('\n');
    throw new Error(`The demo data set was rejected (${result.rejected.length} problems):\n${first}`);
  }
  return result;
}

export type DemoState =
  | { kind: 'empty' }
  /** Something other than the demo: never touched. */
  | { kind: 'not-demo' }
  | { kind: 'current'; calendar: DemoCalendar }
  /** Only demo data, and its open round has closed: staff have nothing to answer. */
  | { kind: 'ran-out'; calendar: DemoCalendar };

const allIn = (found: readonly string[], allowed: ReadonlySet<string>) => found.every((v) => allowed.has(v));

type DemoCodes = Record<'units' | 'people' | 'users' | 'projects', ReadonlySet<string>>;
const codesByLoadDay = new Map<string, DemoCodes>();

/**
 * The codes the demo loads for a load day. Generating the demo takes a few hundred milliseconds
 * and the sign-in page asks on every visit (lib/auth/sign-in-methods.ts), so once per day a process sees.
 */
function demoCodes(loadDay: string): DemoCodes {
  let codes = codesByLoadDay.get(loadDay);
  if (!codes) {
    const demo = generateDemo(loadDay).tables;
    const column = (table: keyof typeof demo, name: string) =>
      new Set((demo[table]?.rows ?? []).map((r) => r.cells[name]).filter((v): v is string => v !== null && v !== undefined));
    codes = { units: column('units', 'code'), people: column('people', 'employee_id'), users: column('users', 'email'), projects: column('projects', 'code') };
    codesByLoadDay.set(loadDay, codes);
  }
  return codes;
}

/**
 * What the database holds, judged strictly: "demo" only when its rounds are exactly the three
 * the demo loads for one load day (codes, names and dates), and every unit, person, user and
 * project is one that demo has. A round, person or user added by hand or by an import makes it
 * real data, which is never refreshed.
 */
export async function demoState(db: Db, today: string = todayInSweden()): Promise<DemoState> {
  if (await isEmpty(db)) return { kind: 'empty' };
  const rounds = await queryRows<{ code: string; name: string; opensOn: string; closesOn: string }>(db, sql`
    select code, name, opens_on::text as "opensOn", closes_on::text as "closesOn" from rounds order by opens_on, code`);
  const first = rounds[0];
  if (rounds.length !== 3 || !first) return { kind: 'not-demo' };
  const shift = daysBetween(DEMO_ROUNDS.baseline.opensOn, first.opensOn);
  if (shift % 7 !== 0) return { kind: 'not-demo' };
  const calendar = demoCalendar(addDays(DEMO_ANCHOR_DAY, shift));
  const expected = [calendar.baseline, calendar.followUp, calendar.open];
  const roundsMatch = expected.every((r, i) => {
    const found = rounds[i];
    return found !== undefined && found.code === r.code && found.name === r.name && found.opensOn === r.opensOn && found.closesOn === r.closesOn;
  });
  if (!roundsMatch) return { kind: 'not-demo' };

  const demo = demoCodes(calendar.loadDay);
  const codes = async (query: ReturnType<typeof sql>) => (await queryRows<{ v: string }>(db, query)).map((r) => r.v);
  const onlyDemo =
    allIn(await codes(sql`select code as v from units`), demo.units) &&
    allIn(await codes(sql`select employee_id as v from people`), demo.people) &&
    allIn(await codes(sql`select lower(email) as v from users`), demo.users) &&
    allIn(await codes(sql`select code as v from projects`), demo.projects);
  if (!onlyDemo) return { kind: 'not-demo' };
  return calendar.open.closesOn < today ? { kind: 'ran-out', calendar } : { kind: 'current', calendar };
}

/**
 * Empties every table but the standard effect questions (the migrations' own rows) and loads
 * the demo for `loadDay`. Only for a database `demoState` found to hold nothing but the demo.
 */
export async function reloadDemo(db: Db, loadDay: string = todayInSweden()): Promise<ImportResult> {
  const tables = await queryRows<{ name: string }>(db, sql`
    select quote_ident(tablename) as name from pg_tables where schemaname = 'public' and tablename <> 'effect_questions'`);
  await db.execute(sql.raw(`truncate table ${tables.map((t) => t.name).join(', ')} restart identity`));
  return seedDemo(db, loadDay);
}
