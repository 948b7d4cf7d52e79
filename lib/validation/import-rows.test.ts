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

  it('reads gender in any case and refuses anything but kvinna, man or annat', () => {
    const result = validateTable(
      table(
        'people',
        ['employee_id', 'name', 'unit_code', 'role_code', 'gender'],
        ['E1', 'Åsa', 'C', 'USK', 'Kvinna'],
        ['E2', 'Per', 'C', 'USK', 'MAN'],
        ['E3', 'Kim', 'C', 'USK', 'annat'],
        ['E4', 'Ida', 'C', 'USK', null],
        ['E5', 'Bo', 'C', 'USK', 'x'],
        ['E6', 'Li', 'C', 'USK', 'k'],
      ),
    );
    expect(result.rows.map((r) => r.value.gender)).toEqual(['kvinna', 'man', 'annat', null]);
    expect(result.problems).toEqual([6, 7].map((line) => ({
      file: 'people.csv',
      line,
      column: 'gender',
      reason: 'gender ska vara kvinna, man eller annat',
    })));
  });

  it('reads what a course qualifies as, språkombud with or without å, and a project’s diary number', () => {
    const courses = validateTable(
      table(
        'courses',
        ['code', 'name', 'format', 'qualifies_as'],
        ['H', 'Handledarutbildning', 'fysisk', 'Handledare'],
        ['S1', 'Språkombud', 'blandad', 'språkombud'],
        ['S2', 'Språkombud', 'blandad', 'SPRAKOMBUD'],
        ['D', 'Digital', 'digital', null],
        ['X', 'Fel', 'digital', 'chef'],
      ),
    );
    expect(courses.rows.map((r) => r.value.qualifiesAs)).toEqual(['handledare', 'sprakombud', 'sprakombud', null]);
    expect(courses.problems).toEqual([{ file: 'courses.csv', line: 6, column: 'qualifies_as', reason: 'måste vara handledare eller sprakombud' }]);

    const projects = validateTable(
      table('projects', ['code', 'name', 'starts_on', 'ends_on', 'diary_number'], ['P', 'Projekt', '2025-01-01', '2026-12-31', 'ESF 2024/00321']),
    );
    expect(projects.rows[0]?.value).toMatchObject({ code: 'P', diaryNumber: 'ESF 2024/00321', plannedParticipants: null });
  });

  it('checks project indicators: kind, target, and what belongs to one kind only', () => {
    const columns = ['project_code', 'code', 'kind', 'target', 'baseline_round', 'follow_up_round', 'area', 'question_code', 'position'];
    const result = validateTable(
      table(
        'project_indicators',
        columns,
        ['P', 'starkt', 'Strengthened', '0,75', 'R25', 'R26', null, null, '2'],
        ['P', 'gap', 'gap_closure', '0.3', 'R25', 'R26', 'Hälsofrämjande arbete', null, null],
        ['P', 'fraga', 'effect_question', '0.6', 'R25', 'R26', null, 'introduction', null],
        ['P', 'hand', 'supervisors', '40', null, null, null, null, null],
        ['P', 'fel', 'happiness', '1', null, null, null, null, null],
        ['P', 'utan', 'effect_question', '0.5', null, 'R26', null, null, null],
        ['P', 'procent', 'uptake', '70', null, null, null, null, null],
        ['P', 'text', 'participants', '70 %', null, null, null, null, null],
        ['P', 'omrade', 'uptake', '0.5', null, null, 'Hälsofrämjande arbete', 'strengthened', null],
        [null, 'x', 'participants', null, null, null, null, null, '-1'],
      ),
    );
    expect(result.rows.map((r) => r.value)).toEqual([
      {
        projectCode: 'P', code: 'starkt', kind: 'strengthened', name: null, target: 0.75, baselineRoundCode: 'R25',
        followUpRoundCode: 'R26', area: null, questionCode: null, position: 2,
      },
      {
        projectCode: 'P', code: 'gap', kind: 'gap_closure', name: null, target: 0.3, baselineRoundCode: 'R25',
        followUpRoundCode: 'R26', area: 'Hälsofrämjande arbete', questionCode: null, position: null,
      },
      {
        projectCode: 'P', code: 'fraga', kind: 'effect_question', name: null, target: 0.6, baselineRoundCode: 'R25',
        followUpRoundCode: 'R26', area: null, questionCode: 'introduction', position: null,
      },
      {
        projectCode: 'P', code: 'hand', kind: 'supervisors', name: null, target: 40, baselineRoundCode: null,
        followUpRoundCode: null, area: null, questionCode: null, position: null,
      },
    ]);
    expect(result.problems.map((p) => [p.line, p.column, p.reason])).toEqual([
      [6, 'kind', expect.stringMatching(/^måste vara participants, .* eller language_agents$/)],
      [7, 'question_code', 'en indikator av kind effect_question behöver question_code'],
      [8, 'target', 'målet är en andel och skrivs 0–1, t.ex. 0,7 för 70 %'],
      [9, 'target', 'måste vara ett tal, 0 eller mer, t.ex. 0,7 eller 40'],
      [10, 'question_code', 'question_code gäller bara kind effect_question'],
      [10, 'area', 'area gäller bara kind gap_closure'],
      [11, 'project_code', 'måste fyllas i'],
      [11, 'position', 'måste vara ett heltal, 0 eller mer'],
    ]);
  });

  it('reads introduction steps and completions', () => {
    const items = validateTable(table('introduction_items', ['code', 'name'], ['INTRO-1', 'Välkomstsamtal'], ['INTRO-2', null]));
    expect(items.rows.map((r) => r.value)).toEqual([{ code: 'INTRO-1', name: 'Välkomstsamtal' }]);
    expect(items.problems.map((p) => [p.line, p.column])).toEqual([[3, 'name']]);

    const done = validateTable(
      table(
        'introduction_completions',
        ['employee_id', 'item_code', 'completed_on'],
        ['E1', 'INTRO-1', '2025-03-04'],
        ['E1', 'INTRO-2', null],
        ['E2', null, '2025-13-01'],
      ),
    );
    expect(done.rows.map((r) => r.value)).toEqual([
      { employeeId: 'E1', itemCode: 'INTRO-1', completedOn: '2025-03-04' },
      { employeeId: 'E1', itemCode: 'INTRO-2', completedOn: null },
    ]);
    expect(done.problems.map((p) => [p.line, p.column])).toEqual([[4, 'item_code'], [4, 'completed_on']]);
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
