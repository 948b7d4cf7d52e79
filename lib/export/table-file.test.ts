import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { escapeCell, toCsv, toXlsx, type ExportTable } from './table-file';

const TABLE: ExportTable<{ name: string; share: number | null }> = {
  title: 'Krav i Åsgården',
  about: ['Omgång: Kartläggning 2026', 'Uttaget: 2026-11-23'],
  columns: [
    { header: 'Krav', value: (r) => r.name },
    { header: 'Når kraven', value: (r) => r.share },
  ],
  rows: [
    { name: 'Bemötande', share: 0.625 },
    { name: '=HYPERLINK("http://x")', share: null },
    { name: '-1+2', share: 1 },
  ],
};

describe('table export', () => {
  it('escapes text that a spreadsheet would run as a formula, and nothing else', () => {
    expect(escapeCell('=1+1')).toBe("'=1+1");
    expect(escapeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(escapeCell('+46 70')).toBe("'+46 70");
    expect(escapeCell('Bemötande')).toBe('Bemötande');
    expect(escapeCell(-3)).toBe(-3);
  });

  it('writes Swedish Excel CSV: BOM, semicolons, decimal comma, the filters above the table', () => {
    const csv = toCsv(TABLE);
    expect(csv.startsWith('\uFEFFKrav i Åsgården\r\n')).toBe(true);
    const rows = Papa.parse<string[]>(csv.slice(1), { delimiter: ';' }).data;
    expect(rows[1]).toEqual(['Omgång: Kartläggning 2026']);
    expect(rows[4]).toEqual(['Krav', 'Når kraven']);
    expect(rows[5]).toEqual(['Bemötande', '0,625']);
    expect(rows[6]).toEqual(["'=HYPERLINK(\"http://x\")", '']);
    expect(rows[7]).toEqual(["'-1+2", '1']);
  });

  it('writes an XLSX sheet with numbers as numbers and formulas as text', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await toXlsx(TABLE)).buffer as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('Krav i Åsgården');
    expect(sheet.getCell('B6').value).toBe(0.625);
    expect(sheet.getCell('A7').value).toBe("'=HYPERLINK(\"http://x\")");
  });
});
