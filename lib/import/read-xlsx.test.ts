import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readImportFiles } from './read-import';

async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('xlsx workbook', () => {
  it('reads typed cells as the text a CSV would hold', async () => {
    const data = await workbookBytes((wb) => {
      const rounds = wb.addWorksheet(' Rounds ');
      rounds.addRow(['Code', 'name', 'opens_on', 'closes_on', 'Comment']);
      rounds.addRow(['R25', 'Våren 2025', new Date(Date.UTC(2025, 2, 21)), '2025-04-15', 'x']);
      rounds.addRow([]);
      rounds.addRow(['R26', { richText: [{ text: 'Våren ' }, { text: '2026', font: { bold: true } }] }, null, null]);

      const weights = wb.addWorksheet('role_requirements');
      weights.addRow(['role_code', 'requirement_code', 'required_level', 'weight']);
      weights.addRow(['USK', 'K01', 3, { formula: '1+1', result: 2 }]);
      weights.addRow(['=HACK()', '+K02', 2.5, { error: '#N/A' }]);

      const people = wb.addWorksheet('people');
      people.addRow(['employee_id', 'name', 'unit_code', 'role_code', 'email', 'employment']);
      people.addRow([
        'E1',
        'Åsa Öberg',
        'ENH',
        'USK',
        { text: 'asa@example.se', hyperlink: 'mailto:asa@example.se' },
        true,
      ]);

      wb.addWorksheet('Blad1').addRow(['whatever']);
    });

    const result = await readImportFiles([{ name: 'import.xlsx', data }]);

    expect(result.problems).toEqual([]);
    const rounds = result.tables.rounds;
    expect(rounds?.file).toBe('import.xlsx:Rounds');
    expect(rounds?.columns).toEqual(['code', 'name', 'opens_on', 'closes_on']);
    expect(rounds?.rows[0]).toEqual({
      line: 2,
      cells: { code: 'R25', name: 'Våren 2025', opens_on: '2025-03-21', closes_on: '2025-04-15' },
    });
    // The empty Excel row 3 is skipped; line numbers stay Excel's row numbers.
    expect(rounds?.rows[1]).toEqual({
      line: 4,
      cells: { code: 'R26', name: 'Våren 2026', opens_on: null, closes_on: null },
    });

    const weights = result.tables.role_requirements?.rows ?? [];
    expect(weights[0]?.cells).toEqual({
      role_code: 'USK',
      requirement_code: 'K01',
      required_level: '3',
      weight: '2',
    });
    // Formula-looking text stays text; an error cell is empty.
    expect(weights[1]?.cells).toEqual({
      role_code: '=HACK()',
      requirement_code: '+K02',
      required_level: '2.5',
      weight: null,
    });

    expect(result.tables.people?.rows[0]?.cells.email).toBe('asa@example.se');
    expect(result.tables.people?.rows[0]?.cells.employment).toBe('true');
    expect(result.warnings).toContain('import.xlsx:Rounds: okänd kolumn "comment" ignoreras');
    expect(result.warnings.some((w) => w.startsWith('import.xlsx:Blad1:'))).toBe(true);
  });

  it('reports a corrupt workbook as a problem', async () => {
    const data = new TextEncoder().encode('not a workbook at all');
    const result = await readImportFiles([{ name: 'trasig.xlsx', data }]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'trasig.xlsx', line: 0, column: null });
    expect(result.tables).toEqual({});
  });
});
