import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../client';
import { textColumns } from '../queries/personal-data';
import { rebuildRoundRollups, withPeopleRollups } from './rollups';

/**
 * Removes what identifies a person and keeps what the figures of closed rounds are made of.
 * Runs inside the caller's transaction (all or nothing).
 *
 * - `people`: name → `newName`, e-mail → null, employee id → `newEmployeeId`. Unit, role,
 *   employment, start and end date and gender stay: the population of a round without an
 *   invitation list, the experience phases, uptake and the steering group's gender split are
 *   computed from them.
 * - Answers, effect answers and invitations of rounds that have not closed (`closesOn >= today`)
 *   are deleted: those figures are not final. Those of closed rounds stay, now under the pseudonym.
 * - Every survey submission and personal invitation link (token hash) is deleted: no figure uses them.
 * - The person's user accounts (linked to them, or with their e-mail address) are deleted with
 *   their roles, so nobody signs in as them again.
 * - Everywhere else, every text and JSON column of every table (the audit log's actor and
 *   details, the author of a setting, a framework change or an API key, and whatever tables come
 *   later) has the person's name and e-mail replaced by `newName`, and their employee id by
 *   `newEmployeeId`.
 */
export interface PseudonymiseArgs {
  personId: number;
  newName: string;
  newEmployeeId: string;
  /** Today in Sweden (YYYY-MM-DD): rounds closing before it are closed. */
  today: string;
}

export interface PseudonymiseCounts {
  /** Answers and effect answers of rounds that had not closed. */
  removedOpenAnswers: number;
  removedUserAccounts: number;
  /** Rows elsewhere in which a name, e-mail address or employee id was replaced. */
  scrubbedRows: number;
}

/** Handled above, row by row: other people's and users' names must never be touched. */
const OWN_TABLES = new Set(['people', 'users']);
/** Secrets and images: never personal text, and a change would break them. */
const NEVER_SCRUB = new Set(['invitation_tokens.token_hash', 'api_keys.key_hash', 'api_keys.prefix', 'installation_settings.logo_data_url']);
/** Shorter values (an employee id "17") are replaced only where they are the whole value. */
const MIN_EMBEDDED_LENGTH = 5;

/** A PostgreSQL (ARE) pattern matching `text` literally, case-insensitively, not inside a longer word. */
export function literalPattern(text: string): string {
  const escaped = text.replace(/[^\p{L}\p{N} ]/gu, (c) => `\\${c}`);
  return text.length >= MIN_EMBEDDED_LENGTH ? `(?<![[:alnum:]])${escaped}(?![[:alnum:]])` : `^${escaped}$`;
}

/** The same inside JSON text, where a value is quoted and escaped; short values only as a whole string value. */
export function jsonPattern(text: string): string {
  const inJson = JSON.stringify(text).slice(1, -1);
  const escaped = inJson.replace(/[^\p{L}\p{N} ]/gu, (c) => `\\${c}`);
  return text.length >= MIN_EMBEDDED_LENGTH ? `(?<![[:alnum:]])${escaped}(?![[:alnum:]])` : `"${escaped}"`;
}

interface Replacement {
  from: string;
  to: string;
}

function ident(name: string): SQL {
  return sql.raw(`"${name.replace(/"/g, '""')}"`);
}

async function scrubColumn(tx: DbOrTx, table: string, column: string, type: string, replacements: Replacement[]): Promise<number> {
  const json = type === 'json' || type === 'jsonb';
  const col = ident(column);
  let expr: SQL = json ? sql`${col}::text` : sql`${col}`;
  const tests: SQL[] = [];
  for (const r of replacements) {
    const pattern = json ? jsonPattern(r.from) : literalPattern(r.from);
    // A short value in JSON keeps its quotes: replace the quoted string with the quoted new value.
    const to = json && r.from.length < MIN_EMBEDDED_LENGTH ? JSON.stringify(r.to) : r.to;
    expr = sql`regexp_replace(${expr}, ${pattern}::text, ${to}::text, 'gi')`;
    tests.push(json ? sql`${col}::text ~* ${pattern}::text` : sql`${col} ~* ${pattern}::text`);
  }
  const value = json ? sql`(${expr})::${sql.raw(type)}` : expr;
  const rows = await queryRows<{ n: number }>(tx, sql`
    with changed as (update ${ident(table)} set ${col} = ${value} where ${sql.join(tests, sql` or `)} returning 1)
    select count(*)::int as n from changed`);
  return rows[0]?.n ?? 0;
}

