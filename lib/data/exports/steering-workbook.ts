import 'server-only';
import ExcelJS from 'exceljs';
import { getDb } from '@/db/client';
import { writeAudit } from '@/db/writes/audit';
import { actorLabel, type Viewer } from '@/lib/auth/viewer';
import { escapeCell } from '@/lib/export/table-file';
import { INDICATOR_DEFAULT_NAME, STATUS_LABEL, type GroupFigure, type IndicatorScale } from '@/lib/domain/indicators';
import { formatDateRange } from '@/lib/format/date';
import { formatDateTime } from '@/lib/format/date-time';
import { getSteeringView, type SteeringView } from '../steering';
import type { SteeringIndicator } from '../steering-types';
import { todayInSweden } from '@/lib/clock/clock';
import type { ExportFile } from './export-file';

/**
 * The numbers behind every chart of the steering page, in the shape of a progress report
 * (lägesrapport): a summary, one row per indicator, the spread over units and the
 * participants' gender split. The figures are the page's own (getSteeringView), already
 * suppressed: a withheld figure is the words "visas inte", never a number, and has no n.
 */

type Cell = string | number | null;

// Excel shows these with the reader's decimal comma: "64%", "42", "0,3 steg".
const NUMBER_FORMAT: Record<IndicatorScale, string> = { share: '0%', count: '0', steps: '0.0 "steg"' };
const SCALE_LABEL: Record<IndicatorScale, string> = { share: 'andel', count: 'antal', steps: 'nivåsteg' };

/** The k rule in the words of the steering page. */
function kRule(k: number): string {
  return `Siffror från färre än ${k} personer visas aldrig, och inte heller siffror som skulle göra det möjligt att räkna fram dem.`;
}

function withheldText(k: number): string {
  return `visas inte (skyddar grupper under ${k})`;
}

/** A figure's value and n as cells: numbers, the withheld words, or empty where nothing was measured. */
function figureCells(figure: GroupFigure, k: number): [Cell, Cell] {
  if (figure.withheld) return [withheldText(k), null];
  return [figure.value, figure.n];
}

interface SheetColumn {
  header: string;
  width: number;
  /** Number format of the numeric cells of this column, per row. */
  format?: (row: number) => string | undefined;
}

function addTable(book: ExcelJS.Workbook, name: string, columns: SheetColumn[], rows: Cell[][]): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  rows.forEach((cells, i) => {
    const row = sheet.addRow(cells.map(escapeCell));
    columns.forEach((c, col) => {
      const format = c.format?.(i);
      if (format && typeof cells[col] === 'number') row.getCell(col + 1).numFmt = format;
    });
  });
  return sheet;
}

function summarySheet(book: ExcelJS.Workbook, v: SteeringView): void {
  const sheet = book.addWorksheet('Sammanfattning');
  sheet.columns = [{ width: 34 }, { width: 110 }];
  const line = (label: string, value: Cell, format?: string) => {
    const row = sheet.addRow([escapeCell(label), escapeCell(value)]);
    row.getCell(1).font = { bold: true };
    if (format && typeof value === 'number') row.getCell(2).numFmt = format;
    return row;
  };
  const title = sheet.addRow([escapeCell(`Lägesrapport – ${v.project.name}`)]);
  title.font = { bold: true, size: 14 };
  sheet.addRow([]);
  line('Projekt', v.project.name);
  line('Projektkod', v.project.code);
  line('Diarienummer', v.project.diaryNumber ?? '–');
  line('Projektperiod', formatDateRange(v.project.startsOn, v.project.endsOn));
  line('Andel av projekttiden som gått', v.elapsed, '0%');
  line('Planerade deltagare', v.project.plannedParticipants);
  line('Data per', formatDateTime(v.dataAsOf));
  line('Ögonblicksbild', v.snapshot ? `${v.snapshot.label} (fryst ${formatDateTime(v.snapshot.frozenAt)} av ${v.snapshot.frozenBy})` : 'Nej, aktuella siffror');
  line('Uttaget', todayInSweden());
  line('Minsta gruppstorlek', kRule(v.k));
  const statuses = (Object.keys(STATUS_LABEL) as Array<keyof typeof STATUS_LABEL>)
    .map((s) => [STATUS_LABEL[s], v.indicators.filter((i) => i.status === s).length] as const)
    .filter(([, n]) => n > 0);
  line('Status i korthet', statuses.length ? statuses.map(([label, n]) => `${label}: ${n}`).join(', ') : 'Projektet har inga indikatorer ännu.');
  sheet.addRow([]);
  sheet.addRow([escapeCell('Så bedöms status')]).font = { bold: true };
  for (const rule of v.statusRules) sheet.addRow([null, escapeCell(rule)]);
  sheet.addRow([]);
  sheet.addRow([escapeCell(v.comparedWith ? `Störst förändring sedan ${v.comparedWith.label}` : 'Störst förändring sedan förra mötet')]).font = { bold: true };
  if (v.changes.length === 0) sheet.addRow([null, escapeCell(v.comparedWith ? 'Inga visade siffror har ändrats.' : 'Det finns ingen tidigare ögonblicksbild att jämföra med.')]);
  for (const c of v.changes) {
    const row = sheet.addRow([escapeCell(c.name), escapeCell(`${SCALE_LABEL[c.scale]}: från`), c.before, 'till', c.now, 'förändring', c.delta]);
    for (const col of [3, 5, 7]) row.getCell(col).numFmt = NUMBER_FORMAT[c.scale];
  }
  sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
}

