import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { levelCounts, placementCounts } from '@/db/queries/round-histograms';
import { roundByCode } from '@/db/queries/reference-data';
import { countingAnswer, latestAnswer } from '@/lib/domain/counting-answer';
import type { AssessmentSource } from '@/lib/domain/enums';
import { csv, importCsv } from '../support/csv-import';
import { freshDatabase, TEST_DRIVERS } from '../support/test-database';

const BASE = {
  'units.csv': csv('code,name,parent_code', [['U1', 'Område', null], ['U2', 'Enhet 2', 'U1'], ['U3', 'Enhet 3', 'U1']]),
  'roles.csv': csv('code,name', [['RA', 'Roll A'], ['RB', 'Roll B']]),
  'requirements.csv': csv('code,name', [['Q1', 'Krav 1'], ['Q2', 'Krav 2'], ['Q3', 'Krav 3']]),
  'role_requirements.csv': csv('role_code,requirement_code,required_level,weight', [
    ['RA', 'Q1', 3, 1], ['RA', 'Q2', 2, 2], ['RA', 'Q3', 4, 3], ['RB', 'Q1', 2, 1], ['RB', 'Q2', 4, 1], ['RB', 'Q3', 1, 2],
  ]),
  'rounds.csv': csv('code,name,opens_on,closes_on', [['R1', 'Omgång 1', '2025-03-01', '2025-04-30']]),
};

function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe.each(TEST_DRIVERS)('which answer counts, in the database, on $name', (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await freshDatabase(driver);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('the level histogram equals the domain rule applied person by person on random answers', async () => {
    const rand = prng(20261123);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)] as T;
    const people: Array<readonly [string, string, string, string]> = Array.from({ length: 60 }, (_, i) => [`P${i}`, `Person ${i}`, pick(['U1', 'U2', 'U3']), pick(['RA', 'RB'])] as const);
    const rows: Array<{ person: string; req: string; level: number | null; source: AssessmentSource; date: string | null; unit: string | null; role: string | null }> = [];
    const keys = new Set<string>();
    for (const [id] of people) {
      if (rand() < 0.15) continue; // some people do not answer at all
      for (const req of ['Q1', 'Q2', 'Q3']) {
        for (let n = Math.floor(rand() * 4); n > 0; n--) {
          const source: AssessmentSource = rand() < 0.3 ? 'validated' : 'self';
          const date = rand() < 0.2 ? null : `2025-03-${String(1 + Math.floor(rand() * 9)).padStart(2, '0')}`;
          const key = `${id}|${req}|${source}|${date}`;
          if (keys.has(key)) continue;
          keys.add(key);
          const level = rand() < 0.15 ? null : Math.floor(rand() * 5);
          const moved = rand() < 0.2;
          rows.push({ person: id, req, level, source, date, unit: moved ? pick(['U1', 'U2', 'U3']) : null, role: moved ? pick(['RA', 'RB']) : null });
        }
      }
    }
    const result = await importCsv({
      ...BASE,
      'people.csv': csv('employee_id,name,unit_code,role_code', people.map((p) => [...p])),
      'assessments.csv': csv('round_code,employee_id,requirement_code,level,source,assessed_on,unit_code,role_code',
        rows.map((r) => ['R1', r.person, r.req, r.level === null ? 'vet ej' : r.level, r.source, r.date, r.unit, r.role])),
    });
    expect(result.rejected).toEqual([]);

    // The same rules, person by person, straight from DOMAIN.md via lib/domain.
    const current = new Map(people.map(([id, , unit, role]) => [id, { unit, role }]));
    const stored = rows.map((r, i) => ({ ...r, storedOrder: i, assessedOn: r.date, unit: r.unit ?? current.get(r.person)!.unit, role: r.role ?? current.get(r.person)!.role }));
    const expected = new Map<string, number>();
    for (const [id] of people) {
      const mine = stored.filter((r) => r.person === id);
      const placement = latestAnswer(mine);
      if (!placement) continue;
      for (const req of ['Q1', 'Q2', 'Q3']) {
        const level = countingAnswer(mine.filter((r) => r.req === req))?.level ?? null;
        if (level === null) continue;
        const key = `${placement.unit}|${placement.role}|${req}|${level}`;
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
    }
    const round = await roundByCode(handle.db, 'R1');
    const actual = new Map((await levelCounts(handle.db, round!.id, null)).map((c) => [`${c.unit}|${c.role}|${c.requirement}|${c.level}`, c.count]));
    expect(Object.fromEntries([...actual].sort())).toEqual(Object.fromEntries([...expected].sort()));
    expect(actual.size).toBeGreaterThan(10);
  });
});

