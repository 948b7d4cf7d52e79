import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DbHandle } from '@/db/client';
import { seedDemo } from '@/db/seed/seed-demo';
import { staffOfUnit } from '@/db/queries/staff-matrix';
import { userByEmail } from '@/db/queries/users';
import type { Viewer } from '@/lib/auth/viewer';
import { viewerFromSubject } from '@/lib/auth/viewer-from-subject';
import { listAuditEvents } from '@/lib/data/audit-log';
import { NotFoundError } from '@/lib/data/errors';
import { exportDashboardTable } from '@/lib/data/exports/dashboard-table';
import type { ExportFile } from '@/lib/data/exports/export-file';
import { getStaffMatrix } from '@/lib/data/staff-matrix';
import { getUnitDashboard } from '@/lib/data/unit-dashboard';
import { DASHBOARD_TABLES } from '@/lib/domain/dashboard-tables';
import { csv, importCsv } from '../support/csv-import';
import { freshDatabase, TEST_DRIVERS } from '../support/test-database';

/** A CSV export read back as Swedish Excel would: the title, the lines above the table, and one record per row. */
function readCsv(file: ExportFile) {
  expect(file.contentType).toBe('text/csv; charset=utf-8');
  const text = file.body as string;
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = Papa.parse<string[]>(text.slice(1), { delimiter: ';' }).data;
  const blank = lines.findIndex((l) => l.length === 1 && l[0] === '');
  const header = lines[blank + 1] ?? [];
  const body = lines.slice(blank + 2).filter((l) => !(l.length === 1 && l[0] === ''));
  return {
    title: lines[0]?.[0],
    about: lines.slice(1, blank).map((l) => l.join(';')),
    header,
    rows: body.map((l) => Object.fromEntries(header.map((h, i) => [h, l[i] ?? '']))),
  };
}

/** A CSV number cell: decimal comma; empty is a withheld or missing value. */
const num = (cell: string | undefined): number | null => (cell === undefined || cell === '' ? null : Number(cell.replace(',', '.')));

const X = 'EXB-VO-ALD-01'; // Karin Olofsson's unit
const ROUND = 'KART-2026';
// A requirement nobody has answered, added to the role USK: its cell in the heat table is "ej bedömd".
const UNANSWERED = 'ZZ-NYTT';