function indicatorRows(v: SteeringView): { rows: Cell[][]; scales: IndicatorScale[] } {
  const rows = v.indicators.map((i: SteeringIndicator): Cell[] => [
    i.name,
    INDICATOR_DEFAULT_NAME[i.kind],
    SCALE_LABEL[i.scale],
    i.target,
    i.baseline.label,
    ...figureCells(i.baseline.figure, v.k),
    i.current.label,
    ...figureCells(i.current.figure, v.k),
    STATUS_LABEL[i.status],
    i.statusReason,
  ]);
  return { rows, scales: v.indicators.map((i) => i.scale) };
}

/** The workbook of a steering view. */
async function steeringWorkbook(v: SteeringView): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Kompetenskartan';
  book.created = new Date(v.dataAsOf);
  summarySheet(book, v);

  const { rows, scales } = indicatorRows(v);
  const byRow = (i: number) => NUMBER_FORMAT[scales[i] ?? 'count'];
  addTable(
    book,
    'Indikatorer',
    [
      { header: 'Indikator', width: 44 },
      { header: 'Typ', width: 36 },
      { header: 'Skala', width: 10 },
      { header: 'Mål', width: 10, format: byRow },
      { header: 'Utgångsläge', width: 26 },
      { header: 'Utgångsläge, värde', width: 20, format: byRow },
      { header: 'Utgångsläge, antal personer', width: 16, format: () => '0' },
      { header: 'Uppföljning', width: 26 },
      { header: 'Uppföljning, värde', width: 20, format: byRow },
      { header: 'Uppföljning, antal personer', width: 16, format: () => '0' },
      { header: 'Status', width: 18 },
      { header: 'Varför', width: 80 },
    ],
    rows,
  );

  const spread = v.indicators.flatMap((i) => i.spread.map((s) => ({ scale: i.scale, cells: [i.name, s.unit.code, s.unit.name, ...figureCells(s.figure, v.k)] as Cell[] })));
  addTable(
    book,
    'Spridning',
    [
      { header: 'Indikator', width: 44 },
      { header: 'Enhetskod', width: 16 },
      { header: 'Enhet', width: 40 },
      { header: 'Värde', width: 20, format: (r) => NUMBER_FORMAT[spread[r]?.scale ?? 'count'] },
      { header: 'Antal personer', width: 16, format: () => '0' },
    ],
    spread.map((s) => s.cells),
  );

  const split = v.indicators.flatMap((i) => (i.split ?? []).map((s) => ({ scale: i.scale, cells: [i.name, s.label, ...figureCells(s.figure, v.k)] as Cell[] })));
  const participants = addTable(
    book,
    'Deltagare',
    [
      { header: 'Indikator', width: 44 },
      { header: 'Kön', width: 18 },
      { header: 'Värde', width: 20, format: (r) => NUMBER_FORMAT[split[r]?.scale ?? 'count'] },
      { header: 'Antal personer', width: 16, format: () => '0' },
    ],
    split.map((s) => s.cells),
  );
  if (split.length === 0) participants.addRow(['Personalregistret har inga uppgifter om kön för projektets deltagare.']);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/**
 * The steering page's figures as an XLSX progress report (`siffror.xlsx`): the same access as
 * the page (getSteeringView), audited like every export.
 */
export async function exportSteeringWorkbook(viewer: Viewer, args: { project: string; snapshot?: number | null }): Promise<ExportFile> {
  const view = await getSteeringView(viewer, args);
  const body = await steeringWorkbook(view);
  await writeAudit(await getDb(), {
    actorUserId: viewer.kind === 'user' ? viewer.userId : null,
    actor: actorLabel(viewer),
    action: 'exporterade tabell',
    details: { table: 'styrgrupp-siffror', format: 'xlsx', rows: view.indicators.length, project: view.project.code, snapshot: view.snapshot?.id ?? null },
  });
  return {
    filename: steeringFilename(view.project.code, 'xlsx'),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body,
  };
}

/** `styrgrupp-<project code>-<today>.<ext>`; the code kept to letters, digits, - and _ for Content-Disposition. */
export function steeringFilename(projectCode: string, ext: 'pdf' | 'xlsx'): string {
  return `styrgrupp-${projectCode.replace(/[^A-Za-z0-9_-]/g, '_')}-${todayInSweden()}.${ext}`;
}
