import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DbHandle } from '@/db/client';
import { userByEmail } from '@/db/queries/users';
import { seedDemo } from '@/db/seed/seed-demo';
import { SYSTEM_VIEWER, type Viewer } from '@/lib/auth/viewer';
import { viewerFromSubject } from '@/lib/auth/viewer-from-subject';
import { listAuditEvents } from '@/lib/data/audit-log';
import { InvalidInputError, NotFoundError } from '@/lib/data/errors';
import { createInvitationLink } from '@/lib/data/invitation-links';
import { validateLevel } from '@/lib/data/level-validation';
import { getPersonalDataOverview, getStoredPersonalData, searchPersonalData } from '@/lib/data/personal-data';
import { getPersonProfile } from '@/lib/data/person-profile';
import { pseudonymisePersonOnRequest } from '@/lib/data/pseudonymise-person';
import { exportRegisterExtractJson, exportRegisterExtractPdf, getRegisterExtract } from '@/lib/data/register-extract';
import { updateInstallationSettings } from '@/lib/data/settings';
import { saveSurveyAnswers, submitSurvey } from '@/lib/data/survey';
import { todayInSweden } from '@/lib/clock/clock';
import { grantRole } from '@/lib/data/users-admin';
import { GET as cronRetention } from '@/app/api/cron/retention/route';
import { snapshot } from '../support/db-snapshot';
import { csv, importCsv } from '../support/csv-import';
import { runCli } from '../support/run-cli';
import { freshDatabase, TEST_DRIVERS } from '../support/test-database';

// Read by the cron route through lib/env, which reads the environment once, on first use.
const CRON_SECRET = 'test-cron-secret-0123456789abcdef';
process.env.CRON_SECRET = CRON_SECRET;

const MARIAM = { employeeId: 'D10144', name: 'Mariam Jaber', email: 'mariam.jaber@exempelby.example', unit: 'EXB-VO-ALD-01' };

/**
 * The figures of the closed demo rounds as the command line prints them: for the whole
 * organisation and for Mariam's unit, every report that reads answers.
 */
async function closedRoundFigures(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const round of ['KART-2025', 'KART-2026']) {
    for (const unit of ['EXB', MARIAM.unit]) {
      const reports: string[][] = [
        ['report', 'gaps', '--by', 'requirement'],
        ['report', 'gaps', '--by', 'role-requirement'],
        ['report', 'priorities'],
        ['report', 'response'],
        ['report', 'effect', '--question', 'strengthened'],
        ['report', 'effect', '--question', 'knows_requirements'],
      ];
      for (const args of reports) {
        const r = await runCli([...args, '--round', round, '--unit', unit, '--json']);
        expect(r.code, `${args.join(' ')} ${round} ${unit}: ${r.stderr}`).toBe(0);
        out[`${args.join(' ')} ${round} ${unit}`] = JSON.parse(r.stdout);
      }
    }
  }
  return out;
}

/** Every table and every text, varchar or JSON column in it (cast to text) that contains `needle`, any case. */
async function whereFound(db: DbHandle['db'], needle: string): Promise<string[]> {
  const columns = await queryRows<{ table: string; column: string }>(db, sql`
    select c.table_name as "table", c.column_name as "column" from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
      and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb')`);
  expect(columns.length).toBeGreaterThan(40);
  const found: string[] = [];
  for (const { table, column } of columns) {
    const [row] = await queryRows<{ n: number }>(db, sql.raw(
      `select count(*)::int as n from "${table}" where "${column}"::text ilike '%' || ${`'${needle.replace(/'/g, "''")}'`} || '%'`,
    ));
    if ((row?.n ?? 0) > 0) found.push(`${table}.${column}`);
  }
  return found;
}

