import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { allUnits } from '@/db/queries/reference-data';
import { userByEmail } from '@/db/queries/users';
import { seedDemo } from '@/db/seed/seed-demo';
import type { Viewer } from '@/lib/auth/viewer';
import { viewerFromSubject } from '@/lib/auth/viewer-from-subject';
import { exportDashboardTable } from '@/lib/data/exports/dashboard-table';
import { getGapReport } from '@/lib/data/gap-reports';
import { getOrganisationOverview, type OverviewUnit } from '@/lib/data/organisation-overview';
import { getTrainingPriorities } from '@/lib/data/training-priorities';
import { getUnitDashboard, type UnitDashboard } from '@/lib/data/unit-dashboard';
import { visibleUnitChoices } from '@/lib/data/unit-choices';
import type { GapRow } from '@/lib/domain/gap-figures';
import { freshDatabase, TEST_DRIVERS } from '../support/test-database';

// Issue 16 (2): as a Medarbetare, the export of the own unit's roles showed a role with one
// assessed person (the unit's chef), and `tabell=nivaer&roll=<that role>` then gave that person's
// level on every requirement. The same worked on /prioriteringar, over the API and for a steering
// group on a small unit. Competence figures now follow the k rule for everyone who may not see the
// individuals, filters and splits included (DOMAIN.md "Small groups in competence figures").
const K = 5;
const ROUND = 'KART-2026';
const OWN_UNIT = 'EXB-VO-ALD-01'; // Mariam's unit; Karin is its chef

/** Every shown row of a dashboard (rows, cells, levels), with the unit it is counted over. */
function shownRows(d: UnitDashboard): Array<{ unit: string; row: GapRow | { requirement: string; assessed: number | null } }> {
  return [
    ...d.gaps.map((row) => ({ unit: d.unit.code, row })),
    ...d.heatmap.flatMap((h) => h.cells.map((row) => ({ unit: d.unit.code, row }))),
    ...d.unitHeatmap.flatMap((h) => h.cells.map((row) => ({ unit: h.unit.code, row }))),
    ...d.distribution.map((row) => ({ unit: d.unit.code, row })),
  ].filter(({ row }) => !('suppressed' in row && row.suppressed) && row.assessed !== 0);
}

function csvRows(text: string): Array<Record<string, string>> {
  const lines = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { delimiter: ';' }).data;
  const blank = lines.findIndex((l) => l.length === 1 && l[0] === '');
  const header = lines[blank + 1] ?? [];
  return lines.slice(blank + 2).filter((l) => l.length > 1).map((l) => Object.fromEntries(header.map((h, i) => [h, l[i] ?? ''])));
}