describe.each(TEST_DRIVERS)('placement and population, on $name', (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await freshDatabase(driver);
    const result = await importCsv({
      ...BASE,
      'people.csv': csv('employee_id,name,unit_code,role_code,start_date,end_date', [
        ['A', 'Moved since', 'U3', 'RB', '2020-01-01', null], // answered R1 in U2 as RA, has moved since
        ['B', 'Effect only', 'U2', 'RA', '2020-01-01', null], // only an effect answer, stored on U3
        ['C', 'Silent', 'U2', 'RA', '2020-01-01', null], // employed, no answer
        ['D', 'Left before', 'U2', 'RA', '2019-01-01', '2025-02-01'], // left before the round opened
        ['E', 'On the area', 'U1', 'RA', '2024-01-01', null], // placed on a non-leaf unit
      ]),
      'assessments.csv': csv('round_code,employee_id,requirement_code,level,source,assessed_on,unit_code,role_code', [
        ['R1', 'A', 'Q1', 1, 'self', '2025-03-02', 'U2', 'RA'],
        ['R1', 'E', 'Q1', 3, 'self', '2025-03-02', null, null],
      ]),
      'effect_responses.csv': csv('round_code,employee_id,question_code,value,unit_code,role_code', [['R1', 'B', 'strengthened', 4, 'U3', 'RA']]),
    });
    expect(result.rejected).toEqual([]);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('places people by their answers, else their current unit, and counts the employed population', async () => {
    const round = await roundByCode(handle.db, 'R1');
    const counts = await placementCounts(handle.db, round!.id, null);
    const byKey = Object.fromEntries(counts.map((c) => [`${c.unit}|${c.role}`, [c.population, c.responded]]));
    // A counts under U2/RA (the answer's), B under U3/RA (the effect answer's), C under U2/RA
    // (current, no answer), E under U1; D left before the round and is not in the population.
    expect(byKey).toEqual({ 'U2|RA': [2, 1], 'U3|RA': [1, 1], 'U1|RA': [1, 1] });
  });

  it('keeps a stored answer’s unit and role when a later import row carries none', async () => {
    const again = await importCsv({
      'assessments.csv': csv('round_code,employee_id,requirement_code,level,source,assessed_on', [['R1', 'A', 'Q1', 2, 'self', '2025-03-02']]),
    });
    expect(again.rejected).toEqual([]);
    expect(again.updated).toEqual({ assessments: 1 });
    const round = await roundByCode(handle.db, 'R1');
    const levels = await levelCounts(handle.db, round!.id, null);
    expect(levels.filter((l) => l.requirement === 'Q1')).toEqual(
      expect.arrayContaining([{ unit: 'U2', role: 'RA', requirement: 'Q1', level: 2, count: 1 }]),
    );
  });

  it('limits placement to a unit and everything below it', async () => {
    const round = await roundByCode(handle.db, 'R1');
    const { allUnits } = await import('@/db/queries/reference-data');
    const u2 = (await allUnits(handle.db)).find((u) => u.code === 'U2');
    const counts = await placementCounts(handle.db, round!.id, u2!.id);
    expect(counts).toEqual([{ unit: 'U2', role: 'RA', population: 2, responded: 1 }]);
  });
});
