import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { seedDemo } from '@/db/seed/seed-demo';
import { userByEmail } from '@/db/queries/users';
import type { Viewer } from '@/lib/auth/viewer';
import { viewerFromSubject } from '@/lib/auth/viewer-from-subject';
import { NotFoundError } from '@/lib/data/errors';
import { getUnitDashboard, getUnitDashboardSummary } from '@/lib/data/unit-dashboard';
import { differences, runCli } from '../support/run-cli';
import { freshDatabase, TEST_DRIVERS } from '../support/test-database';

/** The trend over rounds, the units × requirements table and the streamed summary. */
describe.each(TEST_DRIVERS)('dashboard trend, units × requirements and summary on $name', (driver) => {
  let handle: DbHandle;
  let hr: Viewer;
  let joakim: Viewer;
  const cli = async (...args: string[]) => {
    const r = await runCli([...args, '--json']);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout);
  };

  beforeAll(async () => {
    handle = await freshDatabase(driver);
    await seedDemo(handle.db);
    hr = await viewerFromSubject(handle.db, `u:${(await userByEmail(handle.db, 'johan.ek@exempelby.example'))?.id}`);
    joakim = await viewerFromSubject(handle.db, `u:${(await userByEmail(handle.db, 'joakim.pettersson@exempelby.example'))?.id}`);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('the trend holds each round with answers up to the one shown, with the CLI figures of that round', async () => {
    const d = await getUnitDashboard(hr, { unit: 'EXB-VO', round: 'KART-2026' });
    expect(d.trend.map((t) => t.round.code)).toEqual(['KART-2025', 'KART-2026']);
    for (const t of d.trend) {
      const response = await cli('report', 'response', '--round', t.round.code, '--unit', 'EXB-VO');
      expect(t.headline).toMatchObject({ population: response.population, responded: response.responded });
      const gaps = await cli('report', 'gaps', '--round', t.round.code, '--unit', 'EXB-VO', '--by', 'requirement');
      expect(t.headline.gapVolume).toBe(gaps.rows.reduce((a: number, r: { gapVolume: number }) => a + r.gapVolume, 0));
    }
    expect(d.trend[1]?.headline).toEqual(d.headline);
    expect(d.trend[0]?.headline).toEqual(d.previousHeadline);
    // A trend never reaches past the round shown.
    const first = await getUnitDashboard(hr, { unit: 'EXB-VO', round: 'KART-2025' });
    expect(first.trend.map((t) => t.round.code)).toEqual(['KART-2025']);
  });

  it('each child unit row of units × requirements equals the CLI for that child', async () => {
    const d = await getUnitDashboard(hr, { unit: 'EXB-VO', round: 'KART-2026' });
    expect(d.unitHeatmap.map((r) => r.unit.code)).toEqual(d.children.map((c) => c.code));
    expect(d.unitHeatmap.length).toBeGreaterThan(1);
    for (const row of d.unitHeatmap) {
      const gaps = await cli('report', 'gaps', '--round', 'KART-2026', '--unit', row.unit.code, '--by', 'requirement');
      expect(differences(row.cells, gaps.rows), row.unit.code).toEqual([]);
    }
  });

  it('the summary sent first has the same headline as the full dashboard, and checks access the same way', async () => {
    for (const filters of [{ unit: 'EXB', round: 'KART-2026' }, { unit: 'EXB-VO-ALD', role: 'USK' }, { unit: 'EXB-SOC', area: undefined }]) {
      const [summary, full] = await Promise.all([getUnitDashboardSummary(hr, filters), getUnitDashboard(hr, filters)]);
      expect(summary.headline).not.toBeNull();
      expect(summary.headline).toEqual(full.headline);
      expect(summary.previousHeadline).toEqual(full.previousHeadline);
      expect(summary.breadcrumbs).toEqual(full.breadcrumbs);
    }
    // Joakim is chef of a social-services unit: elder care is out of his scope, like a unit that does not exist.
    await expect(getUnitDashboardSummary(joakim, { unit: 'EXB-VO-ALD-01' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getUnitDashboardSummary(joakim, { unit: 'NOPE' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(getUnitDashboardSummary(hr, { unit: 'EXB', round: 'NOPE' })).rejects.toBeInstanceOf(NotFoundError);
  });
});
