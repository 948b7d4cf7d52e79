import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DbHandle } from '@/db/client';
import { seedDemo } from '@/db/seed/seed-demo';
import { userByEmail } from '@/db/queries/users';
import { roundByCode } from '@/db/queries/reference-data';
import { levelCounts } from '@/db/queries/round-histograms';
import { SYSTEM_VIEWER, type Viewer } from '@/lib/auth/viewer';
import { viewerFromSubject } from '@/lib/auth/viewer-from-subject';
import { InvalidInputError, NotFoundError } from '@/lib/data/errors';
import { createInvitationLink } from '@/lib/data/invitation-links';
import { getNotUnderstood, validateLevel } from '@/lib/data/level-validation';
import { getPersonProfile } from '@/lib/data/person-profile';
import { getSurvey, saveSurveyAnswers, submitSurvey } from '@/lib/data/survey';
import { autosaveSchema } from '@/lib/validation/survey';
import { snapshot } from '../support/db-snapshot';
import { csv, importCsv } from '../support/csv-import';
import { freshDatabase, TEST_DRIVERS } from '../support/test-database';

const OPEN = 'KART-2026-H'; // the demo's open round (2026-11-09 – 2026-12-11)

describe.each(TEST_DRIVERS)('the survey on $name', (driver) => {
  let handle: DbHandle;
  let mariam: Viewer;
  let karin: Viewer;
  let hr: Viewer;
  const asUser = async (email: string) => viewerFromSubject(handle.db, `u:${(await userByEmail(handle.db, email))?.id}`);
  const selfRows = (requirement: string) =>
    queryRows<{ n: number; level: number | null; notUnderstood: boolean }>(handle.db, sql`
      select count(*) over ()::int as n, a.level::int as level, a.not_understood as "notUnderstood"
      from assessments a join people p on p.id = a.person_id join requirements q on q.id = a.requirement_id join rounds r on r.id = a.round_id
      where p.employee_id = 'D10144' and q.code = ${requirement} and r.code = ${OPEN} and a.source = 'self'`);

  beforeAll(async () => {
    handle = await freshDatabase(driver);
    await seedDemo(handle.db);
    mariam = await asUser('mariam.jaber@exempelby.example');
    karin = await asUser('karin.olofsson@exempelby.example');
    hr = await asUser('johan.ek@exempelby.example');
  });
  afterAll(async () => {
    await handle.close();
  });

  it('shows Mariam the requirements of her role in the open round, one step per area, with the scale', async () => {
    const survey = await getSurvey(mariam, { language: 'sv' });
    expect(survey.state).toBe('open');
    expect(survey.round?.code).toBe(OPEN);
    expect(survey.person?.name).toBe('Mariam Jaber');
    expect(survey.levels.map((l) => l.name)).toEqual(['Inte ännu', 'Fakta', 'Förståelse', 'Färdighet', 'Förtrogenhet']);
    const codes = survey.steps.flatMap((s) => s.requirements.map((r) => r.code));
    const [role] = await queryRows<{ n: number }>(handle.db, sql`
      select count(*)::int as n from role_requirements rr join people p on p.role_id = rr.role_id where p.employee_id = 'D10144'`);
    expect(codes.length).toBe(role?.n);
    expect(new Set(survey.steps.map((s) => s.area)).size).toBe(survey.steps.length);
    expect(survey.effectQuestions.map((q) => q.code)).toContain('strengthened');
    expect(survey.steps.every((s) => s.requirements.every((r) => r.choice === null))).toBe(true);
  });

  it('stores an answer, "vet ej" and "jag förstår inte frågan", and shows them again (a reload or another device)', async () => {
    const [a, b, c] = (await getSurvey(mariam, {})).steps.flatMap((s) => s.requirements.map((r) => r.code));
    await saveSurveyAnswers(mariam, [
      { kind: 'requirement', requirement: a!, choice: '3' },
      { kind: 'requirement', requirement: b!, choice: 'vet-ej' },
      { kind: 'requirement', requirement: c!, choice: 'forstar-inte' },
      { kind: 'effect', question: 'strengthened', value: 4 },
    ]);
    const again = await getSurvey(mariam, {});
    const choices = Object.fromEntries(again.steps.flatMap((s) => s.requirements.map((r) => [r.code, r.choice])));
    expect([choices[a!], choices[b!], choices[c!]]).toEqual(['3', 'vet-ej', 'forstar-inte']);
    expect(again.effectQuestions.find((q) => q.code === 'strengthened')?.value).toBe(4);
    expect(await selfRows(c!)).toEqual([{ n: 1, level: null, notUnderstood: true }]);
  });

  it('keeps one answer per requirement when the same answer is sent twice at once (two tabs, a resent queue)', async () => {
    const [a] = (await getSurvey(mariam, {})).steps.flatMap((s) => s.requirements.map((r) => r.code));
    await Promise.all([
      saveSurveyAnswers(mariam, [{ kind: 'requirement', requirement: a!, choice: '2' }]),
      saveSurveyAnswers(mariam, [{ kind: 'requirement', requirement: a!, choice: '2' }]),
    ]);
    expect(await selfRows(a!)).toEqual([{ n: 1, level: 2, notUnderstood: false }]);
    await Promise.all([submitSurvey(mariam), submitSurvey(mariam)]);
    const [subs] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from survey_submissions`);
    expect(subs?.n).toBe(1);
  });

  it('counts the survey answer in the round’s figures under the person’s unit and role', async () => {
    const round = await roundByCode(handle.db, OPEN);
    const counts = await levelCounts(handle.db, round!.id, null);
    expect(counts.filter((c) => c.unit === 'EXB-VO-ALD-01').reduce((s, c) => s + c.count, 0)).toBe(1);
  });

  it('refuses a requirement outside the role, an unknown question, and stores nothing of the batch', async () => {
    const [a] = (await getSurvey(mariam, {})).steps.flatMap((s) => s.requirements.map((r) => r.code));
    const before = await snapshot(handle.db);
    await expect(saveSurveyAnswers(mariam, [
      { kind: 'requirement', requirement: a!, choice: '4' },
      { kind: 'requirement', requirement: 'UTR', choice: '1' }, // a social-services requirement, not hers
    ])).rejects.toThrow(InvalidInputError);
    await expect(saveSurveyAnswers(mariam, [{ kind: 'effect', question: 'finns-inte', value: 3 }])).rejects.toThrow(InvalidInputError);
    expect(await snapshot(handle.db)).toEqual(before);
  });

  it('rejects a level outside 0–4 and a value outside 1–5 before anything reaches the data layer', () => {
    expect(autosaveSchema.safeParse({ answers: [{ kind: 'requirement', requirement: 'K1', choice: '7' }] }).success).toBe(false);
    expect(autosaveSchema.safeParse({ answers: [{ kind: 'effect', question: 'strengthened', value: 6 }] }).success).toBe(false);
    expect(autosaveSchema.safeParse({ answers: [{ kind: 'requirement', requirement: 'K1', choice: 'vet-ej' }] }).success).toBe(true);
  });

  it('refuses a closed round, an account without a person, and nobody at all', async () => {
    // An invitation for a round that then closes: the link stops working, and nothing is stored.
    await importCsv({ 'rounds.csv': csv('code,name,opens_on,closes_on', [['SNART-STANGD', 'Stänger', '2026-11-01', '2099-01-01']]) });
    const link = await createInvitationLink(SYSTEM_VIEWER, { employeeId: 'D10155', round: 'SNART-STANGD' });
    const linda = await viewerFromSubject(handle.db, `i:${link.id}`);
    expect((await getSurvey(linda, {})).state).toBe('open');
    await handle.db.execute(sql`update rounds set closes_on = '2026-11-20' where code = 'SNART-STANGD'`);
    const before = await snapshot(handle.db);
    await expect(saveSurveyAnswers(linda, [{ kind: 'effect', question: 'strengthened', value: 5 }])).rejects.toThrow(/stängt/);
    expect(await snapshot(handle.db)).toEqual(before);

    expect((await getSurvey(hr, {})).state).toBe('no-person');
    await expect(saveSurveyAnswers(hr, [{ kind: 'effect', question: 'strengthened', value: 5 }])).rejects.toThrow(InvalidInputError);
    await expect(getSurvey({ kind: 'anonymous' }, {})).rejects.toThrow(NotFoundError);
  });

  it('lets Mariam’s chef confirm a level that then counts and that Mariam sees, but never her own', async () => {
    const survey = await getSurvey(mariam, {});
    const requirement = survey.steps[0]!.requirements[0]!.code;
    await validateLevel(karin, { employeeId: 'D10144', round: OPEN, requirement, level: 1 });
    const seen = await getPersonProfile(mariam, { employeeId: 'D10144', round: OPEN });
    expect(seen.requirements.find((r) => r.requirement === requirement)).toMatchObject({ level: 1, source: 'validated' });
    await expect(validateLevel(mariam, { employeeId: 'D10144', round: OPEN, requirement, level: 4 })).rejects.toThrow(/egen/);
    const joakim = await asUser('joakim.pettersson@exempelby.example');
    await expect(validateLevel(joakim, { employeeId: 'D10144', round: OPEN, requirement, level: 4 })).rejects.toThrow(NotFoundError);
    await expect(validateLevel(karin, { employeeId: 'D10004', round: OPEN, requirement, level: 4 })).rejects.toThrow(/egen/);
  });


  it('keeps a person’s profile on the round they answered when a chef confirms a level in another', async () => {
    const linda = await asUser('linda.pettersson@exempelby.example');
    const before = (await getPersonProfile(linda, { employeeId: 'D10155' })).round?.code;
    expect(before).toBeDefined();
    expect(before).not.toBe(OPEN);
    const requirement = (await getPersonProfile(hr, { employeeId: 'D10155', round: OPEN })).requirements[0]?.requirement as string;
    await validateLevel(hr, { employeeId: 'D10155', round: OPEN, requirement, level: 2 });
    expect((await getPersonProfile(linda, { employeeId: 'D10155' })).round?.code).toBe(before);
    // The confirmed level is there when she opens that round.
    const confirmed = (await getPersonProfile(linda, { employeeId: 'D10155', round: OPEN })).requirements.find((r) => r.requirement === requirement);
    expect(confirmed).toMatchObject({ level: 2, source: 'validated' });
  });

  it('refuses a confirmation in a closed round, and the closed round keeps its answers', async () => {
    const requirement = (await getSurvey(mariam, {})).steps[0]?.requirements[0]?.code as string;
    const closedRound = sql`select count(*)::int as n, coalesce(sum(a.level), 0)::int as levels, max(a.updated_at)::text as changed
      from assessments a join rounds r on r.id = a.round_id where r.code = 'KART-2026'`;
    const [before] = await queryRows<{ n: number; levels: number; changed: string }>(handle.db, closedRound);
    expect(before?.n).toBeGreaterThan(1000);
    for (const viewer of [karin, hr]) {
      await expect(validateLevel(viewer, { employeeId: 'D10144', round: 'KART-2026', requirement, level: 1 })).rejects.toThrow(/Kompetenskartläggning 2026 har stängt/);
    }
    expect((await queryRows(handle.db, closedRound))[0]).toEqual(before);
    // The profile offers no form for it, and says why.
    const profile = await getPersonProfile(karin, { employeeId: 'D10144', round: 'KART-2026' });
    expect(profile).toMatchObject({ canValidate: false, validationNeedsOpenRound: true });
    expect(await getPersonProfile(karin, { employeeId: 'D10144', round: OPEN })).toMatchObject({ canValidate: true, validationNeedsOpenRound: false });
  });
  it('counts "jag förstår inte frågan" per requirement for the units a viewer may see', async () => {
    const survey = await getSurvey(mariam, {});
    const confused = survey.steps.flatMap((s) => s.requirements).find((r) => r.choice === 'forstar-inte')!.code;
    expect(await getNotUnderstood(karin, { round: OPEN, unit: 'EXB-VO-ALD-01' })).toEqual([{ requirement: confused, count: 1 }]);
    await expect(getNotUnderstood(await asUser('joakim.pettersson@exempelby.example'), { round: OPEN, unit: 'EXB-VO-ALD-01' })).rejects.toThrow(NotFoundError);
  });

  // Issue 16 (1): a personal link, which HR made and may have seen, showed the stored effect answers.
  it('through a personal link shows that an effect question is answered, never the answer; signed in, Mariam sees hers', async () => {
    await saveSurveyAnswers(mariam, [{ kind: 'effect', question: 'strengthened', value: 2 }]);
    const { id } = await createInvitationLink(hr, { employeeId: 'D10144', round: OPEN });
    const link = await viewerFromSubject(handle.db, `i:${id}`);
    expect(link.kind).toBe('invitation');
    const viaLink = (await getSurvey(link, { language: 'sv' })).effectQuestions.find((q) => q.code === 'strengthened');
    expect(viaLink).toMatchObject({ value: null, answered: true });
    const signedIn = (await getSurvey(mariam, { language: 'sv' })).effectQuestions.find((q) => q.code === 'strengthened');
    expect(signedIn).toMatchObject({ value: 2, answered: true });
    // The profile through the link: no effect answers in any round; signed in: her own.
    for (const round of ['KART-2025', 'KART-2026', OPEN]) {
      expect((await getPersonProfile(link, { employeeId: 'D10144', round })).effectAnswers, round).toBeNull();
    }
    expect((await getPersonProfile(mariam, { employeeId: 'D10144', round: OPEN })).effectAnswers).toContainEqual(expect.objectContaining({ value: 2 }));
    // The link can still replace the answer: the later one counts.
    await saveSurveyAnswers(link, [{ kind: 'effect', question: 'strengthened', value: 5 }]);
    expect((await getSurvey(mariam, { language: 'sv' })).effectQuestions.find((q) => q.code === 'strengthened')?.value).toBe(5);
  });
});
