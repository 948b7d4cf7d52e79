import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DbHandle } from '@/db/client';
import { seedDemo } from '@/db/seed/seed-demo';
import { userByEmail } from '@/db/queries/users';
import type { Viewer } from '@/lib/auth/viewer';
import { viewerFromSubject } from '@/lib/auth/viewer-from-subject';
import { listAuditEvents } from '@/lib/data/audit-log';
import { NotFoundError } from '@/lib/data/errors';
import { exportSteeringReport, steeringPrintPath } from '@/lib/data/exports/steering-report';
import { exportSteeringWorkbook } from '@/lib/data/exports/steering-workbook';
import { freezeSnapshot, getSteeringView } from '@/lib/data/steering';
import type { SteeringView } from '@/lib/data/steering-types';
import { INDICATOR_KINDS, STATUS_LABEL, type GroupFigure } from '@/lib/domain/indicators';
import { freshDatabase, TEST_DRIVERS } from '../support/test-database';

const PROJECT = 'ESF-STARK';
const WITHHELD = 'visas inte (skyddar grupper under 5)';

type Value = ExcelJS.CellValue;

async function readBook(body: string | Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((body as Uint8Array).buffer as ArrayBuffer);
  return book;
}

/** A sheet's rows below the header, as plain cell values (1-based columns dropped to 0-based). */
function rowsOf(book: ExcelJS.Workbook, name: string): { header: Value[]; rows: Value[][]; formats: string[][] } {
  const sheet = book.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const all: Value[][] = [];
  const formats: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: Value[] = [];
    const f: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) {
      cells.push(row.getCell(c).value ?? null);
      f.push(row.getCell(c).numFmt ?? '');
    }
    all.push(cells);
    formats.push(f);
  });
  return { header: all[0] ?? [], rows: all.slice(1), formats: formats.slice(1) };
}

/** What a figure must be in the file: its number and n, the withheld words and no n, or empty. */
const figureCells = (f: GroupFigure): Value[] => (f.withheld ? [WITHHELD, null] : [f.value, f.n]);

/** Every figure of the view, withheld or not, with where it sits. */
function figuresOf(v: SteeringView): Array<{ where: string; figure: GroupFigure }> {
  return v.indicators.flatMap((i) => [
    { where: `${i.code} baseline`, figure: i.baseline.figure },
    { where: `${i.code} current`, figure: i.current.figure },
    ...i.spread.map((s) => ({ where: `${i.code} ${s.unit.code}`, figure: s.figure })),
    ...(i.split ?? []).map((s) => ({ where: `${i.code} ${s.label}`, figure: s.figure })),
  ]);
}

