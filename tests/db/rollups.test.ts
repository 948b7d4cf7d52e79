import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DbHandle } from '@/db/client';
import { effectCounts } from '@/db/queries/effect-counts';
import { closureCounts, levelCounts, placementCounts } from '@/db/queries/round-histograms';
import { subtreeClosureCounts, subtreeLevelCounts, subtreePlacementCounts } from '@/db/queries/rollup-slices';
import { seedDemo } from '@/db/seed/seed-demo';
import type { Viewer } from '@/lib/auth/viewer';
import { pseudonymisePersonOnRequest } from '@/lib/data/pseudonymise-person';
import { validateLevel } from '@/lib/data/level-validation';
import { closeRoundNow, createRound, createRoundInvitations } from '@/lib/data/rounds-admin';
import { getSurvey, saveSurveyAnswers } from '@/lib/data/survey';
import { viewerFromSubject } from '@/lib/auth/viewer-from-subject';
import { userByEmail } from '@/db/queries/users';
import { todayInSweden } from '@/lib/clock/clock';
import { csv, importCsv } from '../support/csv-import';
import { domainRecountMismatches } from '../support/domain-recount';
import { freshDatabase, TEST_DRIVERS } from '../support/test-database';
import { testDay } from '../support/test-day';

// The rollups must agree with a full recount (the GROUP BY over every answer, per unit and its
// subtree by a recursive query, as the figures were computed before the rollups) after any
// sequence of survey answers, confirmed levels, imports, new rounds and deletions of a person.

const OPEN = 'KART-2026-H'; // the demo's open round

interface Person { id: number; employeeId: string; unit: string }

type Step =
  | { kind: 'answer'; person: number; picks: Array<{ at: number; choice: number }>; effect: number | null }
  | { kind: 'confirm'; person: number; at: number; level: number }
  | { kind: 'move'; person: number; unit: number; answer: boolean }
  | { kind: 'delete'; person: number }
  | { kind: 'round'; close: boolean }
  | { kind: 'answered-round'; person: number; level: number };

