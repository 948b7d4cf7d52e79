import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DbHandle } from '@/db/client';
import { allUnits } from '@/db/queries/reference-data';
import { userByEmail } from '@/db/queries/users';
import { seedDemo } from '@/db/seed/seed-demo';
import { pinToday } from '@/lib/clock/clock';
import type { Viewer } from '@/lib/auth/viewer';
import { viewerFromSubject } from '@/lib/auth/viewer-from-subject';
import { getEffectReport } from '@/lib/data/effect-report';
import { addEffectIndicator, freezeSnapshot, getSteeringView } from '@/lib/data/steering';
import { updateInstallationSettings } from '@/lib/data/settings';
import { saveSurveyAnswers } from '@/lib/data/survey';
import { runReport } from '@/lib/reports/run-report';
import { freshDatabase, TEST_DRIVERS } from '../support/test-database';
import { TEST_DAY } from '../support/test-day';

// Issue 16 (3): an effect figure of an open round, read before and after one person answers,
// gave that person's answer away. Effect figures exist only from the day after a round closes.
const OPEN = 'KART-2026-H'; // the demo's open round, closes 2026-12-11
const CLOSED = 'KART-2026';
const PROJECT = 'ESF-STARK';

describe.each(TEST_DRIVERS)('effect figures of closed rounds only, on $name', (driver) => {
  let handle: DbHandle;
  let hr: Viewer;
  let admin: Viewer;
  let mariam: Viewer;
  let eva: Viewer;
  const asUser = async (email: string) => viewerFromSubject(handle.db, `u:${(await userByEmail(handle.db, email))?.id}`);
  const key: Viewer = { kind: 'apiKey', keyId: 0, name: 'BI', unitCode: null };

  beforeAll(async () => {
    handle = await freshDatabase(driver);
    await seedDemo(handle.db);
    hr = await asUser('johan.ek@exempelby.example');
    admin = await asUser('sara.lind@exempelby.example');
    mariam = await asUser('mariam.jaber@exempelby.example');
    eva = await asUser('eva.styrman@exempelby.example');
    await addEffectIndicator(hr, { project: PROJECT, question: 'strengthened', name: 'Stärkt i hösten', target: 0.8, baselineRound: CLOSED, followUpRound: OPEN });
  });
  afterEach(() => pinToday(TEST_DAY));
  afterAll(async () => {
    await handle.close();
  });

  const openIndicator = async (viewer: Viewer) => {
    const view = await getSteeringView(viewer, { project: PROJECT });
    const ind = view.indicators.find((i) => i.code === 'fraga-strengthened');
    if (!ind) throw new Error('the indicator was not added');
    return ind;
  };

  it('gives no n, mean, share or distribution for the open round, for any unit, and says when they come', async () => {
    for (const unit of await allUnits(handle.db)) {
      const report = await getEffectReport(hr, { round: OPEN, unit: unit.code, question: 'strengthened' });
      expect(report).toEqual({ round: OPEN, unit: unit.code, question: 'strengthened', k: 5, suppressed: false, n: null, mean: null, shareAgree: null, distribution: null, notYet: true, figuresFrom: '2026-12-12' });
    }
    const api = await runReport(key, { command: 'effect', round: OPEN, unit: 'EXB', question: 'strengthened', json: true } as never);
    expect(api).toMatchObject({ notYet: true, n: null, mean: null, distribution: null });
  });

  it('reads the same before and after one person answers: the API, the steering indicator and its spread', async () => {
    const before = await getEffectReport(hr, { round: OPEN, unit: 'EXB', question: 'strengthened' });
    const indicatorBefore = await openIndicator(eva);
    expect(indicatorBefore.current.figure).toEqual({ withheld: false, value: null, n: null });
    expect(indicatorBefore.current.label).toContain('siffrorna kommer 2026-12-12');
    expect(indicatorBefore.spread.every((s) => s.figure.value === null && s.figure.n === null)).toBe(true);

    await saveSurveyAnswers(mariam, [{ kind: 'effect', question: 'strengthened', value: 1 }]);

    expect(await getEffectReport(hr, { round: OPEN, unit: 'EXB', question: 'strengthened' })).toEqual(before);
    expect(await openIndicator(eva)).toEqual(indicatorBefore);
  });

  it('a snapshot frozen while the round is open holds no figure of it', async () => {
    const { id } = await freezeSnapshot(hr, { project: PROJECT, label: 'Möte i december' });
    const [row] = await queryRows<{ view: unknown }>(handle.db, sql`select view from steering_snapshots where id = ${id}`);
    const stored = JSON.stringify(typeof row?.view === 'string' ? JSON.parse(row.view) : row?.view);
    const ind = (JSON.parse(stored) as { indicators: Array<{ code: string; current: { figure: unknown } }> }).indicators.find((i) => i.code === 'fraga-strengthened');
    expect(ind?.current.figure).toEqual({ withheld: false, value: null, n: null });
  });

  it('has the figures from the day after the round closes, and the baseline round’s all along', async () => {
    pinToday('2026-12-11');
    expect((await getEffectReport(hr, { round: OPEN, unit: 'EXB', question: 'strengthened' })).notYet).toBe(true);
    pinToday('2026-12-12');
    const report = await getEffectReport(hr, { round: OPEN, unit: 'EXB', question: 'strengthened' });
    expect(report.notYet).toBeUndefined();
    // Now a real figure: shown with at least k respondents (or withheld as a small group).
    if (report.suppressed) expect(report.n).toBeNull();
    else expect(report.n).toBeGreaterThanOrEqual(5);
    const ind = await openIndicator(eva);
    expect(ind.baseline.figure.n === null || ind.baseline.figure.n >= 5).toBe(true);
    expect(ind.current.label).not.toContain('siffrorna kommer');
  });

  it('a snapshot shows the k in force now where it is higher than the k it was frozen with', async () => {
    const { id } = await freezeSnapshot(hr, { project: PROJECT, label: 'Möte med k 5' });
    const frozen = await getSteeringView(eva, { project: PROJECT, snapshot: id });
    const smallest = Math.min(...frozen.indicators.flatMap((i) => [i.current.figure, ...i.spread.map((s) => s.figure)]).filter((f) => !f.withheld && f.n !== null).map((f) => f.n as number));
    await updateInstallationSettings(admin, { minGroupSize: smallest + 1 });
    try {
      const shown = await getSteeringView(eva, { project: PROJECT, snapshot: id });
      expect(shown.k).toBe(smallest + 1);
      for (const i of shown.indicators) {
        for (const f of [i.baseline.figure, i.current.figure, ...i.spread.map((s) => s.figure), ...(i.split ?? []).map((s) => s.figure)]) {
          if (!f.withheld && f.n !== null) expect(f.n).toBeGreaterThan(smallest);
        }
      }
    } finally {
      await updateInstallationSettings(admin, { minGroupSize: null });
    }
  });
});