/** Null when the person is already pseudonymised (by someone else at the same time): nothing is changed. */
export async function pseudonymisePerson(tx: DbOrTx, args: PseudonymiseArgs): Promise<PseudonymiseCounts | null> {
  const [person] = await queryRows<{ employeeId: string; name: string; email: string | null; done: boolean }>(tx, sql`
    select employee_id as "employeeId", name, email, (pseudonymised_at is not null) as done from people where id = ${args.personId} for update`);
  if (!person) throw new Error(`No person ${args.personId}`);
  if (person.done) return null;

  const users = await queryRows<{ id: number; email: string; name: string }>(tx, sql`
    select id, email, name from users
    where person_id = ${args.personId} or (${person.email}::text is not null and lower(email) = lower(${person.email}::text))`);

  // Longest first, so "Anna Maria Berg" is replaced before a shorter value inside it could be.
  const replacements: Replacement[] = [
    ...new Set([person.name, ...users.map((u) => u.name)].map((n) => n.trim()).filter((n) => n.length > 0)),
  ]
    .map((from) => ({ from, to: args.newName }))
    .concat([...new Set([person.email, ...users.map((u) => u.email)].filter((e): e is string => !!e?.trim()).map((e) => e.trim().toLowerCase()))].map((from) => ({ from, to: args.newName })))
    .concat([{ from: person.employeeId, to: args.newEmployeeId }])
    .sort((a, b) => b.from.length - a.from.length);

  // Open rounds lose the person's answers and invitation; the rollups move with them. Closed rounds keep both.
  const openRounds = await queryRows<{ id: number }>(tx, sql`select id from rounds where closes_on >= ${args.today} order by id`);
  let removedAnswers = 0;
  for (const round of openRounds) {
    const [invited] = await queryRows<{ yes: boolean }>(tx, sql`
      select exists (select 1 from invitations where person_id = ${args.personId} and round_id = ${round.id}) as yes`);
    removedAnswers += await withPeopleRollups(tx, round.id, [args.personId], async () => {
      const [answers] = await queryRows<{ n: number }>(tx, sql`
        with a as (delete from assessments where person_id = ${args.personId} and round_id = ${round.id} returning 1),
          e as (delete from effect_responses where person_id = ${args.personId} and round_id = ${round.id} returning 1)
        select ((select count(*) from a) + (select count(*) from e))::int as n`);
      await tx.execute(sql`delete from invitations where person_id = ${args.personId} and round_id = ${round.id}`);
      return answers?.n ?? 0;
    });
    // Was that the round's last invitation? Then the round has no list any more, and its population
    // falls back to everyone employed while it is open: a change for everyone, not only this person.
    if (invited?.yes) {
      const [list] = await queryRows<{ empty: boolean }>(tx, sql`select not exists (select 1 from invitations where round_id = ${round.id}) as empty`);
      if (list?.empty) await rebuildRoundRollups(tx, round.id);
    }
  }
  await tx.execute(sql`delete from survey_submissions where person_id = ${args.personId}`);
  await tx.execute(sql`delete from invitation_tokens where person_id = ${args.personId}`);
  if (users.length > 0) {
    const ids = sql.join(users.map((u) => sql`${u.id}`), sql`, `);
    await tx.execute(sql`delete from user_roles where user_id in (${ids})`);
    await tx.execute(sql`delete from users where id in (${ids})`);
  }

  let scrubbedRows = 0;
  for (const c of await textColumns(tx)) {
    if (OWN_TABLES.has(c.table) || NEVER_SCRUB.has(`${c.table}.${c.column}`)) continue;
    scrubbedRows += await scrubColumn(tx, c.table, c.column, c.type, replacements);
  }

  await tx.execute(sql`
    update people set name = ${args.newName}, email = null, employee_id = ${args.newEmployeeId}, pseudonymised_at = now()
    where id = ${args.personId}`);
  return { removedOpenAnswers: removedAnswers, removedUserAccounts: users.length, scrubbedRows };
}
