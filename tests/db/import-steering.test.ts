import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, sql, type DbHandle } from '@/db/client';
import { applyImport } from '@/db/import/apply-import';
import { seedDemo } from '@/db/seed/seed-demo';
import { generateDemo } from '@/lib/demo/generate-demo';
import { csv, importCsv } from '../support/csv-import';
import { snapshot } from '../support/db-snapshot';
import { runCli } from '../support/run-cli';
import { SAMPLE_DIR } from '../support/sample';
import { readSampleTable, tempDir } from '../support/sample-variants';
import { freshDatabase, TEST_DRIVERS } from '../support/test-database';
import { TEST_DAY } from '../support/test-day';

// The tables and columns the steering group's indicators need (README "Import files"), loaded
// on top of the shared sample through the command line and through the page's reader.

const INDICATOR_HEADER = 'project_code,code,kind,name,target,baseline_round,follow_up_round,area,question_code,position';

/** The sample's row of a person, with a gender column added. */
function personWithGender(employeeId: string, gender: string): string[] {
  const row = readSampleTable('people.csv').rows.find((r) => r[0] === employeeId);
  if (!row) throw new Error(`no ${employeeId} in the sample`);
  return [...row, gender];
}

function goodFiles(): Record<string, string> {
  const people = readSampleTable('people.csv');
  const project = readSampleTable('projects.csv');
  return {
    'people.csv': csv(`${people.header.join(',')},gender`, [personWithGender('E10004', 'Kvinna'), personWithGender('E10007', 'man')]),
    'courses.csv': csv('code,name,format,hours,qualifies_as', [
      // HAND-F is in the sample: it gains qualifies_as; SPRAK-B is new.
      ['HAND-F', 'Handledarutbildning', 'fysisk', 40, 'handledare'],
      ['SPRAK-B', 'Språkombudsutbildning', 'blandad', 16, 'språkombud'],
    ]),
    'projects.csv': csv(`${project.header.join(',')},diary_number`, [[...(project.rows[0] ?? []), 'ESF 2024/00321']]),
    // The target of `starkt` has a decimal comma, so that cell is quoted.
    'project_indicators.csv': [
      INDICATOR_HEADER,
      'ESF-STARK,deltagare,participants,,300,,,,,1',
      'ESF-STARK,starkt,strengthened,,"0,75",R25,R26,,,2',
      'ESF-STARK,gap,gap_closure,Minskat gap,0.3,R25,R26,Hälsofrämjande arbete,,3',
      'ESF-STARK,fraga,effect_question,,0.6,R25,R26,,introduction,',
      'ESF-STARK,hand,supervisors,,40,,,,,5',
      '',
    ].join('\n'),
    'introduction_items.csv': csv('code,name', [['INTRO-1', 'Välkomstsamtal med chef'], ['INTRO-2', 'Basala hygienrutiner']]),
    'introduction_completions.csv': csv('employee_id,item_code,completed_on', [
      ['E10004', 'INTRO-1', '2023-01-20'],
      ['E10004', 'INTRO-2', null],
      ['E10007', 'INTRO-1', '2025-11-24'],
    ]),
  };
}