describe.each(TEST_DRIVERS)('the k rule on competence figures, on $name', (driver) => {
  let handle: DbHandle;
  let mariam: Viewer;
  let karin: Viewer;
  let eva: Viewer;
  let hr: Viewer;
  const asUser = async (email: string) => viewerFromSubject(handle.db, `u:${(await userByEmail(handle.db, email))?.id}`);

  beforeAll(async () => {
    handle = await freshDatabase(driver);
    await seedDemo(handle.db);
    mariam = await asUser('mariam.jaber@exempelby.example');
    karin = await asUser('karin.olofsson@exempelby.example');
    eva = await asUser('eva.styrman@exempelby.example');
    hr = await asUser('johan.ek@exempelby.example');
  });
  afterAll(async () => {
    await handle.close();
  });

  it('replays the attack: a role of fewer than k in the staff member’s own unit is withheld, and so is the filter to it', async () => {
    // What the chef and HR see: the unit has a role with fewer than k assessed (the attack's target).
    const full = await getUnitDashboard(hr, { unit: OWN_UNIT, round: ROUND });
    const small = full.heatmap.find((h) => h.cells.some((c) => (c.assessed ?? 0) > 0 && (c.assessed ?? 0) < K));
    expect(small, 'the demo unit should have a small role').toBeDefined();
    const role = small?.role.code as string;

    const roles = csvRows((await exportDashboardTable(mariam, 'roller', { unit: OWN_UNIT, round: ROUND }, 'csv')).body as string);
    expect(roles.some((r) => r['Bedömda'] !== '')).toBe(true);
    expect(roles.some((r) => r['Bedömda'] === '')).toBe(true);
    for (const r of roles) {
      const n = r['Bedömda'] ?? '';
      if (n !== '') expect(Number(n), `${r['Roll'] ?? ''} ${r['Kravkod'] ?? ''}`).toBeGreaterThanOrEqual(K);
    }
    const levels = csvRows((await exportDashboardTable(mariam, 'nivaer', { unit: OWN_UNIT, round: ROUND, role }, 'csv')).body as string);
    expect(levels.length).toBeGreaterThan(0);
    expect(levels.every((r) => r['Bedömda'] === '')).toBe(true);
    const page = await getUnitDashboard(mariam, { unit: OWN_UNIT, round: ROUND, role });
    expect(page.kRule).toEqual({ k: K });
    expect(page.distribution.every((d) => d.suppressed && d.counts === null)).toBe(true);
    expect(page.gaps.every((g) => g.suppressed)).toBe(true);
    expect(page.headline?.suppressed).toBe(true);
    const priorities = await getTrainingPriorities(mariam, { unit: OWN_UNIT, round: ROUND, role });
    expect(priorities.rows.every((r) => r.suppressed && r.priority === null && r.assessed === null)).toBe(true);
  });

  it('shows staff, a steering group and an API key no group of fewer than k, in any unit, role filter or split', async () => {
    const key: Viewer = { kind: 'apiKey', keyId: 0, name: 'BI', unitCode: null };
    for (const viewer of [mariam, eva]) {
      const units = (await visibleUnitChoices(viewer)).map((u) => u.code);
      expect(units.length).toBeGreaterThan(0);
      for (const unit of units) {
        const plain = await getUnitDashboard(viewer, { unit, round: ROUND });
        expect(plain.kRule).toEqual({ k: K });
        for (const role of [null, ...plain.filters.roles.map((r) => r.code)]) {
          const d = role === null ? plain : await getUnitDashboard(viewer, { unit, round: ROUND, role });
          for (const { unit: where, row } of shownRows(d)) expect(row.assessed, `${unit} ${role} ${where} ${row.requirement}`).toBeGreaterThanOrEqual(K);
          // A shown filtered row and the unfiltered one differ by 0 or at least k: the rest is no small group.
          if (role !== null) {
            for (const g of d.gaps.filter((x) => !x.suppressed)) {
              const whole = plain.gaps.find((x) => x.requirement === g.requirement);
              const rest = (whole?.assessed ?? NaN) - (g.assessed ?? NaN);
              expect(rest === 0 || rest >= K, `${unit} ${role} ${g.requirement}: rest ${rest}`).toBe(true);
            }
          }
        }
      }
    }
    for (const unit of (await allUnits(handle.db)).map((u) => u.code)) {
      for (const by of ['requirement', 'role-requirement'] as const) {
        for (const row of (await getGapReport(key, { round: ROUND, unit, by })).rows) {
          if (!row.suppressed) expect(row.assessed, `${unit} ${row.role} ${row.requirement}`).toBeGreaterThanOrEqual(K);
        }
      }
    }
  });

  it('shows staff and steering the start page’s figures only for units of at least k respondents, HR all', async () => {
    const flat = (tree: OverviewUnit[]): OverviewUnit[] => tree.flatMap((u) => [u, ...flat(u.children)]);
    const forHr = flat((await getOrganisationOverview(hr)).tree);
    expect(forHr.every((u) => !u.suppressed)).toBe(true);
    const respondedForHr = new Map(forHr.map((u) => [u.code, u.responded]));
    for (const viewer of [mariam, eva]) {
      const units = flat((await getOrganisationOverview(viewer)).tree);
      expect(units.some((u) => !u.suppressed && u.meetsShare !== null)).toBe(true);
      for (const u of units) {
        if (u.suppressed) {
          expect([u.meetsShare, u.meanGap]).toEqual([null, null]);
        } else if (u.meetsShare !== null) {
          // A shown figure rests on at least k people (respondents bound the assessed from above).
          expect(respondedForHr.get(u.code), u.code).toBeGreaterThanOrEqual(K);
        }
      }
    }
  });

  it('changes nothing for the chef in their own unit and for HR', async () => {
    for (const viewer of [karin, hr]) {
      const d = await getUnitDashboard(viewer, { unit: OWN_UNIT, round: ROUND });
      expect(d.kRule).toBeNull();
      expect([...d.gaps, ...d.heatmap.flatMap((h) => h.cells), ...d.unitHeatmap.flatMap((h) => h.cells)].some((c) => c.suppressed)).toBe(false);
      expect(d.heatmap.some((h) => h.cells.some((c) => (c.assessed ?? 0) > 0 && (c.assessed ?? 0) < K))).toBe(true);
    }
    const priorities = await getTrainingPriorities(hr, { unit: 'EXB', round: ROUND, employment: 'timanstalld' });
    expect(priorities.kRule).toBeNull();
    expect(priorities.rows.some((r) => r.suppressed)).toBe(false);
  });
});
