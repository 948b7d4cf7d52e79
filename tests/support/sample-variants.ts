import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import { SAMPLE_DIR } from './sample';

export function readSampleTable(file: string): { header: string[]; rows: string[][] } {
  const parsed = Papa.parse<string[]>(fs.readFileSync(path.join(SAMPLE_DIR, file), 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true });
  const [header, ...rows] = parsed.data;
  return { header: header ?? [], rows };
}

export function sampleFiles(): string[] {
  return fs.readdirSync(SAMPLE_DIR).filter((f) => f.endsWith('.csv')).sort();
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `kk-${prefix}-`));
}

/**
 * The sample as Swedish Excel writes it: `;` separators, CRLF, upper-case headers, a UTF-8
 * byte-order mark, and the people file in Windows-1252 (as many personnel systems export it).
 */
export function writeSwedishExcelCsv(dir: string): void {
  for (const file of sampleFiles()) {
    const { header, rows } = readSampleTable(file);
    const text = Papa.unparse([header.map((h) => h.toUpperCase()), ...rows], { delimiter: ';', newline: '\r\n' }) + '\r\n';
    const bytes = file === 'people.csv' ? iconv.encode(text, 'win1252') : Buffer.from(`\uFEFF${text}`, 'utf8');
    fs.writeFileSync(path.join(dir, file), bytes);
  }
}

const NUMERIC = new Set(['level', 'required_level', 'weight', 'value', 'hours', 'target_level', 'planned_participants']);
const DATE = /(_on|_date)$/;

/** The sample as one XLSX workbook, with numbers as numeric cells and dates as date cells. */
export async function writeSampleXlsx(file: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  for (const csv of sampleFiles()) {
    const { header, rows } = readSampleTable(csv);
    const sheet = workbook.addWorksheet(csv.replace(/\.csv$/, ''));
    sheet.addRow(header);
    for (const row of rows) {
      sheet.addRow(row.map((cell, i) => {
        const column = header[i] ?? '';
        if (cell === '') return null;
        if (NUMERIC.has(column) && /^\d+(\.\d+)?$/.test(cell)) return Number(cell);
        if (DATE.test(column) && /^\d{4}-\d{2}-\d{2}$/.test(cell)) return new Date(`${cell}T00:00:00Z`);
        return cell;
      }));
    }
    header.forEach((column, i) => {
      if (DATE.test(column)) sheet.getColumn(i + 1).numFmt = 'yyyy-mm-dd';
    });
  }
  await workbook.xlsx.writeFile(file);
}
