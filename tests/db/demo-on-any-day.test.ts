// The demo on days other than the tests' own: loaded on a day far ahead it tells the same story
// (a round open now that a Medarbetare can answer, two closed rounds with answers a year apart);
// a demo whose open round has closed is loaded again for today, and a database with anything but
// the demo is never touched.
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DbHandle } from '@/db/client';
import { userByEmail } from '@/db/queries/users';
import { demoState, reloadDemo, seedDemo } from '@/db/seed/seed-demo';
import { viewerFromSubject } from '@/lib/auth/viewer-from-subject';
import { pinToday } from '@/lib/clock/clock';
import { getSurvey, saveSurveyAnswers } from '@/lib/data/survey';
import { getSteeringView } from '@/lib/data/steering';
import { getUnitDashboardSummary } from '@/lib/data/unit-dashboard';
import { demoCalendar } from '@/lib/demo/calendar';
import { csv, importCsv } from '../support/csv-import';
import { snapshot } from '../support/db-snapshot';
import { freshDatabase, TEST_DRIVERS } from '../support/test-database';
import { TEST_DAY, testDay } from '../support/test-day';

const LOAD_DAY = testDay(400);
const LATER = testDay(800);

describe.each(TEST_DRIVERS)('the demo on other days, on $name', (driver) => {
  let handle: DbHandle;
  const asUser = async (email: string) => viewerFromSubject(handle.db, `u:${(await userByEmail(handle.db, email))?.id}`);
  const answersIn = async (round: string) => (await queryRows<{ n: number }>(handle.db, sql`
    select count(*)::int as n from assessments a join rounds r on r.id = a.round_id where r.code = ${round}`))[0]?.n ?? 0;

  beforeAll(async () => {
    handle = await freshDatabase(driver);
  });
  afterEach(() => pinToday(TEST_DAY));
  afterAll(async () => {
    pinToday(TEST_DAY);
    await handle.close();
  });

  it(`loaded on ${LOAD_DAY}: a round open now that a Medarbetare answers, two closed rounds with answers, a running project`, async () => {
    pinToday(LOAD_DAY);
    const calendar = demoCalendar(LOAD_DAY);
    expect((await seedDemo(handle.db)).rejected).toEqual([]);
    expect(await demoState(handle.db)).toMatchObject({ kind: 'current' });

    const mariam = await asUser('mariam.jaber@exempelby.example');
    const survey = await getSurvey(mariam, {});
    expect(survey.state).toBe('open');
    expect(survey.round?.code).toBe(calendar.open.code);
    const requirement = survey.steps[0]?.requirements[0]?.code as string;
    expect(await saveSurveyAnswers(mariam, [{ kind: 'requirement', requirement, choice: '3' }])).toMatchObject({ saved: 1 });
    expect(await answersIn(calendar.open.code)).toBe(1);

    const hr = await asUser('johan.ek@exempelby.example');
    const summary = await getUnitDashboardSummary(hr, { unit: 'EXB' });
    expect(summary.round?.code).toBe(calendar.followUp.code);
    expect(summary.previousRound?.code).toBe(calendar.baseline.code);
    expect(summary.headline?.responded).toBeGreaterThan(300);
    expect(await answersIn(calendar.baseline.code)).toBeGreaterThan(1000);

    const steering = await getSteeringView(await asUser('eva.styrman@exempelby.example'), { project: 'ESF-STARK' });
    expect(steering.project.startsOn < calendar.baseline.opensOn).toBe(true);
    expect(steering.project.endsOn > LOAD_DAY).toBe(true);
  }, 300_000);

  it(`still current a week later; on ${LATER}, with the round closed, it has run out and loads again for that day`, async () => {
    pinToday(testDay(407));
    expect(await demoState(handle.db)).toMatchObject({ kind: 'current' });
    pinToday(LATER);
    const state = await demoState(handle.db);
    expect(state).toMatchObject({ kind: 'ran-out', calendar: { open: { code: demoCalendar(LOAD_DAY).open.code } } });

    const questionCount = async () => (await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from effect_questions`))[0]?.n;
    const questions = await questionCount();
    expect((await reloadDemo(handle.db)).rejected).toEqual([]);
    const now = demoCalendar(LATER);
    expect(await demoState(handle.db)).toMatchObject({ kind: 'current', calendar: { open: { code: now.open.code } } });
    const survey = await getSurvey(await asUser('mariam.jaber@exempelby.example'), {});
    expect(survey.state).toBe('open');
    expect(survey.round?.code).toBe(now.open.code);
    // Loaded anew: the earlier demo's rounds and the answer given in them are gone.
    const rounds = await queryRows<{ code: string }>(handle.db, sql`select code from rounds order by opens_on`);
    expect(rounds.map((r) => r.code)).toEqual([now.baseline.code, now.followUp.code, now.open.code]);
    expect(await answersIn(now.open.code)).toBe(0);
    // The standard effect questions come from the migrations and stay.
    expect(questions).toBeGreaterThanOrEqual(3);
    expect(await questionCount()).toBe(questions);
  }, 300_000);

  it('never judges a database with real data to be the demo, however old its rounds', async () => {
    pinToday(LATER);
    // One person added by an import: real data from then on.
    const unit = (await queryRows<{ code: string }>(handle.db, sql`select code from units where code like 'EXB-VO-ALD-%' order by code limit 1`))[0]?.code as string;
    expect((await importCsv({ 'people.csv': csv('employee_id,name,unit_code,role_code', [['R90001', 'Riktig Person', unit, 'USK']]) })).rejected).toEqual([]);
    pinToday(testDay(1600));
    expect(await demoState(handle.db)).toEqual({ kind: 'not-demo' });
    // A round made by hand in a fresh demo is real data too.
    await handle.close();
    handle = await freshDatabase(driver);
    pinToday(LOAD_DAY);
    await seedDemo(handle.db);
    await handle.db.execute(sql`insert into rounds (code, name, opens_on, closes_on) values ('EGEN', 'Egen omgång', '2027-01-04', '2027-01-29')`);
    pinToday(LATER);
    const before = await snapshot(handle.db);
    expect(await demoState(handle.db)).toEqual({ kind: 'not-demo' });
    expect(await snapshot(handle.db)).toEqual(before);
  }, 300_000);
});