describe.each(TEST_DRIVERS)('the unit dashboard’s table exports on $name', (driver) => {
  let handle: DbHandle;
  const viewer = async (email: string): Promise<Viewer> => viewerFromSubject(handle.db, `u:${(await userByEmail(handle.db, email))?.id}`);
  let hr: Viewer;
  let karin: Viewer;
  let joakim: Viewer;

  beforeAll(async () => {
    handle = await freshDatabase(driver);
    await seedDemo(handle.db);
    const imported = await importCsv({
      'requirements.csv': csv('code,name', [[UNANSWERED, 'Nytt krav som ingen har besvarat']]),
      'role_requirements.csv': csv('role_code,requirement_code,required_level,weight', [['USK', UNANSWERED, 2, 1]]),
    });
    expect(imported.rejected).toEqual([]);
    // The demo has no "Jag förstår inte frågan": turn a few of Solgården's answers into it.
    await handle.db.execute(sql`
      update assessments set level = null, not_understood = true where id in (
        select a.id from assessments a join rounds r on r.id = a.round_id join units u on u.id = a.unit_id
        where r.code = ${ROUND} and u.code = ${X} and a.source = 'self' order by a.id limit 9)`);
    hr = await viewer('johan.ek@exempelby.example');
    karin = await viewer('karin.olofsson@exempelby.example');
    joakim = await viewer('joakim.pettersson@exempelby.example');
  });
  afterAll(async () => {
    await handle.close();
  });

  it('roles × requirements: one row per role and requirement with the heat table’s n, share and mean gap; "ej bedömd" empty', async () => {
    const filters = { unit: 'EXB-VO-ALD', round: ROUND };
    const page = await getUnitDashboard(hr, filters);
    const file = await exportDashboardTable(hr, 'roller', filters, 'csv');
    expect(file.filename).toMatch(/^roller-EXB-VO-ALD-\d{4}-\d{2}-\d{2}\.csv$/);
    const t = readCsv(file);
    expect(t.title).toBe('Roller och krav – Särskilt boende för äldre');
    expect(t.header).toEqual(['Rollkod', 'Roll', 'Kravkod', 'Krav', 'Bedömda', 'Andel som når kravet', 'Medelgap']);
    const names = new Map(page.requirements.map((r) => [r.code, r.name]));
    expect(t.rows.map((r) => [r.Rollkod, r.Roll, r.Kravkod, r.Krav, num(r.Bedömda), num(r['Andel som når kravet']), num(r.Medelgap)])).toEqual(
      page.heatmap.flatMap(({ role, cells }) => cells.map((c) => [role.code, role.name, c.requirement, names.get(c.requirement), c.assessed, c.meetsShare, c.meanGap])),
    );
    // The cell the page shows as "ej bedömd": n 0, no share, no mean gap (not 0).
    const unanswered = t.rows.filter((r) => r.Kravkod === UNANSWERED);
    expect(unanswered).toEqual([expect.objectContaining({ Rollkod: 'USK', Bedömda: '0', 'Andel som når kravet': '', Medelgap: '' })]);
    expect(page.heatmap.find((r) => r.role.code === 'USK')?.cells.find((c) => c.requirement === UNANSWERED)).toMatchObject({ assessed: 0, meetsShare: null });
    expect(t.about).toContain('Yrkesroll: alla; kravområde: alla');
    expect(t.about).toContain('Effektmått för grupper med färre än 5 svar visas aldrig. Kompetensgapen här är inte effektmått och visas för alla grupper.');
    expect(t.about.some((l) => /^Uttaget: \d{4}-\d{2}-\d{2}$/.test(l))).toBe(true);
  });

  it('roles × requirements with the page’s role and area filters, in the rows and the lines above them', async () => {
    const area = (await getUnitDashboard(hr, { unit: 'EXB-VO-ALD', round: ROUND })).filters.areas[0]!;
    const filters = { unit: 'EXB-VO-ALD', round: ROUND, role: 'USK', area };
    const page = await getUnitDashboard(hr, filters);
    const t = readCsv(await exportDashboardTable(hr, 'roller', filters, 'csv'));
    expect(t.about).toContain(`Yrkesroll: USK; kravområde: ${area}`);
    expect(new Set(t.rows.map((r) => r.Rollkod))).toEqual(new Set(['USK']));
    expect(t.rows.map((r) => [r.Kravkod, num(r['Andel som når kravet'])])).toEqual(page.heatmap.flatMap((r) => r.cells.map((c) => [c.requirement, c.meetsShare])));
  });

  it('roles × requirements as XLSX keeps the shares as numbers', async () => {
    const filters = { unit: X, round: ROUND };
    const page = await getUnitDashboard(hr, filters);
    const file = await exportDashboardTable(hr, 'roller', filters, 'xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((file.body as Uint8Array).buffer as ArrayBuffer);
    const values: unknown[] = [];
    book.worksheets[0]!.eachRow((row) => values.push(row.getCell(6).value));
    const cells = page.heatmap.flatMap((r) => r.cells);
    expect(values.slice(-cells.length)).toEqual(cells.map((c) => c.meetsShare));
  });

  it('child units: code, name, response (answered of staff, rate), share meeting, mean gap, gap volume', async () => {
    const filters = { unit: 'EXB', round: ROUND, role: 'USK' };
    const page = await getUnitDashboard(hr, filters);
    const t = readCsv(await exportDashboardTable(hr, 'enheter', filters, 'csv'));
    expect(t.title).toBe('Enheter under Exempelby kommun');
    expect(t.about).toContain('Yrkesroll: USK; kravområde: alla');
    expect(page.children.length).toBeGreaterThan(1);
    expect(
      t.rows.map((r) => ({
        code: r.Enhetskod, name: r.Enhet, population: num(r['Personal i omgången']), responded: num(r['Har svarat']), rate: num(r.Svarsfrekvens),
        meetsShare: num(r['Andel som når kraven']), meanGap: num(r.Medelgap), gapVolume: num(r.Gapvolym),
      })),
    ).toEqual(page.children.map(({ code, name, population, responded, rate, meetsShare, meanGap, gapVolume }) => ({ code, name, population, responded, rate, meetsShare, meanGap, gapVolume })));
  });

  it('units × requirements: one row per child unit and requirement with the heat table’s n and share', async () => {
    const filters = { unit: 'EXB-VO', round: ROUND };
    const page = await getUnitDashboard(hr, filters);
    const t = readCsv(await exportDashboardTable(hr, 'enheter-krav', filters, 'csv'));
    expect(t.title).toBe(`Enheter och krav – ${page.unit.name}`);
    const shown = page.unitHeatmap.flatMap(({ unit, cells }) => cells.filter((c) => (c.expected ?? 0) > 0).map((c) => [unit.code, c.requirement, c.assessed, c.meetsShare]));
    expect(shown.length).toBeGreaterThan(10);
    expect(t.rows.map((r) => [r.Enhetskod, r.Kravkod, num(r.Bedömda), num(r['Andel som når kravet'])])).toEqual(shown);
  });

  it('trend: each round up to the one shown with its response and figures, oldest first', async () => {
    const filters = { unit: 'EXB', round: ROUND };
    const page = await getUnitDashboard(hr, filters);
    const t = readCsv(await exportDashboardTable(hr, 'utveckling', filters, 'csv'));
    expect(t.rows.map((r) => r.Omgångskod)).toEqual(['KART-2025', 'KART-2026']);
    expect(t.rows.map((r) => [num(r['Har svarat']), num(r['Personal i omgången']), num(r['Andel som når kraven']), num(r.Gapvolym)])).toEqual(
      page.trend.map((p) => [p.headline.responded, p.headline.population, p.headline.meetsShare, p.headline.gapVolume]),
    );
  });

  it('level distribution: people per level 0..4 by the scale’s names, assessed and required level', async () => {
    const filters = { unit: 'EXB', round: ROUND };
    const page = await getUnitDashboard(hr, filters);
    const t = readCsv(await exportDashboardTable(hr, 'nivaer', filters, 'csv'));
    expect(t.header).toEqual(['Kravkod', 'Krav', '0 Inte ännu', '1 Fakta', '2 Förståelse', '3 Färdighet', '4 Förtrogenhet', 'Bedömda', 'Kravnivå']);
    expect(t.rows.map((r) => [r.Kravkod, [0, 1, 2, 3, 4].map((l) => num(t.header[2 + l] ? r[t.header[2 + l]!] : undefined)), num(r.Bedömda), r.Kravnivå])).toEqual(
      page.distribution.map((d) => [d.requirement, d.counts, d.assessed, d.requiredLevels.join(', ')]),
    );
    // Roles that require different levels of the same requirement: all of them, as the page lists them.
    expect(t.rows.some((r) => r.Kravnivå?.includes(', '))).toBe(true);
  });

  it('gap closure: the closure table’s people, mean gap then and now, and the decrease; none without a previous round', async () => {
    const page = await getUnitDashboard(hr, { unit: 'EXB', round: ROUND });
    const t = readCsv(await exportDashboardTable(hr, 'gapminskning', { unit: 'EXB', round: ROUND }, 'csv'));
    expect(t.header).toEqual(['Kravkod', 'Krav', 'Personer', 'Medelgap då', 'Medelgap nu', 'Minskning']);
    expect(t.rows.map((r) => [r.Kravkod, num(r.Personer), num(r['Medelgap då']), num(r['Medelgap nu']), num(r.Minskning)])).toEqual(
      page.closure.map((c) => [c.requirement, c.n, c.meanGapBaseline, c.meanGapFollowUp, c.closure]),
    );
    expect(t.about.some((l) => l.startsWith('Samma personer i Kompetenskartläggning 2025 (då) och Kompetenskartläggning 2026 (nu).'))).toBe(true);
    // The dashboard does not narrow closure by role: the file says so instead of claiming the filter.
    const withRole = readCsv(await exportDashboardTable(hr, 'gapminskning', { unit: 'EXB', round: ROUND, role: 'USK' }, 'csv'));
    expect(withRole.about).toContain('Yrkesroll: alla (valet USK gäller inte den här tabellen); kravområde: alla');
    expect(withRole.rows).toEqual(t.rows);

    const first = readCsv(await exportDashboardTable(hr, 'gapminskning', { unit: 'EXB', round: 'KART-2025' }, 'csv'));
    expect(first.rows).toEqual([]);
    expect(first.about).toContain('Det finns ingen tidigare omgång att jämföra med.');
  });

  it('digital uptake: completions per month, the period and the share above them', async () => {
    const filters = { unit: 'EXB-VO-ALD', round: ROUND, role: 'USK' };
    const page = await getUnitDashboard(hr, filters);
    const u = page.uptake!;
    const t = readCsv(await exportDashboardTable(hr, 'digitalt', filters, 'csv'));
    expect(t.header).toEqual(['Månad', 'Genomförda kurser']);
    expect(t.rows.map((r) => [r.Månad, num(r['Genomförda kurser'])])).toEqual(u.byMonth.map((m) => [m.month, m.completions]));
    expect(u.byMonth.length).toBeGreaterThan(0);
    expect(t.about).toContain(`Period: ${u.from} – ${u.to}`);
    expect(t.about.find((l) => l.startsWith('Har gått minst en digital kurs'))).toMatch(new RegExp(`: ${u.completedDigital} av ${u.population} \\(${Math.round(u.share! * 100)}\\s%\\)$`));
    expect(t.about).toContain('Yrkesroll: alla (valet USK gäller inte den här tabellen); kravområde: alla');
  });

  it('"Jag förstår inte frågan": answers per requirement, most first', async () => {
    const filters = { unit: X, round: ROUND };
    const page = await getUnitDashboard(karin, filters);
    const t = readCsv(await exportDashboardTable(karin, 'forstar-inte', filters, 'csv'));
    expect(page.notUnderstood.length).toBeGreaterThan(0);
    expect(t.rows.map((r) => [r.Kravkod, num(r['Antal svar'])])).toEqual(page.notUnderstood.map((c) => [c.requirement, c.count]));
    expect(t.rows.reduce((a, r) => a + (num(r['Antal svar']) ?? 0), 0)).toBe(9);
    // Not narrowed by role on the dashboard either: the file says the role choice does not apply.
    const withRole = readCsv(await exportDashboardTable(karin, 'forstar-inte', { ...filters, role: 'USK' }, 'csv'));
    expect(withRole.about).toContain('Yrkesroll: alla (valet USK gäller inte den här tabellen); kravområde: alla');
    expect(withRole.rows).toEqual(t.rows);
  });

  it('the chef’s staff matrix: each person and requirement, level against required, answered or not; audited', async () => {
    const m = await getStaffMatrix(karin, { unit: X, round: ROUND });
    const file = await exportDashboardTable(karin, 'medarbetare', { unit: X, round: ROUND, role: 'USK' }, 'csv');
    expect(file.filename).toMatch(/^medarbetare-EXB-VO-ALD-01-\d{4}-\d{2}-\d{2}\.csv$/);
    const t = readCsv(file);
    const expected = [...m.people]
      .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
      .flatMap((p) =>
        m.requirements.flatMap((r) => {
          const c = p.cells[r.code];
          if (!c) return [];
          const meets = c.level === null ? '' : c.level >= c.required ? 'Ja' : 'Nej';
          return [[p.employeeId, p.name, p.answered ? 'Ja' : 'Nej', r.code, c.level, c.required, meets]];
        }),
      );
    expect(t.rows.map((r) => [r.Anställningsnummer, r.Namn, r['Har svarat'], r.Kravkod, num(r.Nivå), num(r.Kravnivå), r['Når kravet']])).toEqual(expected);
    // Everyone listed on the page is in the file, those who have not answered too.
    expect(new Set(t.rows.map((r) => r.Anställningsnummer))).toEqual(new Set(m.people.map((p) => p.employeeId)));
    expect(t.rows.some((r) => r['Har svarat'] === 'Nej')).toBe(true);
    expect(t.rows.some((r) => r.Nivå === '' && r['Når kravet'] === '')).toBe(true);
    // Mariam's levels are the ones her profile shows (checked against the profile in dashboard.test.ts).
    const mariam = m.people.find((p) => p.employeeId === 'D10144')!;
    expect(Object.fromEntries(t.rows.filter((r) => r.Anställningsnummer === 'D10144').map((r) => [r.Kravkod, num(r.Nivå)]))).toEqual(
      Object.fromEntries(Object.entries(mariam.cells).map(([code, c]) => [code, c.level])),
    );
    expect(t.about).toContain(`${m.people.length} medarbetare, ${m.people.filter((p) => !p.answered).length} har inte svarat.`);
    expect(t.about.some((l) => l.startsWith('Tabellen innehåller personuppgifter.'))).toBe(true);

    const admin = await viewer('sara.lind@exempelby.example');
    const [exported, opened] = await listAuditEvents(admin, { limit: 2 });
    expect(exported).toMatchObject({ actor: 'karin.olofsson@exempelby.example', action: 'exporterade tabell', details: { table: 'medarbetare-EXB-VO-ALD-01', format: 'csv', rows: t.rows.length, unit: X, round: ROUND } });
    expect(opened).toMatchObject({ actor: 'karin.olofsson@exempelby.example', action: 'visade individuella svar (matris)' });
  });

  it('the staff matrix of a unit with too many people: no one in the file, and a line saying why', async () => {
    const m = await getStaffMatrix(hr, { unit: 'EXB-VO-ALD', round: ROUND });
    expect(m.tooMany).toBeGreaterThan(80);
    // The number said is the number of people the matrix would list (counted, not read).
    const [unit] = await queryRows<{ id: number }>(handle.db, sql`select id from units where code = 'EXB-VO-ALD'`);
    const [round] = await queryRows<{ id: number }>(handle.db, sql`select id from rounds where code = ${ROUND}`);
    expect(m.tooMany).toBe((await staffOfUnit(handle.db, unit?.id as number, round?.id as number)).length);
    const t = readCsv(await exportDashboardTable(hr, 'medarbetare', { unit: 'EXB-VO-ALD', round: ROUND }, 'csv'));
    expect(t.rows).toEqual([]);
    expect(t.about).toContain(`Här finns ${m.tooMany} medarbetare, för många för en tabell med varje person (högst 80). Välj en enhet längre ner.`);
  });

  it('gives a chef of another unit, staff and the steering group nothing of the staff matrix', async () => {
    for (const email of ['joakim.pettersson@exempelby.example', 'mariam.jaber@exempelby.example', 'eva.styrman@exempelby.example']) {
      await expect(exportDashboardTable(await viewer(email), 'medarbetare', { unit: X, round: ROUND }, 'csv'), email).rejects.toThrow(NotFoundError);
    }
  });

  it.each(DASHBOARD_TABLES)('%s: a chef gets not-found for a unit that is not hers, and audits nothing', async (table) => {
    const [before] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from audit_events`);
    await expect(exportDashboardTable(joakim, table, { unit: X, round: ROUND }, 'csv')).rejects.toThrow(NotFoundError);
    await expect(exportDashboardTable(karin, table, { unit: 'EXB-SOC-IFO-01', round: ROUND }, 'xlsx')).rejects.toThrow(NotFoundError);
    await expect(exportDashboardTable(karin, table, { unit: 'EXB', round: ROUND }, 'csv')).rejects.toThrow(NotFoundError);
    const [after] = await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from audit_events`);
    expect(after?.n).toBe(before?.n);
  });
});