describe.each(TEST_DRIVERS)('the steering group’s report pack on $name', (driver) => {
  let handle: DbHandle;
  const viewer = async (email: string): Promise<Viewer> => viewerFromSubject(handle.db, `u:${(await userByEmail(handle.db, email))?.id}`);
  let eva: Viewer;
  let hr: Viewer;
  let karin: Viewer;

  beforeAll(async () => {
    handle = await freshDatabase(driver);
    await seedDemo(handle.db);
    // Every kind of indicator, whatever the demo ships: the ones it lacks are added here.
    const [project] = await queryRows<{ id: number }>(handle.db, sql`select id from projects where code = ${PROJECT}`);
    const [rounds] = await queryRows<{ b: number; f: number; q: number }>(handle.db, sql`
      select (select id from rounds where code = 'KART-2025') as b, (select id from rounds where code = 'KART-2026') as f,
        (select id from effect_questions where code = 'knows_requirements') as q`);
    for (const kind of INDICATOR_KINDS) {
      await handle.db.execute(sql`
        insert into project_indicators (project_id, code, kind, name, target, baseline_round_id, follow_up_round_id, question_id, position)
        select ${project!.id}, ${`test-${kind}`}, ${kind}, null, ${kind === 'participants' || kind === 'supervisors' || kind === 'language_agents' ? 40 : kind === 'gap_closure' ? 0.5 : 0.8},
          ${rounds!.b}, ${rounds!.f}, ${kind === 'effect_question' ? rounds!.q : null}, 100 + ${INDICATOR_KINDS.indexOf(kind)}
        where not exists (select 1 from project_indicators where project_id = ${project!.id} and kind = ${kind})`);
    }
    eva = await viewer('eva.styrman@exempelby.example');
    hr = await viewer('johan.ek@exempelby.example');
    karin = await viewer('karin.olofsson@exempelby.example');
  });
  afterAll(async () => {
    await handle.close();
  });

  it('has indicators of every kind, some figures withheld and some shown', async () => {
    const v = await getSteeringView(eva, { project: PROJECT });
    expect(new Set(v.indicators.map((i) => i.kind))).toEqual(new Set(INDICATOR_KINDS));
    const figures = figuresOf(v);
    expect(figures.some((f) => f.figure.withheld)).toBe(true);
    expect(figures.some((f) => !f.figure.withheld && f.figure.value !== null)).toBe(true);
  });

  it('writes the summary: project, diary number, period, data date, snapshot, the k rule and the status rules', async () => {
    const v = await getSteeringView(eva, { project: PROJECT });
    const file = await exportSteeringWorkbook(eva, { project: PROJECT });
    expect(file.filename).toMatch(/^styrgrupp-ESF-STARK-\d{4}-\d{2}-\d{2}\.xlsx$/);
    expect(file.contentType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = await readBook(file.body);
    expect(book.worksheets.map((s) => s.name)).toEqual(['Sammanfattning', 'Indikatorer', 'Spridning', 'Deltagare']);
    const summary = new Map<string, Value>();
    const lines: string[] = [];
    book.getWorksheet('Sammanfattning')!.eachRow((row) => {
      const [a, b] = [row.getCell(1).value, row.getCell(2).value];
      if (typeof a === 'string') summary.set(a, b ?? null);
      if (typeof b === 'string') lines.push(b);
    });
    expect(summary.get('Projekt')).toBe(v.project.name);
    expect(summary.get('Projektkod')).toBe(PROJECT);
    expect(summary.get('Diarienummer')).toBe(v.project.diaryNumber ?? '–');
    expect(summary.get('Projektperiod')).toMatch(/2025.*2026/);
    expect(summary.get('Data per')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(summary.get('Ögonblicksbild')).toBe('Nej, aktuella siffror');
    expect(summary.get('Minsta gruppstorlek')).toBe('Siffror från färre än 5 personer visas aldrig, och inte heller siffror som skulle göra det möjligt att räkna fram dem.');
    expect(summary.get('Planerade deltagare')).toBe(v.project.plannedParticipants);
    const count = (s: keyof typeof STATUS_LABEL) => v.indicators.filter((i) => i.status === s).length;
    expect(summary.get('Status i korthet')).toContain(`${STATUS_LABEL.behind}: ${count('behind')}`);
    for (const rule of v.statusRules) expect(lines).toContain(rule);
  });

  it('writes one row per indicator with the page’s figures; a withheld figure is words, never a number', async () => {
    const v = await getSteeringView(eva, { project: PROJECT });
    const book = await readBook((await exportSteeringWorkbook(eva, { project: PROJECT })).body);
    const t = rowsOf(book, 'Indikatorer');
    expect(t.header).toEqual([
      'Indikator', 'Typ', 'Skala', 'Mål', 'Utgångsläge', 'Utgångsläge, värde', 'Utgångsläge, antal personer',
      'Uppföljning', 'Uppföljning, värde', 'Uppföljning, antal personer', 'Status', 'Varför',
    ]);
    expect(t.rows.map((r) => [r[0], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11]])).toEqual(
      v.indicators.map((i) => [
        i.name, i.target, i.baseline.label, ...figureCells(i.baseline.figure), i.current.label, ...figureCells(i.current.figure), STATUS_LABEL[i.status], i.statusReason,
      ]),
    );
    // Shares are numeric cells shown as percentages; counts whole numbers.
    v.indicators.forEach((i, r) => {
      if (typeof t.rows[r]?.[8] === 'number') expect(t.formats[r]?.[8], i.code).toBe(i.scale === 'share' ? '0%' : i.scale === 'count' ? '0' : '0.0 "steg"');
    });
    expect(v.indicators.some((i) => i.scale === 'share' && typeof t.rows[v.indicators.indexOf(i)]?.[8] === 'number')).toBe(true);
  });

  it('writes the spread over units and the participants’ gender split, withheld groups as words', async () => {
    const v = await getSteeringView(eva, { project: PROJECT });
    const book = await readBook((await exportSteeringWorkbook(eva, { project: PROJECT })).body);
    const spread = rowsOf(book, 'Spridning');
    expect(spread.header).toEqual(['Indikator', 'Enhetskod', 'Enhet', 'Värde', 'Antal personer']);
    expect(spread.rows).toEqual(v.indicators.flatMap((i) => i.spread.map((s) => [i.name, s.unit.code, s.unit.name, ...figureCells(s.figure)])));
    expect(spread.rows.length).toBeGreaterThan(0);
    const split = rowsOf(book, 'Deltagare');
    expect(split.header).toEqual(['Indikator', 'Kön', 'Värde', 'Antal personer']);
    const want = v.indicators.flatMap((i) => (i.split ?? []).map((s) => [i.name, s.label, ...figureCells(s.figure)]));
    expect(split.rows.slice(0, want.length)).toEqual(want);
  });

  it('never writes a number where the page withholds one', async () => {
    const v = await getSteeringView(eva, { project: PROJECT });
    const book = await readBook((await exportSteeringWorkbook(eva, { project: PROJECT })).body);
    const withheldCells = [
      ...rowsOf(book, 'Indikatorer').rows.flatMap((r) => [[r[5], r[6]], [r[8], r[9]]]),
      ...rowsOf(book, 'Spridning').rows.map((r) => [r[3], r[4]]),
      ...rowsOf(book, 'Deltagare').rows.map((r) => [r[2], r[3]]),
    ].filter(([value]) => value === WITHHELD);
    expect(withheldCells.length).toBe(figuresOf(v).filter((f) => f.figure.withheld).length);
    for (const [, n] of withheldCells) expect(n).toBeNull();
  });

  it('writes a frozen snapshot with its label, and refuses a snapshot of nothing', async () => {
    const { id } = await freezeSnapshot(hr, { project: PROJECT, label: '=Styrgruppsmöte 2026-11-20' });
    const frozen = await getSteeringView(eva, { project: PROJECT, snapshot: id });
    const book = await readBook((await exportSteeringWorkbook(eva, { project: PROJECT, snapshot: id })).body);
    let label: Value = null;
    book.getWorksheet('Sammanfattning')!.eachRow((row) => {
      if (row.getCell(1).value === 'Ögonblicksbild') label = row.getCell(2).value;
    });
    // Text that starts like a formula stays text.
    expect(label).toMatch(/^'=Styrgruppsmöte 2026-11-20 \(fryst \d{4}-\d{2}-\d{2} \d{2}:\d{2} av johan\.ek@exempelby\.example\)$/);
    expect(rowsOf(book, 'Indikatorer').rows.map((r) => r[8])).toEqual(frozen.indicators.map((i) => figureCells(i.current.figure)[0]));
    await expect(exportSteeringWorkbook(eva, { project: PROJECT, snapshot: id + 1000 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('has the page’s access: not found for a chef, and for a project that does not exist', async () => {
    await expect(exportSteeringWorkbook(karin, { project: PROJECT })).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportSteeringWorkbook(eva, { project: 'FINNS-INTE' })).rejects.toBeInstanceOf(NotFoundError);
    let printed = false;
    const render = async () => {
      printed = true;
      return new Uint8Array([37, 80, 68, 70]);
    };
    await expect(exportSteeringReport(karin, { project: PROJECT }, render)).rejects.toBeInstanceOf(NotFoundError);
    expect(printed).toBe(false);
  });

  it('prints the page’s print variant for the PDF and audits both files', async () => {
    let path = '';
    const file = await exportSteeringReport(eva, { project: PROJECT }, async (view, p) => {
      expect(view.project.code).toBe(PROJECT);
      path = p;
      return new Uint8Array([37, 80, 68, 70]);
    });
    expect(path).toBe('/styrgrupp/ESF-STARK?utskrift=1');
    expect(steeringPrintPath({ ...(await getSteeringView(eva, { project: PROJECT })), snapshot: { id: 7, label: 'x', frozenAt: '', frozenBy: '' } })).toBe(
      '/styrgrupp/ESF-STARK?utskrift=1&ogonblick=7',
    );
    expect(file).toMatchObject({ contentType: 'application/pdf', filename: expect.stringMatching(/^styrgrupp-ESF-STARK-\d{4}-\d{2}-\d{2}\.pdf$/) });
    await exportSteeringWorkbook(eva, { project: PROJECT });
    // A PDF that could not be made is not in the log.
    await expect(exportSteeringReport(eva, { project: PROJECT }, () => Promise.reject(new Error('no chromium')))).rejects.toThrow('no chromium');
    const [xlsx, pdf] = await listAuditEvents(await viewer('sara.lind@exempelby.example'), { limit: 2 });
    expect(xlsx).toMatchObject({ actor: 'eva.styrman@exempelby.example', action: 'exporterade tabell', details: { table: 'styrgrupp-siffror', format: 'xlsx', project: PROJECT } });
    expect(pdf).toMatchObject({ actor: 'eva.styrman@exempelby.example', action: 'exporterade rapport', details: { table: 'styrgrupp-rapport', format: 'pdf', project: PROJECT } });
  });
});