describe.each(TEST_DRIVERS)('personal data on $name', (driver) => {
  let handle: DbHandle;
  const v = {} as Record<'admin' | 'hr' | 'chefX' | 'staffA' | 'staffB' | 'invitation', Viewer>;
  let mariamPersonId: number;
  let mariamUserId: number;
  let invitationId: number;

  const asUser = async (email: string) => viewerFromSubject(handle.db, `u:${(await userByEmail(handle.db, email))?.id}`);

  beforeAll(async () => {
    handle = await freshDatabase(driver);
    await seedDemo(handle.db);
    // A round that is open whatever the date the tests run on, with Mariam invited to it.
    const imported = await importCsv({
      'rounds.csv': csv('code,name,opens_on,closes_on', [['OPEN', 'Öppen omgång', '2026-01-01', '2099-12-31']]),
      'invitations.csv': csv('round_code,employee_id', [['OPEN', MARIAM.employeeId]]),
    });
    expect(imported.rejected).toEqual([]);
    v.admin = await asUser('sara.lind@exempelby.example');
    v.hr = await asUser('johan.ek@exempelby.example');
    v.chefX = await asUser('karin.olofsson@exempelby.example');
    v.staffA = await asUser(MARIAM.email);
    v.staffB = await asUser('linda.pettersson@exempelby.example');
    invitationId = (await createInvitationLink(SYSTEM_VIEWER, { employeeId: MARIAM.employeeId, round: 'OPEN' })).id;
    v.invitation = await viewerFromSubject(handle.db, `i:${invitationId}`);
    const [p] = await queryRows<{ id: number }>(handle.db, sql`select id from people where employee_id = ${MARIAM.employeeId}`);
    mariamPersonId = p!.id;
    mariamUserId = (await userByEmail(handle.db, MARIAM.email))!.id;
  });
  afterAll(async () => {
    await handle.close();
  });

  it('exports everything stored about Mariam, then removes her from every table while the closed rounds’ figures stay the same', async () => {
    // What a working year leaves behind: answers in the open round by her personal link, her
    // chef opening her profile and confirming a level, a role given to her account, a setting
    // she changed as an administrator (her e-mail in installation_settings and the audit log).
    const [firstRequirement] = await queryRows<{ code: string }>(handle.db, sql`
      select q.code from role_requirements rr join requirements q on q.id = rr.requirement_id join people p on p.role_id = rr.role_id
      where p.employee_id = ${MARIAM.employeeId} order by q.code limit 1`);
    await saveSurveyAnswers(v.invitation, [
      { kind: 'effect', question: 'strengthened', value: 4 },
      { kind: 'requirement', requirement: firstRequirement!.code, choice: '3' },
    ]);
    await submitSurvey(v.invitation);
    await getPersonProfile(v.chefX, { employeeId: MARIAM.employeeId, round: 'KART-2026' });
    await validateLevel(v.chefX, { employeeId: MARIAM.employeeId, round: 'OPEN', requirement: firstRequirement!.code, level: 2 });
    await grantRole(v.admin, { userId: mariamUserId, role: 'admin', unitCode: null, projectCode: null });
    await updateInstallationSettings(await asUser(MARIAM.email), { organisationName: 'Exempelby kommun' });

    // Rounds closing before today are closed; the others (OPEN, and the demo's autumn round while it runs) are not.
    const today = todayInSweden();
    const figuresBefore = await closedRoundFigures();
    const [personBefore] = await queryRows<Record<string, unknown>>(handle.db, sql`
      select unit_id, role_id, employment::text, start_date::text, end_date::text, gender from people where id = ${mariamPersonId}`);
    const [closedBefore] = await queryRows<{ assessments: number; effect: number; invitations: number }>(handle.db, sql`
      select (select count(*)::int from assessments a join rounds r on r.id = a.round_id where a.person_id = ${mariamPersonId} and r.closes_on < ${today}) as assessments,
        (select count(*)::int from effect_responses e join rounds r on r.id = e.round_id where e.person_id = ${mariamPersonId} and r.closes_on < ${today}) as effect,
        (select count(*)::int from invitations i join rounds r on r.id = i.round_id where i.person_id = ${mariamPersonId} and r.closes_on < ${today}) as invitations`);
    expect(closedBefore!.assessments).toBeGreaterThan(10);
    expect(closedBefore!.invitations).toBeGreaterThan(0);
    // The sentence the search below is about: she is in these tables before.
    expect(await whereFound(handle.db, MARIAM.name)).toEqual(expect.arrayContaining(['people.name', 'users.name']));
    expect(await whereFound(handle.db, MARIAM.email)).toEqual(
      expect.arrayContaining(['audit_events.actor', 'audit_events.details', 'installation_settings.updated_by', 'people.email', 'users.email']),
    );
    expect(await whereFound(handle.db, MARIAM.employeeId)).toEqual(expect.arrayContaining(['people.employee_id', 'audit_events.details']));

    // The register extract: every answer, her own effect answers, her account, who opened her answers.
    const file = await exportRegisterExtractJson(v.admin, { employeeId: MARIAM.employeeId });
    expect(file.filename).toMatch(/^registerutdrag-D10144-\d{4}-\d{2}-\d{2}\.json$/);
    const extract = JSON.parse(String(file.body));
    expect(extract.person).toMatchObject({ employeeId: MARIAM.employeeId, name: MARIAM.name, email: MARIAM.email, unit: { code: MARIAM.unit } });
    const [counts] = await queryRows<{ assessments: number; effect: number }>(handle.db, sql`
      select (select count(*)::int from assessments where person_id = ${mariamPersonId}) as assessments,
        (select count(*)::int from effect_responses where person_id = ${mariamPersonId}) as effect`);
    expect(extract.assessments).toHaveLength(counts!.assessments);
    expect(extract.assessments).toContainEqual(expect.objectContaining({ round: 'OPEN', requirement: firstRequirement!.code, level: 3, source: 'self' }));
    expect(extract.assessments).toContainEqual(expect.objectContaining({ round: 'OPEN', requirement: firstRequirement!.code, level: 2, source: 'validated' }));
    expect(extract.effectAnswers).toHaveLength(counts!.effect);
    expect(extract.effectAnswers).toContainEqual(expect.objectContaining({ round: 'OPEN', question: 'strengthened', value: 4 }));
    expect(extract.surveySubmissions).toEqual([expect.objectContaining({ round: 'OPEN' })]);
    expect(extract.invitations.map((i: { round: string }) => i.round)).toEqual(expect.arrayContaining(['KART-2026', 'OPEN']));
    expect(extract.invitationLinks).toEqual([expect.objectContaining({ id: invitationId, round: 'OPEN', revokedAt: null })]);
    expect(extract.userAccounts).toEqual([expect.objectContaining({ email: MARIAM.email, roles: expect.arrayContaining([{ role: 'admin', unit: null, project: null }]) })]);
    expect(extract.auditEvents).toContainEqual(expect.objectContaining({ actor: 'karin.olofsson@exempelby.example', action: 'visade individuella svar', aboutYou: true }));
    expect(extract.auditEvents).toContainEqual(expect.objectContaining({ actor: MARIAM.email, action: 'ändrade inställningar', aboutYou: false, details: null }));
    // Never a token hash.
    const [token] = await queryRows<{ hash: string }>(handle.db, sql`select token_hash as hash from invitation_tokens where id = ${invitationId}`);
    expect(String(file.body)).not.toContain(token!.hash);
    const [audited] = await listAuditEvents(v.admin, { limit: 1 });
    expect(audited).toMatchObject({ actor: 'sara.lind@exempelby.example', action: 'lämnade ut registerutdrag', subject: `${MARIAM.name} (${MARIAM.employeeId})`, details: { format: 'json' } });

    // The extract is for administrators and for Mariam herself; not her chef, HR or her invitation link.
    await expect(getRegisterExtract(v.staffA, { employeeId: MARIAM.employeeId })).resolves.toMatchObject({ person: { name: MARIAM.name } });
    for (const who of ['chefX', 'hr', 'staffB', 'invitation'] as const) {
      await expect(exportRegisterExtractJson(v[who], { employeeId: MARIAM.employeeId }), who).rejects.toBeInstanceOf(NotFoundError);
      await expect(getStoredPersonalData(v[who], { employeeId: MARIAM.employeeId }), who).rejects.toBeInstanceOf(NotFoundError);
      await expect(pseudonymisePersonOnRequest(v[who], { employeeId: MARIAM.employeeId, confirmation: MARIAM.employeeId }), who).rejects.toBeInstanceOf(NotFoundError);
    }
    const printed = await exportRegisterExtractPdf(v.admin, { employeeId: MARIAM.employeeId }, async (_e, path) => {
      expect(path).toBe('/personer/D10144/registerutdrag?utskrift=1');
      return new Uint8Array([37, 80, 68, 70]);
    });
    expect(printed.contentType).toBe('application/pdf');

    // What the removal page shows: counts, and the open round's answers that go with her.
    const stored = await getStoredPersonalData(v.admin, { employeeId: MARIAM.employeeId });
    expect(stored.counts.assessments).toBe(counts!.assessments);
    expect(stored.openRoundAnswers).toBe(3);
    expect((await searchPersonalData(v.admin, { text: 'mariam jab' })).hits.map((h) => h.employeeId)).toEqual([MARIAM.employeeId]);
    expect((await searchPersonalData(v.admin, { text: 'D10144' })).hits[0]?.name).toBe(MARIAM.name);

    // Removal needs the employee id typed in full.
    await expect(pseudonymisePersonOnRequest(v.admin, { employeeId: MARIAM.employeeId, confirmation: 'd10144' })).rejects.toBeInstanceOf(InvalidInputError);
    const before = await snapshot(handle.db);
    const done = await pseudonymisePersonOnRequest(v.admin, { employeeId: MARIAM.employeeId, confirmation: ` ${MARIAM.employeeId} ` });
    expect(done).toMatchObject({ name: `Borttagen person ${mariamPersonId}`, removedOpenAnswers: 3, removedUserAccounts: 1 });
    expect(done.employeeId).toMatch(/^PSEUDO-[0-9a-f]{12}$/);
    expect(await snapshot(handle.db)).not.toEqual(before);

    // Nothing anywhere holds her name, e-mail address or employee id.
    for (const needle of [MARIAM.name, MARIAM.email, MARIAM.employeeId]) expect(await whereFound(handle.db, needle), needle).toEqual([]);

    // The closed rounds' figures are the same, to the last decimal.
    expect(await closedRoundFigures()).toEqual(figuresBefore);
    const [personAfter] = await queryRows<Record<string, unknown>>(handle.db, sql`
      select unit_id, role_id, employment::text, start_date::text, end_date::text, gender from people where id = ${mariamPersonId}`);
    expect(personAfter).toEqual(personBefore);
    const [closedAfter] = await queryRows<typeof closedBefore>(handle.db, sql`
      select (select count(*)::int from assessments a join rounds r on r.id = a.round_id where a.person_id = ${mariamPersonId} and r.closes_on < ${today}) as assessments,
        (select count(*)::int from effect_responses e join rounds r on r.id = e.round_id where e.person_id = ${mariamPersonId} and r.closes_on < ${today}) as effect,
        (select count(*)::int from invitations i join rounds r on r.id = i.round_id where i.person_id = ${mariamPersonId} and r.closes_on < ${today}) as invitations`);
    expect(closedAfter).toEqual(closedBefore);
    const [openAfter] = await queryRows<{ n: number }>(handle.db, sql`
      select ((select count(*) from assessments a join rounds r on r.id = a.round_id where a.person_id = ${mariamPersonId} and r.closes_on >= ${today})
        + (select count(*) from effect_responses e join rounds r on r.id = e.round_id where e.person_id = ${mariamPersonId} and r.closes_on >= ${today})
        + (select count(*) from invitations i join rounds r on r.id = i.round_id where i.person_id = ${mariamPersonId} and r.closes_on >= ${today})
        + (select count(*) from survey_submissions where person_id = ${mariamPersonId})
        + (select count(*) from invitation_tokens where person_id = ${mariamPersonId}))::int as n`);
    expect(openAfter!.n).toBe(0);

    // Her account and her link are gone: an old session or link signs nobody in.
    expect((await viewerFromSubject(handle.db, `u:${mariamUserId}`)).kind).toBe('anonymous');
    expect((await viewerFromSubject(handle.db, `i:${invitationId}`)).kind).toBe('anonymous');

    // The audit log says what happened, about the pseudonym, and her chef's opening now names the pseudonym too.
    const subject = `Borttagen person ${mariamPersonId} (${done.employeeId})`;
    const events = await listAuditEvents(v.admin, { limit: 500 });
    expect(events[0]).toMatchObject({
      actor: 'sara.lind@exempelby.example',
      action: 'tog bort personuppgifter',
      subject,
      details: { pseudonym: done.employeeId, reason: 'begäran', removedOpenAnswers: 3, removedUserAccounts: 1 },
    });
    expect(events).toContainEqual(expect.objectContaining({ actor: 'karin.olofsson@exempelby.example', action: 'visade individuella svar', subject, details: { employeeId: done.employeeId, round: 'KART-2026' } }));
    expect(events).toContainEqual(expect.objectContaining({ actor: `Borttagen person ${mariamPersonId}`, action: 'ändrade inställningar' }));

    // Done once: a second removal is refused, and the extract now shows the pseudonym only.
    await expect(pseudonymisePersonOnRequest(v.admin, { employeeId: done.employeeId, confirmation: done.employeeId })).rejects.toBeInstanceOf(InvalidInputError);
    const after = await getRegisterExtract(v.admin, { employeeId: done.employeeId });
    expect(after.person).toMatchObject({ name: `Borttagen person ${mariamPersonId}`, email: null });
    expect(after.person.pseudonymisedAt).not.toBeNull();
    expect(after.userAccounts).toEqual([]);
    await expect(getRegisterExtract(v.admin, { employeeId: MARIAM.employeeId })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('pseudonymises exactly the people whose employment ended longer ago than the retention time, once', async () => {
    const ended = async () => queryRows<{ employeeId: string; pseudonymised: boolean }>(handle.db, sql`
      select employee_id as "employeeId", pseudonymised_at is not null as pseudonymised from people where end_date is not null order by id`);
    const dueInSql = async (months: number) => (await queryRows<{ employeeId: string }>(handle.db, sql`
      select employee_id as "employeeId" from people
      where pseudonymised_at is null and end_date is not null and (end_date + make_interval(months => ${months}))::date < ${todayInSweden()}::date
      order by end_date, employee_id`)).map((r) => r.employeeId);

    // No retention time set: nothing happens, and the command says why.
    let r = await runCli(['retention', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ dryRun: false, retentionMonths: null, count: 0, people: [] });
    expect((await runCli(['retention'])).stdout).toContain('Ingen lagringstid är inställd');
    const extra = await runCli(['retention', 'nu']);
    expect(extra.code).toBe(2);
    expect(extra.stderr).toContain('för många argument: nu');

    await updateInstallationSettings(v.admin, { retentionMonths: 12 });
    const due = await dueInSql(12);
    const endedBefore = await ended();
    expect(due.length).toBeGreaterThan(0);
    expect(endedBefore.filter((p) => !p.pseudonymised).length).toBeGreaterThan(due.length);
    expect((await getPersonalDataOverview(v.admin)).ended.filter((p) => p.due).map((p) => p.employeeId).sort()).toEqual([...due].sort());

    // The dry run lists them and changes nothing.
    const before = await snapshot(handle.db);
    r = await runCli(['retention', '--dry-run', '--json']);
    expect(r.code).toBe(0);
    const dry = JSON.parse(r.stdout);
    expect(dry).toMatchObject({ dryRun: true, retentionMonths: 12, count: due.length });
    expect(dry.people.map((p: { employeeId: string }) => p.employeeId)).toEqual(due);
    expect(await snapshot(handle.db)).toEqual(before);

    // The real run: those and nobody else, under new names; the closed rounds' figures stay.
    const figuresBefore = await closedRoundFigures();
    r = await runCli(['retention', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const run = JSON.parse(r.stdout);
    expect(run).toMatchObject({ dryRun: false, retentionMonths: 12, count: due.length });
    expect(run.people.every((p: { employeeId: string | null; pseudonym: string }) => p.employeeId === null && /^PSEUDO-/.test(p.pseudonym))).toBe(true);
    const endedAfter = await ended();
    const pseudonymised = new Set(run.people.map((p: { pseudonym: string }) => p.pseudonym));
    for (const id of due) expect(endedAfter.some((p) => p.employeeId === id), id).toBe(false);
    expect(endedAfter.filter((p) => pseudonymised.has(p.employeeId))).toHaveLength(due.length);
    // Everyone else who has left is as they were.
    expect(endedAfter.filter((p) => !pseudonymised.has(p.employeeId) && !p.pseudonymised)).toEqual(endedBefore.filter((p) => !p.pseudonymised && !due.includes(p.employeeId)));
    for (const id of due) expect(await whereFound(handle.db, id), id).toEqual([]);
    expect(await closedRoundFigures()).toEqual(figuresBefore);
    const [sweep] = await listAuditEvents(v.admin, { limit: 1 });
    expect(sweep).toMatchObject({ actor: 'kommandoraden', action: 'gallrade personuppgifter', details: { retentionMonths: 12, people: due.length, trigger: 'kommandoraden' } });

    // Again: nobody is due any more.
    const settled = await snapshot(handle.db);
    r = await runCli(['retention', '--json']);
    expect(JSON.parse(r.stdout)).toMatchObject({ count: 0, people: [] });
    expect(await snapshot(handle.db)).toEqual(settled);
  });

  it('runs the sweep from the scheduled job only with the right secret', async () => {
    const call = (authorization?: string) =>
      cronRetention(new Request('http://localhost/api/cron/retention', { headers: authorization ? { authorization } : {} }));
    const before = await snapshot(handle.db);
    for (const wrong of [undefined, 'Bearer nope', `Basic ${CRON_SECRET}`, `Bearer ${CRON_SECRET}x`]) {
      const res = await call(wrong);
      expect(res.status, String(wrong)).toBe(401);
    }
    expect(await snapshot(handle.db)).toEqual(before);
    // Nobody newly due: the job answers with what it did (nothing) and the audit log says it ran.
    const ok = await call(`Bearer ${CRON_SECRET}`);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ dryRun: false, retentionMonths: 12, count: 0 });
    const [last] = await listAuditEvents(v.admin, { limit: 1 });
    expect(last).toMatchObject({ actor: 'schemalagd gallring', action: 'gallrade personuppgifter', details: { trigger: 'schemalagd' } });
  });
});
