import ExcelJS from 'exceljs';
import Papa from 'papaparse';

export interface ExportColumn<R> {
  header: string;
  value: (row: R) => string | number | null;
}

export interface ExportTable<R> {
  title: string;
  /** Lines printed above the table: the filters, the date of the data, the k rule. */
  about: string[];
  columns: ReadonlyArray<ExportColumn<R>>;
  rows: readonly R[];
}

/**
 * A text cell a spreadsheet would read as a formula (=, +, -, @, tab, carriage return) gets a
 * leading apostrophe, so it stays text when opened. Numbers are left as numbers.
 */
export function escapeCell(value: string | number | null): string | number | null {
  if (typeof value !== 'string') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function matrix<R>(t: ExportTable<R>): Array<Array<string | number | null>> {
  return [
    [t.title],
    ...t.about.map((line) => [line]),
    [],
    t.columns.map((c) => c.header),
    ...t.rows.map((r) => t.columns.map((c) => escapeCell(c.value(r)))),
  ];
}

/** CSV as Swedish Excel opens it: `;` between cells, decimal comma, CRLF, a UTF-8 byte-order mark. */
export function toCsv<R>(t: ExportTable<R>): string {
  const cells = matrix(t).map((row) => row.map((v) => (typeof v === 'number' ? String(v).replace('.', ',') : (v ?? ''))));
  return `\uFEFF${Papa.unparse(cells, { delimiter: ';', newline: '\r\n' })}\r\n`;
}

/** One sheet with the same lines; numbers stay numeric cells. */
export async function toXlsx<R>(t: ExportTable<R>): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(t.title.slice(0, 31).replace(/[\\/?*[\]:]/g, ' '));
  for (const row of matrix(t)) sheet.addRow(row);
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(t.about.length + 3).font = { bold: true };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