const stepArb: fc.Arbitrary<Step> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('answer' as const), person: fc.nat(), picks: fc.array(fc.record({ at: fc.nat(), choice: fc.integer({ min: -2, max: 4 }) }), { minLength: 1, maxLength: 6 }), effect: fc.option(fc.integer({ min: 1, max: 5 })) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('confirm' as const), person: fc.nat(), at: fc.nat(), level: fc.integer({ min: 0, max: 4 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('move' as const), person: fc.nat(), unit: fc.nat(), answer: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete' as const), person: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('round' as const), close: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('answered-round' as const), person: fc.nat(), level: fc.integer({ min: 0, max: 4 }) }) },
);

describe.each(TEST_DRIVERS)('rollups on $name', (driver) => {
  let handle: DbHandle;
  let hr: Viewer;
  let admin: Viewer;
  let leaves: string[];
  let roundNumber = 0;
  // Steps that wrote something: the property must exercise the writes, not skip them.
  const done = { answers: 0, confirmations: 0 };

  const people = () => queryRows<Person>(handle.db, sql`
    select p.id, p.employee_id as "employeeId", u.code as unit from people p join units u on u.id = p.unit_id
    where p.pseudonymised_at is null order by p.id`);

  beforeAll(async () => {
    handle = await freshDatabase(driver);
    await seedDemo(handle.db);
    hr = await viewerFromSubject(handle.db, `u:${(await userByEmail(handle.db, 'johan.ek@exempelby.example'))?.id}`);
    admin = await viewerFromSubject(handle.db, `u:${(await userByEmail(handle.db, 'sara.lind@exempelby.example'))?.id}`);
    leaves = (await queryRows<{ code: string }>(handle.db, sql`
      select code from units u where not exists (select 1 from units c where c.parent_id = u.id) order by code`)).map((u) => u.code);
  }, 120_000);
  afterAll(async () => {
    await handle.close();
  });

  async function run(step: Step): Promise<void> {
    const everyone = await people();
    const person = everyone[('person' in step ? step.person : 0) % everyone.length] as Person;
    const [open] = await queryRows<{ id: number }>(handle.db, sql`select id from rounds where code = ${OPEN}`);
    const asPerson: Viewer = { kind: 'invitation', tokenId: 0, personId: person.id, roundId: open?.id as number, name: person.employeeId };
    switch (step.kind) {
      case 'answer': {
        const survey = await getSurvey(asPerson, {});
        const requirements = survey.steps.flatMap((s) => s.requirements.map((r) => r.code));
        // The demo's round is open on the test day; a survey that is not open is a broken test, not a step to skip.
        expect(survey.state, `the survey of ${OPEN} for ${person.employeeId}`).toBe('open');
        if (requirements.length === 0) return;
        done.answers++;
        const answers = step.picks.map((p) => ({
          kind: 'requirement' as const,
          requirement: requirements[p.at % requirements.length] as string,
          choice: (p.choice === -2 ? 'forstar-inte' : p.choice === -1 ? 'vet-inte' : String(p.choice)) as never,
        }));
        await saveSurveyAnswers(asPerson, step.effect === null ? answers : [...answers, { kind: 'effect', question: 'strengthened', value: step.effect }]);
        return;
      }
      case 'confirm': {
        const survey = await getSurvey(asPerson, {});
        const requirements = survey.steps.flatMap((s) => s.requirements.map((r) => r.code));
        if (requirements.length === 0) return;
        done.confirmations++;
        await validateLevel(hr, { employeeId: person.employeeId, round: OPEN, requirement: requirements[step.at % requirements.length] as string, level: step.level });
        return;
      }
      case 'move': {
        // A move in the personnel system; with `answer`, an answer from the new unit in the same import.
        const unit = leaves[step.unit % leaves.length] as string;
        const [row] = await queryRows<{ role: string; requirement: string | null }>(handle.db, sql`
          select r.code as role, (select q.code from role_requirements rr join requirements q on q.id = rr.requirement_id where rr.role_id = r.id order by q.code limit 1) as requirement
          from people p join roles r on r.id = p.role_id where p.id = ${person.id}`);
        const files: Record<string, string> = {
          'people.csv': csv('employee_id,name,unit_code,role_code', [[person.employeeId, `Person ${person.id}`, unit, row?.role as string]]),
        };
        if (step.answer && row?.requirement) {
          files['assessments.csv'] = csv('round_code,employee_id,requirement_code,level,source,assessed_on,unit_code,role_code', [[OPEN, person.employeeId, row.requirement, 2, 'self', todayInSweden(), unit, row.role]]);
        }
        const result = await importCsv(files);
        expect(result.rejected).toEqual([]);
        return;
      }
      case 'delete':
        await pseudonymisePersonOnRequest(admin, { employeeId: person.employeeId, confirmation: person.employeeId });
        return;
      case 'round': {
        const code = `PROP-${++roundNumber}`;
        const today = todayInSweden();
        await createRound(hr, { code, name: code, opensOn: today, closesOn: '2099-12-31', kind: 'kombinerad', units: [leaves[roundNumber % leaves.length] as string] } as never);
        await createRoundInvitations(hr, { round: code });
        if (step.close) await closeRoundNow(hr, { round: code });
        return;
      }
      case 'answered-round': {
        // A round for the person's unit, answered by them, then closed: a closed round after answers.
        const code = `PROP-${++roundNumber}`;
        await createRound(hr, { code, name: code, opensOn: todayInSweden(), closesOn: '2099-12-31', kind: 'kombinerad', units: [person.unit] } as never);
        await createRoundInvitations(hr, { round: code });
        const [round] = await queryRows<{ id: number }>(handle.db, sql`select id from rounds where code = ${code}`);
        const viaLink: Viewer = { kind: 'invitation', tokenId: 0, personId: person.id, roundId: round?.id as number, name: person.employeeId };
        const requirement = (await getSurvey(viaLink, {})).steps[0]?.requirements[0]?.code;
        if (requirement) await saveSurveyAnswers(viaLink, [{ kind: 'requirement', requirement, choice: String(step.level) as never }, { kind: 'effect', question: 'strengthened', value: 1 + step.level }]);
        await closeRoundNow(hr, { round: code });
      }
    }
  }

  /** Every round × every unit: the rollup rows equal the GROUP BY over the answers. */
  async function expectRecount(): Promise<void> {
    const rounds = await queryRows<{ id: number; code: string }>(handle.db, sql`select id, code from rounds order by id`);
    const units = await queryRows<{ id: number; code: string }>(handle.db, sql`select id, code from units order by id`);
    const [question] = await queryRows<{ id: number }>(handle.db, sql`select id from effect_questions where code = 'strengthened'`);
    const sum = <R>(rows: readonly R[], key: (r: R) => string, value: (r: R) => number[]) => {
      const m = new Map<string, number[]>();
      for (const r of rows) {
        const v = value(r);
        const prev = m.get(key(r)) ?? v.map(() => 0);
        m.set(key(r), prev.map((p, i) => p + (v[i] as number)));
      }
      return Object.fromEntries([...m].filter(([, v]) => v.some((x) => x !== 0)).sort(([a], [b]) => (a < b ? -1 : 1)));
    };
    for (const round of rounds) {
      const effects = await effectCounts(handle.db, round.id, question?.id as number);
      for (const unit of units) {
        const label = `${round.code} ${unit.code}`;
        expect(sum(await subtreePlacementCounts(handle.db, round.id, unit.id), (r) => r.role, (r) => [r.population, r.responded]), label)
          .toEqual(sum(await placementCounts(handle.db, round.id, unit.id), (r) => r.role, (r) => [r.population, r.responded]));
        expect(sum(await subtreeLevelCounts(handle.db, round.id, unit.id), (r) => `${r.role} ${r.requirement} ${r.level}`, (r) => [r.count]), label)
          .toEqual(sum(await levelCounts(handle.db, round.id, unit.id), (r) => `${r.role} ${r.requirement} ${r.level}`, (r) => [r.count]));
        const subtree = new Set((await queryRows<{ code: string }>(handle.db, sql`
          with recursive s as (select id, code from units where id = ${unit.id} union all select u.id, u.code from units u join s on u.parent_id = s.id)
          select code from s`)).map((r) => r.code));
        const [rolled] = await queryRows<{ n: number }>(handle.db, sql`
          select coalesce(sum(count), 0)::int as n from rollup_effects where round_id = ${round.id} and unit_id = ${unit.id} and question_id = ${question?.id as number}`);
        expect(rolled?.n, `${label} effect answers`).toBe(effects.filter((e) => subtree.has(e.unit)).reduce((s, e) => s + e.count, 0));
      }
    }
    // Gap closure for each round and the one before it (by opening day): every pair is rolled up,
    // and for every unit equals the count from the answers.
    const ordered = await queryRows<{ id: number; code: string }>(handle.db, sql`select id, code from rounds order by opens_on, code`);
    const closureKey = (r: { requirement: string; gapBaseline: number; gapFollowUp: number }) => `${r.requirement} ${r.gapBaseline} ${r.gapFollowUp}`;
    for (const [i, followUp] of ordered.entries()) {
      const baseline = ordered[i - 1];
      if (!baseline) continue;
      for (const unit of units) {
        const label = `${baseline.code}→${followUp.code} ${unit.code}`;
        const rolled = await subtreeClosureCounts(handle.db, baseline.id, followUp.id, unit.id);
        expect(rolled, `${label} is rolled up`).not.toBeNull();
        expect(sum(rolled ?? [], closureKey, (r) => [r.count]), label)
          .toEqual(sum(await closureCounts(handle.db, baseline.id, followUp.id, unit.id), closureKey, (r) => [r.count]));
      }
    }
    // And against a recount from the raw rows by the domain's rules in TypeScript, sharing no SQL
    // with the rollups: placements, levels, and effect answers value by value (issue 16).
    expect(await domainRecountMismatches(handle.db)).toEqual([]);
  }

  it('agree with a full recount after the demo import', async () => {
    const [rows] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from rollup_levels`);
    expect(rows?.n).toBeGreaterThan(100);
    await expectRecount();
  }, 300_000);

  it('agree with a full recount after any sequence of answers, confirmations, imports, rounds and deletions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(stepArb, { minLength: 1, maxLength: 6 }), async (steps) => {
        for (const step of steps) await run(step);
        await expectRecount();
      }),
      // One fixed run first, so an answer and a confirmation always happen (eight random runs
      // drew no confirmation about once in 150, and the check below then failed on chance).
      { numRuns: 8, endOnFailure: true, examples: [[[{ kind: 'answer', person: 0, picks: [{ at: 0, choice: 3 }], effect: 4 }, { kind: 'confirm', person: 0, at: 0, level: 2 }]]] },
    );
    // Eight runs of up to six steps draw answers and confirmations many times over.
    expect(done.answers).toBeGreaterThan(0);
    expect(done.confirmations).toBeGreaterThan(0);
  }, 600_000);

  it('follow a round whose only invitation goes with a removed person: its population falls back to everyone employed', async () => {
    const only = (await people())[3] as Person;
    const imported = await importCsv({
      'rounds.csv': csv('code,name,opens_on,closes_on', [['ENSAM', 'En inbjuden', testDay(-1), testDay(30)]]),
      'invitations.csv': csv('round_code,employee_id', [['ENSAM', only.employeeId]]),
    });
    expect(imported.rejected).toEqual([]);
    await expectRecount();
    await pseudonymisePersonOnRequest(admin, { employeeId: only.employeeId, confirmation: only.employeeId });
    const [left] = await queryRows<{ n: number }>(handle.db, sql`
      select count(*)::int as n from invitations i join rounds r on r.id = i.round_id where r.code = 'ENSAM'`);
    expect(left?.n).toBe(0);
    await expectRecount();
  }, 300_000);

  it('are built on opening a database that has answers but no rollups yet (one from before them)', async () => {
    for (const table of ['rollup_placements', 'rollup_levels', 'rollup_effects', 'rollup_closures', 'rollup_closure_pairs', 'unit_ancestors']) await handle.db.execute(sql.raw(`delete from ${table}`));
    const { ensureRollups } = await import('@/db/writes/rollups');
    expect(await handle.db.transaction((tx) => ensureRollups(tx))).toBe(true);
    await expectRecount();
    expect(await handle.db.transaction((tx) => ensureRollups(tx))).toBe(false);
  }, 300_000);

  it('the domain recount finds a rollup row that is off by one (it can fail)', async () => {
    expect(await domainRecountMismatches(handle.db)).toEqual([]);
    await handle.db.execute(sql`update rollup_effects set count = count + 1 where (round_id, unit_id, question_id, value) in (select round_id, unit_id, question_id, value from rollup_effects order by round_id, unit_id limit 1)`);
    await handle.db.execute(sql`update rollup_levels set l2 = l2 + 1 where (round_id, unit_id, role_id, requirement_id) in (select round_id, unit_id, role_id, requirement_id from rollup_levels order by round_id, unit_id limit 1)`);
    const found = await domainRecountMismatches(handle.db);
    expect(found.filter((m) => m.startsWith('effects '))).toHaveLength(1);
    expect(found.filter((m) => m.startsWith('levels '))).toHaveLength(1);
    await handle.db.execute(sql`update rollup_effects set count = count - 1 where (round_id, unit_id, question_id, value) in (select round_id, unit_id, question_id, value from rollup_effects order by round_id, unit_id limit 1)`);
    await handle.db.execute(sql`update rollup_levels set l2 = l2 - 1 where (round_id, unit_id, role_id, requirement_id) in (select round_id, unit_id, role_id, requirement_id from rollup_levels order by round_id, unit_id limit 1)`);
    expect(await domainRecountMismatches(handle.db)).toEqual([]);
  });
});
