import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportPath } from '@/lib/import/read-import-path';
import type { ImportTable, RawTable } from '@/lib/import/types';
import { validateTable } from './import-rows';

function table<T extends ImportTable>(
  name: T,
  columns: string[],
  ...rows: Array<Array<string | null>>
): RawTable & { table: T } {
  return {
    table: name,
    file: `${name}.csv`,
    columns,
    rows: rows.map((values, i) => ({
      line: i + 2,
      cells: Object.fromEntries(columns.map((c, j) => [c, values[j] ?? null])),
    })),
  };
}

const ASSESSMENT_COLUMNS = ['round_code', 'employee_id', 'requirement_code', 'level'];

describe('validateTable', () => {
  it('reads levels 0–4 and the no-answer words, and rejects anything else on the level column', () => {
    const result = validateTable(
      table(
        'assessments',
        ASSESSMENT_COLUMNS,
        ['R25', 'E1', 'K01', '0'],
        ['R25', 'E1', 'K02', ' Vet ej '],
        ['R25', 'E1', 'K03', 'EJ AKTUELLT'],
        ['R25', 'E1', 'K04', '-'],
        ['R25', 'E1', 'K05', null],
        ['R25', 'E1', 'K06', '7'],
        ['R25', 'E1', 'K07', '2.5'],
        ['R25', 'E1', 'K08', 'x'],
      ),
    );

    expect(result.rows.map((r) => r.value.level)).toEqual([0, null, null, null, null]);
    expect(result.rows[0]?.value).toEqual({
      roundCode: 'R25',
      employeeId: 'E1',
      requirementCode: 'K01',
      level: 0,
      source: 'self',
      assessedOn: null,
      unitCode: null,
      roleCode: null,
    });
    expect(result.problems).toEqual([7, 8, 9].map((line) => ({
      file: 'assessments.csv',
      line,
      column: 'level',
      reason: 'nivån måste vara 0–4 eller vet ej',
    })));
  });

  it('rejects dates that are not a real YYYY-MM-DD day', () => {
    const result = validateTable(
      table(
        'rounds',
        ['code', 'name', 'opens_on', 'closes_on'],
        ['R1', 'Vår', '2025-13-01', '2025-04-15'],
        ['R2', 'Vår', '2025-02-30', '2025-04-15'],
        ['R3', 'Vår', '2025-3-1', '2025-04-15'],
        ['R4', 'Vår', '2024-02-29', '2024-04-15'],
      ),
    );

    expect(result.problems.map((p) => [p.line, p.column, p.reason])).toEqual([
      [2, 'opens_on', 'ogiltigt datum, skriv ÅÅÅÅ-MM-DD'],
      [3, 'opens_on', 'ogiltigt datum, skriv ÅÅÅÅ-MM-DD'],
      [4, 'opens_on', 'ogiltigt datum, skriv ÅÅÅÅ-MM-DD'],
    ]);
    expect(result.rows).toEqual([
      {
        line: 5,
        value: { code: 'R4', name: 'Vår', opensOn: '2024-02-29', closesOn: '2024-04-15', kind: 'kombinerad' },
      },
    ]);
  });

  it('reports each missing required column once at line 1 and returns no rows', () => {
    const result = validateTable(table('people', ['employee_id', 'name', 'email'], ['E1', 'Åsa', null]));

    expect(result.rows).toEqual([]);
    expect(result.problems).toEqual([
      { file: 'people.csv', line: 1, column: 'unit_code', reason: 'kolumnen saknas' },
      { file: 'people.csv', line: 1, column: 'role_code', reason: 'kolumnen saknas' },
    ]);
  });

  it('gives weight 1 when the column or the cell is empty, and checks the range', () => {
    const withoutColumn = validateTable(
      table('role_requirements', ['role_code', 'requirement_code', 'required_level'], ['USK', 'K01', '3']),
    );
    expect(withoutColumn.rows[0]?.value).toEqual({
      roleCode: 'USK',
      requirementCode: 'K01',
      requiredLevel: 3,
      weight: 1,
    });

    const withCells = validateTable(
      table(
        'role_requirements',
        ['role_code', 'requirement_code', 'required_level', 'weight'],
        ['USK', 'K01', '4', null],
        ['USK', 'K02', '0', '4'],
      ),
    );
    expect(withCells.rows.map((r) => r.value.weight)).toEqual([1]);
    expect(withCells.problems.map((p) => [p.line, p.column, p.reason])).toEqual([
      [3, 'required_level', 'måste vara ett heltal 1–4'],
      [3, 'weight', 'måste vara ett heltal 1–3'],
    ]);
  });

  it('accepts enum values in any case and with Swedish letters', () => {
    const units = validateTable(
      table(
        'units',
        ['code', 'name', 'parent_code', 'kind'],
        ['A', 'Vård- och omsorg', null, 'Förvaltning'],
        ['B', 'Centrum', 'A', ' OMRÅDE '],
        ['C', 'Solgården', 'B', null],
        ['D', 'Fel', 'B', 'avdelning'],
      ),
    );
    expect(units.rows.map((r) => r.value.kind)).toEqual(['forvaltning', 'omrade', 'enhet']);
    expect(units.problems).toEqual([
      {
        file: 'units.csv',
        line: 5,
        column: 'kind',
        reason: 'måste vara region, kommun, forvaltning, omrade eller enhet',
      },
    ]);

    const people = validateTable(
      table(
        'people',
        ['employee_id', 'name', 'unit_code', 'role_code', 'employment'],
        ['E1', 'Märta', 'C', 'USK', 'Timanställd'],
      ),
    );
    expect(people.rows[0]?.value.employment).toBe('timanstalld');
  });

  it('reports empty required cells and dates in the wrong order on their own columns', () => {
    const result = validateTable(
      table(
        'people',
        ['employee_id', 'name', 'unit_code', 'role_code', 'start_date', 'end_date'],
        ['E1', null, 'C', null, '2025-01-01', '2025-02-01'],
        ['E2', 'Per', 'C', 'USK', '2025-05-01', '2025-04-30'],
        ['E3', 'Ida', 'C', 'USK', '2025-99-01', '2025-04-30'],
      ),
    );
    expect(result.rows).toEqual([]);
    // A bad start date is reported once, not again as an order problem on end_date.
    expect(result.problems.map((p) => [p.line, p.column, p.reason])).toEqual([
      [2, 'name', 'måste fyllas i'],
      [2, 'role_code', 'måste fyllas i'],
      [3, 'end_date', 'slutdatumet ligger före startdatumet'],
      [4, 'start_date', 'ogiltigt datum, skriv ÅÅÅÅ-MM-DD'],
    ]);
  });

  it('reads course hours with a decimal comma and refuses negative ones', () => {
    const result = validateTable(
      table(
        'courses',
        ['code', 'name', 'format', 'hours'],
        ['LAK', 'Läkemedel', 'Digital', '1,5'],
        ['HYG', 'Hygien', 'fysisk', null],
        ['BAD', 'Fel', 'blandad', '-2'],
      ),
    );
    expect(result.rows.map((r) => [r.value.code, r.value.format, r.value.hours])).toEqual([
      ['LAK', 'digital', 1.5],
      ['HYG', 'fysisk', null],
    ]);
    expect(result.problems.map((p) => [p.line, p.column])).toEqual([[4, 'hours']]);
  });

  it('accepts every row of the sample export', async () => {
    const parsed = await readImportPath(path.resolve(__dirname, '../../../shared/data/sample/data'));
    let rows = 0;
    for (const raw of Object.values(parsed.tables)) {
      const result = validateTable(raw);
      expect(result.problems).toEqual([]);
      rows += result.rows.length;
    }
    expect(rows).toBe(4452);
    const people = validateTable(parsed.tables.people!);
    expect(people.rows[0]?.value).toMatchObject({ employeeId: 'E10004', employment: 'timanstalld', endDate: null });
  });
});
