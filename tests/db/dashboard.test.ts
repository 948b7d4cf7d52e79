import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { seedDemo } from '@/db/seed/seed-demo';
import { userByEmail } from '@/db/queries/users';
import type { Viewer } from '@/lib/auth/viewer';
import { viewerFromSubject } from '@/lib/auth/viewer-from-subject';
import { NotFoundError } from '@/lib/data/errors';
import { getUnitDashboard } from '@/lib/data/unit-dashboard';
import { getOrganisationOverview, type OverviewUnit } from '@/lib/data/organisation-overview';
import { allRounds, allUnits, roleRequirementList } from '@/db/queries/reference-data';
import { levelCounts, placementCounts } from '@/db/queries/round-histograms';
import { gapSumsByRole } from '@/lib/domain/gap-figures';
import { headlineFigures } from '@/lib/domain/headline-figures';
import { responseRate } from '@/lib/domain/response-rate';
import { subtreeCodes } from '@/lib/domain/unit-tree';
import { getStaffMatrix } from '@/lib/data/staff-matrix';
import { getPersonProfile } from '@/lib/data/person-profile';
import { getTrainingPriorities } from '@/lib/data/training-priorities';
import { exportPriorityTable } from '@/lib/data/exports/priority-table';
import { exportRequirementTable } from '@/lib/data/exports/requirement-table';
import { listAuditEvents } from '@/lib/data/audit-log';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { differences, runCli } from '../support/run-cli';
import { freshDatabase, TEST_DRIVERS } from '../support/test-database';

