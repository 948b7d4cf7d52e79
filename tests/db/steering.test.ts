import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DbHandle } from '@/db/client';
import { allUnits } from '@/db/queries/reference-data';
import { userByEmail } from '@/db/queries/users';
import { seedDemo } from '@/db/seed/seed-demo';
import type { Viewer } from '@/lib/auth/viewer';
import { viewerFromSubject } from '@/lib/auth/viewer-from-subject';
import { getEffectReport } from '@/lib/data/effect-report';
import { InvalidInputError, NotFoundError } from '@/lib/data/errors';
import { addEffectIndicator, freezeSnapshot, getSteeringView, listSnapshots } from '@/lib/data/steering';
import type { SteeringIndicator, SteeringView } from '@/lib/data/steering-types';
import { getUnitDashboard } from '@/lib/data/unit-dashboard';
import { getUptakeReport } from '@/lib/data/uptake-report';
import { subtreeCodes } from '@/lib/domain/unit-tree';
import { freshDatabase, TEST_DRIVERS } from '../support/test-database';
import { TEST_DAY } from '../support/test-day';

const K = 5;
const PROJECT = 'ESF-STARK';

describe.each(TEST_DRIVERS)('the steering group’s indicators on $name', (driver) => {
  let handle: DbHandle;
  let hr: Viewer;
  let eva: Viewer;
  let view: SteeringView;
  const byCode = (code: string): SteeringIndicator => {
    const i = view.indicators.find((x) => x.code === code);
    if (!i) throw new Error(`no indicator ${code}`);
    return i;
  };

  beforeAll(async () => {
    handle = await freshDatabase(driver);
    await seedDemo(handle.db);
    hr = await viewerFromSubject(handle.db, `u:${(await userByEmail(handle.db, 'johan.ek@exempelby.example'))?.id}`);
    eva = await viewerFromSubject(handle.db, `u:${(await userByEmail(handle.db, 'eva.styrman@exempelby.example'))?.id}`);
    view = await getSteeringView(eva, { project: PROJECT });
  });
  afterAll(async () => {
    await handle.close();
  });

  it('shows every indicator of the demo project, with the project’s name, diary number and the k rule', () => {
    expect(view.project).toMatchObject({ code: PROJECT, diaryNumber: expect.stringMatching(/\S/) });
    expect(view.k).toBe(K);
    expect(view.indicators.map((i) => i.kind).sort()).toEqual(
      ['gap_closure', 'introduction', 'language_agents', 'meets_requirements', 'participants', 'strengthened', 'supervisors', 'uptake'].sort(),
    );
    expect(view.indicators.map((i) => i.spread.map((s) => s.unit.code))[0]).toEqual(['EXB-SOC', 'EXB-VO']);
    for (const i of view.indicators) expect(['on_track', 'at_risk', 'behind', 'unknown']).toContain(i.status);
  });

  it('the share strengthened per unit equals the effect report of that unit, and the total pools them', async () => {
    const s = byCode('starkt');
    let n = 0;
    let agree = 0;
    for (const { unit, figure } of s.spread) {
      const report = await getEffectReport(hr, { round: 'KART-2026', unit: unit.code, question: 'strengthened' });
      expect(figure.withheld).toBe(report.suppressed);
      expect(figure.n).toBe(report.n);
      expect(figure.value).toBeCloseTo(report.shareAgree ?? NaN, 12);
      n += report.n ?? 0;
      agree += (report.shareAgree ?? 0) * (report.n ?? 0);
    }
    expect(s.current.figure).toMatchObject({ withheld: false, n });
    expect(s.current.figure.value).toBeCloseTo(agree / n, 12);
    const baseline = await getEffectReport(hr, { round: 'KART-2025', unit: 'EXB-VO', question: 'strengthened' });
    expect(s.spread.length).toBe(2);
    expect(s.baseline.round?.code).toBe('KART-2025');
    expect(baseline.n).toBeGreaterThanOrEqual(K);
  });

  it('share meeting requirements and gap closure per unit equal the unit dashboard’s', async () => {
    const meets = byCode('krav');
    const gap = byCode('gap-omsorg');
    for (const { unit, figure } of meets.spread) {
      const d = await getUnitDashboard(hr, { unit: unit.code, round: 'KART-2026' });
      expect(figure.value).toBeCloseTo(d.headline?.meetsShare ?? NaN, 12);
      // n counts the people the share is computed from: those with a level on a requirement of
      // their role, not those who answered only the effect questions (issue 16).
      const [people] = await queryRows<{ n: number }>(handle.db, sql`
        with last as (
          select distinct on (a.person_id) a.person_id, a.unit_id, a.role_id from assessments a join rounds r on r.id = a.round_id
          where r.code = 'KART-2026' order by a.person_id, a.assessed_on desc nulls last, a.id desc)
        select count(distinct a.person_id)::int as n
        from assessments a join rounds r on r.id = a.round_id join last l on l.person_id = a.person_id
        join role_requirements rr on rr.role_id = l.role_id and rr.requirement_id = a.requirement_id
        join units u on u.id = l.unit_id
        where r.code = 'KART-2026' and a.level is not null and u.code in (${sql.join([...subtreeCodes(await allUnits(handle.db), unit.code)].map((c) => sql`${c}`), sql`, `)})`);
      expect(figure.n).toBe(people?.n);
      expect(figure.n).toBeLessThanOrEqual(d.headline?.responded ?? 0);
    }
    const [area] = await queryRows<{ area: string }>(handle.db, sql`select area from project_indicators where code = 'gap-omsorg'`);
    for (const { unit, figure } of gap.spread) {
      const d = await getUnitDashboard(hr, { unit: unit.code, round: 'KART-2026', area: area?.area });
      // Pairs-weighted mean of the per-requirement closures = Σ decrease ÷ Σ pairs.
      const pairs = d.closure.reduce((a, c) => a + c.n, 0);
      const decrease = d.closure.reduce((a, c) => a + (c.closure ?? 0) * c.n, 0);
      expect(figure.value).toBeCloseTo(decrease / pairs, 10);
    }
  });

  it('digital uptake per unit equals the uptake report over the same twelve months', async () => {
    const u = byCode('digitalt');
    const to = /t\.o\.m\. (\d{4}-\d{2}-\d{2})/.exec(u.current.label)?.[1] as string;
    const from = new Date(`${to}T00:00:00Z`);
    from.setUTCFullYear(from.getUTCFullYear() - 1);
    from.setUTCDate(from.getUTCDate() + 1);
    for (const { unit, figure } of u.spread) {
      const r = await getUptakeReport(hr, { unit: unit.code, from: from.toISOString().slice(0, 10), to });
      expect(figure).toEqual({ withheld: false, value: r.share, n: r.population });
    }
  });

  it('participants: the count against plan, split by gender with small groups withheld', async () => {
    const p = byCode('deltagare');
    const [row] = await queryRows<{ n: number }>(handle.db, sql`
      select count(distinct pp.person_id)::int as n from project_participants pp join projects pr on pr.id = pp.project_id
      where pr.code = ${PROJECT} and (pp.joined_on is null or pp.joined_on <= ${TEST_DAY})`);
    expect(p.current.figure).toEqual({ withheld: false, value: row?.n, n: row?.n });
    expect(p.target).toBe(view.project.plannedParticipants);
    const split = p.split ?? [];
    expect(split.map((s) => s.label)).toContain('Kvinnor');
    const shown = split.filter((s) => !s.figure.withheld);
    const hidden = (row?.n ?? 0) - shown.reduce((a, s) => a + (s.figure.n ?? 0), 0);
    expect(hidden === 0 || hidden >= K).toBe(true);
  });

  it('no shown figure comes from fewer than k people, and no two nested shown groups differ by 1..k−1', async () => {
    const units = await allUnits(handle.db);
    // Every shown effect figure of the same round and question, from every report a viewer can reach.
    for (const { code, round } of [{ code: 'starkt', round: 'KART-2026' }, { code: 'starkt', round: 'KART-2025' }]) {
      const i = byCode(code);
      const current = round === 'KART-2026';
      const groups: Array<{ members: Set<string>; n: number }> = [];
      const projectMembers = new Set(i.spread.flatMap((s) => [...subtreeCodes(units, s.unit.code)]));
      const total = current ? i.current.figure : i.baseline.figure;
      if (!total.withheld) groups.push({ members: projectMembers, n: total.n as number });
      if (current) for (const s of i.spread) if (!s.figure.withheld) groups.push({ members: subtreeCodes(units, s.unit.code), n: s.figure.n as number });
      for (const u of units) {
        const r = await getEffectReport(hr, { round, unit: u.code, question: 'strengthened' });
        if (!r.suppressed) groups.push({ members: subtreeCodes(units, u.code), n: r.n as number });
      }
      for (const g of groups) expect(g.n).toBeGreaterThanOrEqual(K);
      const wrong: string[] = [];
      for (const a of groups) for (const b of groups) {
        if (a === b || ![...b.members].every((m) => a.members.has(m))) continue;
        const d = a.n - b.n;
        if (d !== 0 && d < K) wrong.push(`${[...a.members][0]} − ${[...b.members][0]} = ${d}`);
      }
      expect(wrong).toEqual([]);
    }
    // Every figure on the page: shown ones have at least k people, withheld ones carry nothing.
    for (const i of view.indicators) {
      for (const f of [i.baseline.figure, i.current.figure, ...i.spread.map((s) => s.figure), ...(i.split ?? []).map((s) => s.figure)]) {
        if (f.withheld) expect(f).toEqual({ withheld: true, value: null, n: null });
        else if (f.n !== null) expect(f.n, i.code).toBeGreaterThanOrEqual(K);
      }
    }
  });

  it('a frozen snapshot keeps its numbers after new answers; the live view changes', async () => {
    const { id } = await freezeSnapshot(hr, { project: PROJECT, label: 'Styrgruppsmöte 3 december' });
    const frozen = await getSteeringView(eva, { project: PROJECT, snapshot: id });
    expect(frozen.snapshot).toMatchObject({ id, label: 'Styrgruppsmöte 3 december' });
    expect(frozen.indicators).toEqual(view.indicators);
    // Everyone who answered "strengthened" in KART-2026 now answers 5.
    await handle.db.execute(sql`
      update effect_responses set value = 5 where question_id = (select id from effect_questions where code = 'strengthened')
        and round_id = (select id from rounds where code = 'KART-2026')`);
    const live = await getSteeringView(eva, { project: PROJECT });
    const again = await getSteeringView(eva, { project: PROJECT, snapshot: id });
    expect(again.indicators).toEqual(frozen.indicators);
    expect(again.dataAsOf).toBe(frozen.dataAsOf);
    const liveShare = live.indicators.find((i) => i.code === 'starkt')?.current.figure.value;
    expect(liveShare).toBe(1);
    expect(frozen.indicators.find((i) => i.code === 'starkt')?.current.figure.value).toBeLessThan(1);
    // What changed since the meeting: the share strengthened, first.
    expect(live.comparedWith?.id).toBe(id);
    expect(live.changes[0]).toMatchObject({ indicator: 'starkt', now: 1 });
    expect((await listSnapshots(eva, PROJECT)).map((s) => s.id)).toContain(id);
  });

  it('only HR and administrators freeze or add; a steering member cannot, a bad label or question is refused', async () => {
    await expect(freezeSnapshot(eva, { project: PROJECT, label: 'Möte' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(freezeSnapshot(hr, { project: PROJECT, label: '  ' })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(addEffectIndicator(hr, { project: PROJECT, question: 'nope', target: 0.5, baselineRound: 'KART-2025', followUpRound: 'KART-2026' })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(addEffectIndicator(hr, { project: PROJECT, question: 'introduction', target: 0.5, baselineRound: 'KART-2026', followUpRound: 'KART-2025' })).rejects.toBeInstanceOf(InvalidInputError);
    await addEffectIndicator(hr, { project: PROJECT, question: 'knows_requirements', target: 0.8, baselineRound: 'KART-2025', followUpRound: 'KART-2026' });
    const added = (await getSteeringView(eva, { project: PROJECT })).indicators.at(-1);
    const report = await getEffectReport(hr, { round: 'KART-2026', unit: 'EXB-VO', question: 'knows_requirements' });
    expect(added).toMatchObject({ kind: 'effect_question', target: 0.8, name: 'Jag vet vilka krav som gäller för min yrkesroll' });
    expect(added?.spread.find((s) => s.unit.code === 'EXB-VO')?.figure.value).toBeCloseTo(report.shareAgree ?? NaN, 12);
    await expect(addEffectIndicator(hr, { project: PROJECT, question: 'knows_requirements', target: 0.8, baselineRound: 'KART-2025', followUpRound: 'KART-2026' })).rejects.toBeInstanceOf(InvalidInputError);
  });
});