function writeFiles(files: Record<string, string>, prefix: string): string {
  const dir = tempDir(prefix);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

/** The files with one line replaced (1-based, header = 1) or appended. */
function withLine(files: Record<string, string>, file: string, line: number | 'append', text: string): Record<string, string> {
  const lines = (files[file] ?? '').replace(/\n$/, '').split('\n');
  if (line === 'append') lines.push(text);
  else lines[line - 1] = text;
  return { ...files, [file]: `${lines.join('\n')}\n` };
}

describe.each(TEST_DRIVERS)('importing steering data on $name', (driver) => {
  let handle: DbHandle;
  let good: string;
  beforeAll(async () => {
    handle = await freshDatabase(driver);
    expect((await runCli(['import', SAMPLE_DIR, '--json'])).code).toBe(0);
    good = writeFiles(goodFiles(), 'steering-good');
  });
  afterAll(async () => {
    await handle.close();
  });

  it('a dry run of good files reports what would be created and stores nothing', async () => {
    const before = await snapshot(handle.db);
    const r = await runCli(['import', good, '--dry-run', '--json']);
    expect(r.code, r.stdout).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      dryRun: true,
      rejected: [],
      created: { courses: 1, project_indicators: 5, introduction_items: 2, introduction_completions: 3 },
      updated: { people: 2, courses: 1, projects: 1 },
    });
    expect(await snapshot(handle.db)).toEqual(before);
  });

  it('loads a good row of every new table and column', async () => {
    const r = await runCli(['import', good, '--json']);
    expect(r.code, r.stdout).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      rejected: [],
      created: { courses: 1, project_indicators: 5, introduction_items: 2, introduction_completions: 3 },
      updated: { people: 2, courses: 1, projects: 1 },
    });
    const db = handle.db;
    expect(await queryRows(db, sql`select employee_id, gender from people where gender is not null order by employee_id`))
      .toEqual([{ employee_id: 'E10004', gender: 'kvinna' }, { employee_id: 'E10007', gender: 'man' }]);
    expect(await queryRows(db, sql`select code, qualifies_as from courses where qualifies_as is not null order by code`))
      .toEqual([{ code: 'HAND-F', qualifies_as: 'handledare' }, { code: 'SPRAK-B', qualifies_as: 'sprakombud' }]);
    expect(await queryRows(db, sql`select diary_number from projects where code = 'ESF-STARK'`)).toEqual([{ diary_number: 'ESF 2024/00321' }]);
    expect(await queryRows(db, sql`
      select i.code, i.kind, i.name, i.target, b.code as baseline, f.code as follow_up, i.area, q.code as question, i.position
      from project_indicators i join projects p on p.id = i.project_id
      left join rounds b on b.id = i.baseline_round_id left join rounds f on f.id = i.follow_up_round_id
      left join effect_questions q on q.id = i.question_id
      where p.code = 'ESF-STARK' order by i.position, i.code`)).toEqual([
      { code: 'fraga', kind: 'effect_question', name: null, target: 0.6, baseline: 'R25', follow_up: 'R26', area: null, question: 'introduction', position: 0 },
      { code: 'deltagare', kind: 'participants', name: null, target: 300, baseline: null, follow_up: null, area: null, question: null, position: 1 },
      { code: 'starkt', kind: 'strengthened', name: null, target: 0.75, baseline: 'R25', follow_up: 'R26', area: null, question: null, position: 2 },
      { code: 'gap', kind: 'gap_closure', name: 'Minskat gap', target: 0.3, baseline: 'R25', follow_up: 'R26', area: 'Hälsofrämjande arbete', question: null, position: 3 },
      { code: 'hand', kind: 'supervisors', name: null, target: 40, baseline: null, follow_up: null, area: null, question: null, position: 5 },
    ]);
    expect(await queryRows(db, sql`
      select p.employee_id, i.code, c.completed_on::text as completed_on from introduction_completions c
      join people p on p.id = c.person_id join introduction_items i on i.id = c.item_id order by p.employee_id, i.code`)).toEqual([
      { employee_id: 'E10004', code: 'INTRO-1', completed_on: '2023-01-20' },
      { employee_id: 'E10004', code: 'INTRO-2', completed_on: null },
      { employee_id: 'E10007', code: 'INTRO-1', completed_on: '2025-11-24' },
    ]);
  });

  it('changes nothing when the same files are imported again, by command line or by the page', async () => {
    const before = await snapshot(handle.db);
    const r = await runCli(['import', good, '--json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({ created: {}, updated: {} });
    expect(result.unchanged).toMatchObject({ people: 2, courses: 2, projects: 1, project_indicators: 5, introduction_items: 2, introduction_completions: 3 });
    const page = await importCsv(goodFiles());
    expect(page).toMatchObject({ created: {}, updated: {}, rejected: [] });
    expect(await snapshot(handle.db)).toEqual(before);
  });

  it('an empty position keeps an indicator where it is; a changed cell updates it in place', async () => {
    const moved = withLine(goodFiles(), 'project_indicators.csv', 6, 'ESF-STARK,hand,supervisors,Utbildade handledare,45,,,,,');
    const r = await importCsv(moved);
    expect(r).toMatchObject({ rejected: [], created: {}, updated: { project_indicators: 1 } });
    expect(await queryRows(handle.db, sql`select name, target, position from project_indicators where code = 'hand'`))
      .toEqual([{ name: 'Utbildade handledare', target: 45, position: 5 }]);
  });

  it('rejects bad rows with file, line and column, and stores nothing', async () => {
    let files = goodFiles();
    files = withLine(files, 'people.csv', 3, personWithGender('E10007', 'x').join(','));
    files = withLine(files, 'courses.csv', 3, 'SPRAK-B,Språkombudsutbildning,blandad,16,tolk');
    files = withLine(files, 'project_indicators.csv', 2, 'ESF-STARK,deltagare,happiness,,300,,,,,1');
    files = withLine(files, 'project_indicators.csv', 3, 'ESF-STARK,starkt,strengthened,,0.75,R99,R26,,,2');
    files = withLine(files, 'project_indicators.csv', 5, 'ESF-STARK,fraga,effect_question,,0.6,R25,R26,,,');
    files = withLine(files, 'project_indicators.csv', 'append', 'ESF-STARK,fraga2,effect_question,,0.6,R25,R26,,no_such_question,');
    files = withLine(files, 'project_indicators.csv', 'append', 'NOPE,x,participants,,10,,,,,');
    files = withLine(files, 'project_indicators.csv', 'append', 'ESF-STARK,hand,supervisors,,41,,,,,');
    files = withLine(files, 'introduction_completions.csv', 4, 'E10007,INTRO-9,2025-11-24');
    files = withLine(files, 'introduction_completions.csv', 'append', 'E99999,INTRO-1,2025-11-24');
    const broken = writeFiles(files, 'steering-broken');

    const before = await snapshot(handle.db);
    const r = await runCli(['import', broken, '--json']);
    expect(r.code).toBe(1);
    const { rejected, created, updated } = JSON.parse(r.stdout);
    const where = rejected.map((p: { file: string; line: number; column: string; reason: string }) => `${p.file}:${p.line}:${p.column}: ${p.reason}`);
    expect(where).toEqual([
      'people.csv:3:gender: gender ska vara kvinna, man eller annat',
      'courses.csv:3:qualifies_as: måste vara handledare eller sprakombud',
      expect.stringMatching(/^project_indicators\.csv:2:kind: måste vara participants, /),
      'project_indicators.csv:3:baseline_round: okänd omgång R99',
      'project_indicators.csv:5:question_code: en indikator av kind effect_question behöver question_code',
      'project_indicators.csv:7:question_code: okänd effektfråga no_such_question',
      'project_indicators.csv:8:project_code: okänt projekt NOPE',
      'project_indicators.csv:9:code: samma nyckel finns redan på rad 6',
      'introduction_completions.csv:4:item_code: okänt introduktionssteg INTRO-9',
      'introduction_completions.csv:5:employee_id: okänd person (employee_id) E99999',
    ]);
    expect(created).toEqual({});
    expect(updated).toEqual({});
    expect(await snapshot(handle.db)).toEqual(before);

    const text = await runCli(['import', broken]);
    expect(text.stdout).toMatch(/introduction_completions\.csv:4: item_code: okänt introduktionssteg INTRO-9/);
  });
});

describe.each(TEST_DRIVERS)('the demo’s steering data on $name', (driver) => {
  let handle: DbHandle;
  beforeAll(async () => {
    handle = await freshDatabase(driver);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('loads through the import, and loading it again changes nothing', async () => {
    const first = await seedDemo(handle.db);
    const demo = generateDemo(TEST_DAY);
    const completions = demo.tables.introduction_completions?.rows.length ?? 0;
    expect(first.created).toMatchObject({ project_indicators: 8, introduction_items: 5, introduction_completions: completions });
    const [project] = await queryRows<{ diary_number: string; indicators: number }>(handle.db, sql`
      select p.diary_number, (select count(*)::int from project_indicators i where i.project_id = p.id) as indicators
      from projects p where p.code = 'ESF-STARK'`);
    expect(project).toEqual({ diary_number: 'ESF 2024/00321', indicators: 8 });
    const before = await snapshot(handle.db);
    const again = await applyImport(handle.db, demo, { dryRun: false });
    expect(again).toMatchObject({ rejected: [], created: {}, updated: {} });
    expect(again.unchanged).toMatchObject({ project_indicators: 8, introduction_items: 5, introduction_completions: completions });
    expect(await snapshot(handle.db)).toEqual(before);
  });
});