/** The dashboard and the command line must give the same figures for the same round and unit. */
describe.each(TEST_DRIVERS)('the unit dashboard against the command line on $name', (driver) => {
  let handle: DbHandle;
  let hr: Viewer;
  let karin: Viewer;
  const cli = async (...args: string[]) => {
    const r = await runCli([...args, '--json']);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout);
  };

  beforeAll(async () => {
    handle = await freshDatabase(driver);
    await seedDemo(handle.db);
    hr = await viewerFromSubject(handle.db, `u:${(await userByEmail(handle.db, 'johan.ek@exempelby.example'))?.id}`);
    karin = await viewerFromSubject(handle.db, `u:${(await userByEmail(handle.db, 'karin.olofsson@exempelby.example'))?.id}`);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('the start page: every unit of the tree has the figures a full recount over its answers gives', async () => {
    const overview = await getOrganisationOverview(hr);
    expect(overview.round).not.toBeNull();
    const round = (await allRounds(handle.db)).find((r) => r.code === overview.round?.code) as { id: number };
    const units = await allUnits(handle.db);
    const roleRequirements = await roleRequirementList(handle.db);
    const flat: OverviewUnit[] = [];
    const walk = (list: readonly OverviewUnit[]) => list.forEach((u) => { flat.push(u); walk(u.children); });
    walk(overview.tree);
    expect(flat.length).toBe(units.length);
    for (const unit of flat) {
      const unitId = (units.find((u) => u.code === unit.code) as { id: number }).id;
      const scope = subtreeCodes(units, unit.code);
      const [placements, levels] = await Promise.all([placementCounts(handle.db, round.id, unitId), levelCounts(handle.db, round.id, unitId)]);
      const rate = responseRate(placements, scope);
      const headline = headlineFigures(gapSumsByRole({ placements, levels, roleRequirements, scope }));
      expect({ population: unit.population, responded: unit.responded }, unit.code).toEqual({ population: rate.population, responded: rate.responded });
      expect(unit.meetsShare === null ? null : unit.meetsShare.toFixed(12), unit.code).toBe(headline.meetsShare === null ? null : headline.meetsShare.toFixed(12));
      expect(unit.meanGap === null ? null : unit.meanGap.toFixed(12), unit.code).toBe(headline.meanGap === null ? null : headline.meanGap.toFixed(12));
    }
    expect(flat.some((u) => u.meetsShare !== null && u.population > 0)).toBe(true);
  });

  it.each(['EXB', 'EXB-VO-ALD', 'EXB-VO-ALD-01'])('%s, KART-2026: per requirement, roles × requirements and response rate equal the CLI', async (unit) => {
    const d = await getUnitDashboard(hr, { unit, round: 'KART-2026' });
    expect(d.round?.code).toBe('KART-2026');
    expect(d.gaps.length).toBeGreaterThan(0);
    const gaps = await cli('report', 'gaps', '--round', 'KART-2026', '--unit', unit, '--by', 'requirement');
    expect(differences(d.gaps, gaps.rows)).toEqual([]);
    const byRole = await cli('report', 'gaps', '--round', 'KART-2026', '--unit', unit, '--by', 'role-requirement');
    expect(differences(d.heatmap.flatMap((r) => r.cells), byRole.rows)).toEqual([]);
    const response = await cli('report', 'response', '--round', 'KART-2026', '--unit', unit);
    expect(d.headline).toMatchObject({ population: response.population, responded: response.responded });
    expect(d.headline?.rate).toBeCloseTo(response.rate, 12);
    expect(d.headline?.gapVolume).toBe(gaps.rows.reduce((a: number, r: { gapVolume: number }) => a + r.gapVolume, 0));
    const uptake = await cli('report', 'uptake', '--unit', unit, '--from', d.uptake!.from, '--to', d.uptake!.to);
    expect(uptake.unit).toBe(unit);
    expect(differences(d.uptake, { ...uptake, unit: undefined })).toEqual([]);
  });

  it('filters by role and area the same way the CLI splits by role', async () => {
    const d = await getUnitDashboard(hr, { unit: 'EXB-VO-ALD', round: 'KART-2026', role: 'USK' });
    const byRole = await cli('report', 'gaps', '--round', 'KART-2026', '--unit', 'EXB-VO-ALD', '--by', 'role-requirement');
    const usk = byRole.rows.filter((r: { role: string }) => r.role === 'USK').map((r: object) => ({ ...r, role: null }));
    expect(differences(d.gaps, usk)).toEqual([]);
    const area = d.filters.areas[0]!;
    const onlyArea = await getUnitDashboard(hr, { unit: 'EXB-VO-ALD', round: 'KART-2026', area });
    const inArea = new Set(onlyArea.requirements.map((r) => r.code));
    expect(onlyArea.gaps.every((g) => inArea.has(g.requirement))).toBe(true);
    const everyArea = await getUnitDashboard(hr, { unit: 'EXB-VO-ALD', round: 'KART-2026' });
    expect(onlyArea.gaps).toEqual(everyArea.gaps.filter((g) => inArea.has(g.requirement)));
    expect(onlyArea.gaps.length).toBeLessThan(everyArea.gaps.length);
  });

  it('shows the change since the previous round and gap closure from it', async () => {
    const d = await getUnitDashboard(hr, { unit: 'EXB', round: 'KART-2026' });
    expect(d.previousRound?.code).toBe('KART-2025');
    const before = await cli('report', 'response', '--round', 'KART-2025', '--unit', 'EXB');
    expect(d.previousHeadline).toMatchObject({ population: before.population, responded: before.responded });
    // The demo improves between the rounds: the mean gap shrinks, closure is positive overall.
    expect(d.headline!.meanGap!).toBeLessThan(d.previousHeadline!.meanGap!);
    expect(d.closure.reduce((a, c) => a + (c.closure ?? 0) * c.n, 0)).toBeGreaterThan(0);
  });

  it.each(['EXB', 'EXB-VO-ALD'])('%s, KART-2026: training priorities equal `report priorities`', async (unit) => {
    const page = await getTrainingPriorities(hr, { unit, round: 'KART-2026' });
    const cliRows = (await cli('report', 'priorities', '--round', 'KART-2026', '--unit', unit)).rows;
    expect(differences(page.rows.map(({ requirement, priority, gapVolume, assessed, courses }) => ({ requirement, priority, gapVolume, assessed, courses: courses.map((c) => c.code) })), cliRows)).toEqual([]);
    for (const row of page.rows) {
      expect(row.topUnits.length).toBeLessThanOrEqual(3);
      expect(row.topUnits.reduce((a, u) => a + u.priority, 0)).toBeLessThanOrEqual(row.priority ?? NaN);
      if (row.hoursEstimate !== null) expect(row.hoursEstimate).toBe((row.below ?? NaN) * Math.min(...row.courses.map((c) => c.hours ?? Infinity)));
    }
  });

  it('exports the tables with the numbers the pages show, the filters and the date above them, and audits it', async () => {
    const page = await getUnitDashboard(hr, { unit: 'EXB-VO-ALD', round: 'KART-2026', role: 'USK' });
    const file = await exportRequirementTable(hr, { unit: 'EXB-VO-ALD', round: 'KART-2026', role: 'USK' }, 'csv');
    const rows = Papa.parse<string[]>((file.body as string).replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows.some((r) => r[0] === 'Yrkesroll: USK; kravområde: alla')).toBe(true);
    const header = rows.findIndex((r) => r[0] === 'Kravkod');
    const body = rows.slice(header + 1);
    expect(body.map((r) => r[0])).toEqual(page.gaps.map((g) => g.requirement));
    expect(body.map((r) => Number(r[6]!.replace(',', '.')))).toEqual(page.gaps.map((g) => g.meetsShare ?? NaN));
    const xlsx = await exportPriorityTable(hr, { unit: 'EXB', round: 'KART-2026' }, 'xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((xlsx.body as Uint8Array).buffer as ArrayBuffer);
    const priorities = await getTrainingPriorities(hr, { unit: 'EXB', round: 'KART-2026' });
    const sheet = book.worksheets[0]!;
    const values: unknown[] = [];
    sheet.eachRow((row) => values.push(row.getCell(3).value));
    expect(values.slice(-priorities.rows.length)).toEqual(priorities.rows.map((r) => r.priority));
    const [last] = await listAuditEvents(await viewerFromSubject(handle.db, `u:${(await userByEmail(handle.db, 'sara.lind@exempelby.example'))?.id}`), { limit: 1 });
    expect(last).toMatchObject({ actor: 'johan.ek@exempelby.example', action: 'exporterade tabell' });
  });

  it('narrows priorities to an employment type and an experience phase', async () => {
    const all = await getTrainingPriorities(hr, { unit: 'EXB', round: 'KART-2026' });
    const hourly = await getTrainingPriorities(hr, { unit: 'EXB', round: 'KART-2026', employment: 'timanstalld' });
    const sum = (p: typeof all) => p.rows.reduce((a, r) => a + (r.assessed ?? NaN), 0);
    expect(sum(hourly)).toBeGreaterThan(0);
    expect(sum(hourly)).toBeLessThan(sum(all));
    const phases = await Promise.all((['ny', 'van', 'erfaren'] as const).map((phase) => getTrainingPriorities(hr, { unit: 'EXB', round: 'KART-2026', phase })));
    // Everyone in the demo has a start date, so the three phases split the assessed pairs exactly.
    expect(phases.reduce((a, p) => a + sum(p), 0)).toBe(sum(all));
  });

  it('gives the chef a matrix of her staff whose levels are the ones their profiles show', async () => {
    const m = await getStaffMatrix(karin, { unit: 'EXB-VO-ALD-01', round: 'KART-2026' });
    const mariam = m.people.find((p) => p.employeeId === 'D10144')!;
    expect(mariam.answered).toBe(true);
    const profile = await getPersonProfile(karin, { employeeId: 'D10144', round: 'KART-2026' });
    for (const r of profile.requirements) expect(mariam.cells[r.requirement]?.level, r.requirement).toBe(r.level);
    expect(mariam.below).toBe(profile.requirements.filter((r) => r.level !== null && r.level < r.requiredLevel).length);
    // Everyone currently in the unit is listed, answered or not.
    expect(m.people.some((p) => !p.answered)).toBe(true);
    expect(m.people.every((p) => p.unitName === 'Solgårdens vård- och omsorgsboende')).toBe(true);
    await expect(getStaffMatrix(karin, { unit: 'EXB-SOC-IFO-01' })).rejects.toThrow(NotFoundError);
  });

  it('gives a chef her own units and their children, and nothing of another unit', async () => {
    const own = await getUnitDashboard(karin, { unit: 'EXB-VO-ALD-01', round: 'KART-2026' });
    expect(own.breadcrumbs).toEqual([]); // nothing above her unit is hers to see
    await expect(getUnitDashboard(karin, { unit: 'EXB-SOC-IFO-01' })).rejects.toThrow(NotFoundError);
    await expect(getUnitDashboard(karin, { unit: 'EXB' })).rejects.toThrow(NotFoundError);
    const hrView = await getUnitDashboard(hr, { unit: 'EXB-VO-ALD-01', round: 'KART-2026' });
    expect(hrView.breadcrumbs.map((b) => b.code)).toEqual(['EXB', 'EXB-VO', 'EXB-VO-ALD']);
    expect(differences(own.gaps, hrView.gaps)).toEqual([]);
  });
});
