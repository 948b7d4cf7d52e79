import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DbHandle } from '@/db/client';
import { invitationByHash, userByEmail } from '@/db/queries/users';
import { seedDemo } from '@/db/seed/seed-demo';
import { hashToken } from '@/lib/auth/tokens';
import type { Viewer } from '@/lib/auth/viewer';
import { viewerFromSubject } from '@/lib/auth/viewer-from-subject';
import { listAuditEvents } from '@/lib/data/audit-log';
import { InvalidInputError, NotFoundError } from '@/lib/data/errors';
import { createInvitationLetters, exportInvitationLettersPdf, getInvitationLetters, invitationLettersPrintPath, letterChoices } from '@/lib/data/invitation-letters';
import { getReminderList } from '@/lib/data/reminders';
import { closeRoundNow, createRound, createRoundInvitations, getAdminRound, listAdminRounds, openRoundNow, roundFormChoices } from '@/lib/data/rounds-admin';
import { getSurvey, saveSurveyAnswers } from '@/lib/data/survey';
import { todayInSweden } from '@/lib/clock/clock';
import { dayBefore } from '@/lib/domain/round-status';
import type { CreateRoundInput } from '@/lib/validation/rounds';
import { csv, importCsv } from '../support/csv-import';
import { freshDatabase, TEST_DRIVERS } from '../support/test-database';

// Rounds, invitations, invitation letters and the reminder list (issue 7, part 2): who may do what,
// who gets invited, that a letter's link signs its person in to the round, and that the reminder
// list names exactly the people who have not answered, and nothing about anybody's answers.

const X = 'EXB-VO-ALD-01'; // Karin Olofsson leads it; Mariam Jaber works there
const ORIGIN = 'https://kompetens.exempelby.example';

function dayAfter(day: string, days = 1): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function outcome(promise: Promise<unknown>): Promise<'ok' | 'not-found' | 'invalid'> {
  try {
    await promise;
    return 'ok';
  } catch (error) {
    if (error instanceof NotFoundError) return 'not-found';
    if (error instanceof InvalidInputError) return 'invalid';
    throw error;
  }
}

async function invalidMessage(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof InvalidInputError) return error.message;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe.each(TEST_DRIVERS)('rounds, invitations and letters on $name', (driver) => {
  let handle: DbHandle;
  const v = {} as Record<'admin' | 'hr' | 'chefX' | 'chefY' | 'staff' | 'steering' | 'anonymous', Viewer>;
  const today = todayInSweden();
  const tomorrow = dayAfter(today);
  const round = (over: Partial<CreateRoundInput> = {}): CreateRoundInput => ({
    code: 'HOST-2026', name: 'Kartläggning hösten', opensOn: tomorrow, closesOn: dayAfter(today, 30), kind: 'kombinerad', units: [X, 'RUND'], ...over,
  });
  const asUser = async (email: string) => viewerFromSubject(handle.db, `u:${(await userByEmail(handle.db, email))?.id}`);
  const invitedIds = async (code: string) =>
    (await queryRows<{ id: string }>(handle.db, sql`
      select p.employee_id as id from invitations i join people p on p.id = i.person_id join rounds r on r.id = i.round_id
      where r.code = ${code} order by 1`)).map((r) => r.id);

  beforeAll(async () => {
    handle = await freshDatabase(driver);
    await seedDemo(handle.db);
    v.admin = await asUser('sara.lind@exempelby.example');
    v.hr = await asUser('johan.ek@exempelby.example');
    v.chefX = await asUser('karin.olofsson@exempelby.example');
    v.chefY = await asUser('joakim.pettersson@exempelby.example');
    v.staff = await asUser('mariam.jaber@exempelby.example');
    v.steering = await asUser('eva.styrman@exempelby.example');
    v.anonymous = { kind: 'anonymous' };
    // A small tree of our own: who is employed on the opening day (tomorrow) is invited.
    const imported = await importCsv({
      'units.csv': csv('code,name,parent_code,kind', [['RUND', 'Rundans område', null, 'omrade'], ['RUND-A', 'Rundans enhet', 'RUND', 'enhet'], ['ANNAN', 'Annan enhet', null, 'enhet']]),
      'people.csv': csv('employee_id,name,unit_code,role_code,start_date,end_date', [
        ['R1', 'Rut Ett', 'RUND', 'USK', '2020-01-01', null],
        ['R2', 'Rolf Två', 'RUND-A', 'USK', null, null],
        ['R3', 'Rakel Slutar', 'RUND-A', 'USK', '2020-01-01', today], // ends before the opening day
        ['R4', 'Ronja Börjar', 'RUND-A', 'USK', dayAfter(today, 2), null], // starts after it
        ['R5', 'Rasmus Annan', 'ANNAN', 'USK', null, null], // in a unit the round is not for
      ]),
    });
    expect(imported.rejected).toEqual([]);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('lets only HR and administrators see and create rounds', async () => {
    for (const who of ['chefX', 'chefY', 'staff', 'steering', 'anonymous'] as const) {
      expect(await outcome(listAdminRounds(v[who])), who).toBe('not-found');
      expect(await outcome(roundFormChoices(v[who])), who).toBe('not-found');
      expect(await outcome(getAdminRound(v[who], { round: 'KART-2026' })), who).toBe('not-found');
      expect(await outcome(createRound(v[who], round())), who).toBe('not-found');
    }
    expect(await invitedIds('HOST-2026')).toEqual([]);
    const listed = await listAdminRounds(v.admin);
    expect(listed.rounds.map((r) => [r.code, r.status])).toEqual(expect.arrayContaining([['KART-2025', 'closed'], ['KART-2026', 'closed']]));
    expect(listed.rounds.find((r) => r.code === 'KART-2026')?.units).toEqual([]);
    const choices = await roundFormChoices(v.hr);
    expect(choices.units[0]).toMatchObject({ code: 'ANNAN', depth: 0 });
    expect(choices.units.find((u) => u.code === X)?.depth).toBe(3);
  });

  it('refuses a round that is not valid, with a plain Swedish reason', async () => {
    expect(await invalidMessage(createRound(v.hr, round({ code: 'KART-2026' })))).toBe('Det finns redan en omgång med koden KART-2026. Välj en annan kod');
    expect(await invalidMessage(createRound(v.hr, round({ closesOn: today, opensOn: tomorrow })))).toBe('Sista svarsdagen kan inte vara före första svarsdagen');
    expect(await invalidMessage(createRound(v.hr, round({ opensOn: dayBefore(dayBefore(today)), closesOn: dayBefore(today) })))).toBe('Sista svarsdagen har redan varit. Välj ett senare datum');
    expect(await invalidMessage(createRound(v.hr, round({ units: ['FINNS-INTE'] })))).toBe('Enheten FINNS-INTE finns inte. Ladda om sidan och välj igen.');
    expect(await invalidMessage(createRound(v.hr, round({ code: 'två ord' })))).toMatch(/^Koden får bara ha/);
    expect((await listAdminRounds(v.hr)).rounds.map((r) => r.code)).not.toContain('HOST-2026');
  });

  it('creates a round for chosen units, keeping only the topmost of nested choices, and audits it', async () => {
    expect(await createRound(v.hr, round({ units: [X, 'RUND', 'RUND-A'] }))).toEqual({ code: 'HOST-2026' });
    const detail = await getAdminRound(v.admin, { round: 'HOST-2026' });
    expect(detail).toMatchObject({ status: 'planned', invited: 0, answered: 0, hasInvitationList: false, opensOn: tomorrow });
    expect(detail.units.map((u) => u.code)).toEqual([X, 'RUND']);
    const [event] = await listAuditEvents(v.admin, { limit: 1 });
    expect(event).toMatchObject({ actor: 'johan.ek@exempelby.example', action: 'skapade omgång' });
    expect(event?.details).toMatchObject({ round: 'HOST-2026', units: `${X} RUND` });
  });

  it('will not open a round for chosen units before it has its invitation list', async () => {
    expect(await invalidMessage(openRoundNow(v.hr, { round: 'HOST-2026' }))).toMatch(/^Skapa inbjudningar innan du öppnar omgången/);
  });

  it('invites everyone of the units and below who is employed on the opening day, once', async () => {
    for (const who of ['chefX', 'staff', 'steering', 'anonymous'] as const) expect(await outcome(createRoundInvitations(v[who], { round: 'HOST-2026' })), who).toBe('not-found');
    const employedInX = (await queryRows<{ id: string }>(handle.db, sql`
      select p.employee_id as id from people p join units u on u.id = p.unit_id
      where u.code = ${X} and (p.start_date is null or p.start_date <= ${tomorrow}::date) and (p.end_date is null or p.end_date >= ${tomorrow}::date)`)).map((r) => r.id);
    expect(employedInX.length).toBeGreaterThan(5);
    const result = await createRoundInvitations(v.hr, { round: 'HOST-2026' });
    expect(result).toEqual({ added: employedInX.length + 2, invited: employedInX.length + 2 });
    expect(await invitedIds('HOST-2026')).toEqual([...employedInX, 'R1', 'R2'].sort());
    // Again: nobody new.
    expect(await createRoundInvitations(v.hr, { round: 'HOST-2026' })).toEqual({ added: 0, invited: employedInX.length + 2 });
    const detail = await getAdminRound(v.hr, { round: 'HOST-2026' });
    expect(detail.byUnit.find((u) => u.code === 'RUND')).toMatchObject({ invited: 2, answered: 0, withLink: 0 });
    expect(detail.byUnit.find((u) => u.code === 'RUND-A')).toMatchObject({ invited: 1 });
    expect(detail.byUnit.find((u) => u.code === 'ANNAN')).toBeUndefined();
  });

  it('opens a planned round today, and only once', async () => {
    expect(await outcome(openRoundNow(v.chefX, { round: 'HOST-2026' }))).toBe('not-found');
    expect(await openRoundNow(v.hr, { round: 'HOST-2026' })).toEqual({ opensOn: today });
    expect((await getAdminRound(v.hr, { round: 'HOST-2026' })).status).toBe('open');
    expect(await invalidMessage(openRoundNow(v.hr, { round: 'HOST-2026' }))).toBe('Omgången är redan öppen');
    expect(await invalidMessage(openRoundNow(v.hr, { round: 'KART-2025' }))).toMatch(/har stängt och kan inte öppnas igen/);
  });

  let mariamViewer: Viewer;
  let mariamTokenId = 0;

  it('makes one letter per invited person of a unit, each with a link that signs that person in to the round', async () => {
    for (const who of ['chefX', 'staff', 'steering', 'anonymous'] as const) {
      expect(await outcome(letterChoices(v[who], { round: 'HOST-2026' })), who).toBe('not-found');
      expect(await outcome(createInvitationLetters(v[who], { round: 'HOST-2026', unit: X, origin: ORIGIN })), who).toBe('not-found');
    }
    const choices = await letterChoices(v.hr, { round: 'HOST-2026' });
    const invitedInX = (await getAdminRound(v.hr, { round: 'HOST-2026' })).byUnit.find((u) => u.code === X)?.invited;
    expect(choices.units.find((u) => u.code === X)?.invited).toBe(invitedInX);

    const made = await createInvitationLetters(v.hr, { round: 'HOST-2026', unit: X, origin: ORIGIN });
    expect(made.letters).toBe(invitedInX);
    const batch = await getInvitationLetters(v.hr, { round: 'HOST-2026', batch: made.batch });
    expect(batch.letters).toHaveLength(invitedInX as number);
    expect(batch).toMatchObject({ round: { code: 'HOST-2026', name: 'Kartläggning hösten' }, unit: { code: X }, organisation: 'Exempelby kommun', k: 5, revoked: 0 });

    const invitations = new Set<number>();
    for (const letter of batch.letters) {
      const match = /^https:\/\/kompetens\.exempelby\.example\/k\/([A-Za-z0-9_-]{43})$/.exec(letter.url);
      expect(match, letter.url).not.toBeNull();
      // Only the hash is stored; it leads to this person's invitation to this round.
      const invitation = await invitationByHash(handle.db, hashToken(match?.[1] as string));
      expect(invitation).toMatchObject({ name: letter.name, revoked: false });
      const viewer = await viewerFromSubject(handle.db, `i:${invitation?.id}`);
      expect(viewer).toMatchObject({ kind: 'invitation', name: letter.name });
      expect(letter.qr.path.length).toBeGreaterThan(100);
      expect(letter.minutes).toBeGreaterThanOrEqual(5);
      invitations.add(invitation?.id as number);
      if (letter.name === 'Mariam Jaber') {
        mariamViewer = viewer;
        mariamTokenId = invitation?.id as number;
      }
    }
    // One person each (two people may share a name).
    expect(invitations.size).toBe(batch.letters.length);
    expect(mariamTokenId).toBeGreaterThan(0);
    const stored = await queryRows<{ n: number }>(handle.db, sql`
      select count(*)::int as n from invitation_tokens t join rounds r on r.id = t.round_id where r.code = 'HOST-2026' and t.revoked_at is null`);
    expect(stored[0]?.n).toBe(invitedInX);

    // The link opens the round it was made for.
    const survey = await getSurvey(mariamViewer, {});
    expect(survey.state).toBe('open');
    expect(survey.round?.name).toBe('Kartläggning hösten');

    const [event] = await listAuditEvents(v.admin, { limit: 1 });
    expect(event).toMatchObject({ actor: 'johan.ek@exempelby.example', action: 'skapade inbjudningsbrev' });
    expect(event?.details).toEqual({ round: 'HOST-2026', unit: X, letters: invitedInX, revokedLinks: 0 });
    expect(JSON.stringify(event)).not.toContain(batch.letters[0]?.url.slice(-43));
  });

  it('shows the letters only to the person who made them, and prints them as a PDF of their page', async () => {
    const made = await createInvitationLetters(v.hr, { round: 'HOST-2026', unit: 'RUND', origin: ORIGIN });
    expect((await getInvitationLetters(v.hr, { round: 'HOST-2026', batch: made.batch })).letters.map((l) => l.name)).toEqual(['Rolf Två', 'Rut Ett']);
    expect(await outcome(getInvitationLetters(v.admin, { round: 'HOST-2026', batch: made.batch }))).toBe('not-found');
    expect(await outcome(getInvitationLetters(v.hr, { round: 'KART-2026', batch: made.batch }))).toBe('not-found');
    expect(await outcome(getInvitationLetters(v.hr, { round: 'HOST-2026', batch: 'A'.repeat(22) }))).toBe('not-found');

    let printed = '';
    const file = await exportInvitationLettersPdf(v.hr, { round: 'HOST-2026', batch: made.batch }, async (batch, path) => {
      printed = path;
      expect(batch.letters).toHaveLength(2);
      return new Uint8Array([37, 80, 68, 70]);
    });
    expect(printed).toBe(invitationLettersPrintPath('HOST-2026', made.batch));
    expect(file).toMatchObject({ filename: 'inbjudningsbrev-HOST-2026-RUND.pdf', contentType: 'application/pdf' });
    expect(await outcome(exportInvitationLettersPdf(v.admin, { round: 'HOST-2026', batch: made.batch }, async () => new Uint8Array()))).toBe('not-found');
    const [event] = await listAuditEvents(v.admin, { limit: 1 });
    expect(event).toMatchObject({ action: 'skrev ut inbjudningsbrev som PDF', details: { round: 'HOST-2026', unit: 'RUND', letters: 2 } });
  });

  it('replaces a person’s earlier link when new letters are made, and refuses a unit where nobody is invited', async () => {
    const again = await createInvitationLetters(v.hr, { round: 'HOST-2026', unit: 'RUND-A', origin: ORIGIN });
    const batch = await getInvitationLetters(v.hr, { round: 'HOST-2026', batch: again.batch });
    expect(batch.letters.map((l) => l.name)).toEqual(['Rolf Två']);
    expect(batch.revoked).toBe(1);
    const links = await queryRows<{ revoked: boolean }>(handle.db, sql`
      select (t.revoked_at is not null) as revoked from invitation_tokens t join people p on p.id = t.person_id where p.employee_id = 'R2' order by t.id`);
    expect(links.map((l) => l.revoked)).toEqual([true, false]);
    expect(await invalidMessage(createInvitationLetters(v.hr, { round: 'HOST-2026', unit: 'ANNAN', origin: ORIGIN }))).toBe(
      'Ingen på Annan enhet är inbjuden till omgången. Skapa inbjudningar först',
    );
    expect(await outcome(createInvitationLetters(v.hr, { round: 'HOST-2026', unit: 'FINNS-INTE', origin: ORIGIN }))).toBe('not-found');
    expect(await outcome(createInvitationLetters(v.hr, { round: 'HOST-2026', unit: X, origin: 'javascript:alert(1)' }))).toBe('invalid');
  });

  it('lists exactly who has not answered, by name only, for the unit’s chef, HR and administrators', async () => {
    for (const who of ['chefY', 'staff', 'steering', 'anonymous'] as const) expect(await outcome(getReminderList(v[who], { unit: X })), who).toBe('not-found');
    const before = await getReminderList(v.chefX, { unit: X });
    expect(before.round?.code).toBe('HOST-2026');
    expect(before.rounds.map((r) => r.code)).toContain('HOST-2026');
    expect(before.notAnswered.map((p) => p.name)).toContain('Mariam Jaber');

    // Mariam answers through the link in her letter.
    await saveSurveyAnswers(mariamViewer, [{ kind: 'effect', question: 'strengthened', value: 2 }]);
    const after = await getReminderList(v.chefX, { unit: X, round: 'HOST-2026' });
    const expected = (await queryRows<{ name: string }>(handle.db, sql`
      select p.name from invitations i join people p on p.id = i.person_id join units u on u.id = p.unit_id join rounds r on r.id = i.round_id
      where r.code = 'HOST-2026' and u.code = ${X}
        and not exists (select 1 from effect_responses e where e.round_id = r.id and e.person_id = p.id)
        and not exists (select 1 from assessments a where a.round_id = r.id and a.person_id = p.id)
      order by p.name, p.employee_id`)).map((r) => r.name);
    expect(after.notAnswered.map((p) => p.name)).toEqual(expected);
    expect(after.notAnswered.map((p) => p.name)).not.toContain('Mariam Jaber');
    expect(after.population).toBe(before.population);
    expect(after.notAnswered).toHaveLength(before.notAnswered.length - 1);
    // Names and units, nothing else: no answer, no level, no employee id.
    for (const p of after.notAnswered) expect(Object.keys(p).sort()).toEqual(['name', 'unitName']);
    expect(JSON.stringify(after)).not.toMatch(/"(value|level|answer|employeeId)"/);

    expect((await getReminderList(v.hr, { unit: X, round: 'HOST-2026' })).notAnswered).toEqual(after.notAnswered);
    expect(await outcome(getReminderList(v.chefX, { unit: X, round: 'KART-2025' }))).toBe('not-found');
    const [event] = await listAuditEvents(v.admin, { limit: 1 });
    expect(event).toMatchObject({ action: 'visade påminnelselista', details: { round: 'HOST-2026', unit: X, notAnswered: after.notAnswered.length } });
  });

  it('closes an open round as of yesterday: links stop working, and nobody is reminded or invited any more', async () => {
    expect(await outcome(closeRoundNow(v.chefX, { round: 'HOST-2026' }))).toBe('not-found');
    expect(await closeRoundNow(v.hr, { round: 'HOST-2026' })).toMatchObject({ closesOn: dayBefore(today) });
    const [event] = await listAuditEvents(v.admin, { limit: 1 });
    expect(event).toMatchObject({ actor: 'johan.ek@exempelby.example', action: 'stängde omgång', details: { round: 'HOST-2026', closesOn: dayBefore(today) } });
    const detail = await getAdminRound(v.hr, { round: 'HOST-2026' });
    expect(detail).toMatchObject({ status: 'closed', closesOn: dayBefore(today), opensOn: dayBefore(today) });
    expect(await viewerFromSubject(handle.db, `i:${mariamTokenId}`)).toEqual({ kind: 'anonymous' });
    expect(detail.byUnit.find((u) => u.code === X)?.withLink).toBe(0);
    expect(detail.answered).toBe(1);

    expect((await getReminderList(v.chefX, { unit: X })).rounds.map((r) => r.code)).not.toContain('HOST-2026');
    expect(await invalidMessage(closeRoundNow(v.hr, { round: 'HOST-2026' }))).toBe('Omgången är redan stängd');
    expect(await invalidMessage(createRoundInvitations(v.hr, { round: 'HOST-2026' }))).toMatch(/har stängt/);
    expect(await invalidMessage(createInvitationLetters(v.hr, { round: 'HOST-2026', unit: X, origin: ORIGIN }))).toMatch(/har stängt/);
  });

  it('invites the whole organisation for a round without units', async () => {
    await createRound(v.admin, round({ code: 'ALLA', units: [], opensOn: today }));
    const { added } = await createRoundInvitations(v.admin, { round: 'ALLA' });
    const [row] = await queryRows<{ n: number }>(handle.db, sql`
      select count(*)::int as n from people p where (p.start_date is null or p.start_date <= ${today}::date) and (p.end_date is null or p.end_date >= ${today}::date)`);
    expect(added).toBe(row?.n);
    expect(await invitedIds('ALLA')).toContain('R5');
  });
});
