import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readImportFiles } from './read-import';
import { readImportPath } from './read-import-path';

const utf8 = (text: string) => new TextEncoder().encode(text);

function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'kk-import-'));
}

describe('CSV files', () => {
  it('reads a Windows-1252 file with ;, CRLF and upper-case headers as Swedish Excel writes it', async () => {
    const dir = tempDir();
    const text =
      'EMPLOYEE_ID;Name;Unit_Code;ROLE_CODE\r\n' +
      'E1;Åsa Öberg;ENH-1;USK\r\n' +
      'E2;Märta Ärlig;ENH-1;USK\r\n';
    writeFileSync(path.join(dir, 'People.csv'), iconv.encode(text, 'win1252'));

    const result = await readImportPath(dir);

    const people = result.tables.people;
    expect(result.problems).toEqual([]);
    expect(people?.file).toBe('People.csv');
    expect(people?.columns).toEqual(['employee_id', 'name', 'unit_code', 'role_code']);
    expect(people?.rows.map((r) => r.cells.name)).toEqual(['Åsa Öberg', 'Märta Ärlig']);
    expect(people?.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('keeps a UTF-8 byte-order mark out of the first column name', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf]);
    const body = utf8('code,name\nUSK,Undersköterska\n');
    const data = new Uint8Array([...bom, ...body]);

    const result = await readImportFiles([{ name: 'roles.csv', data }]);

    expect(result.tables.roles?.columns).toEqual(['code', 'name']);
    expect(result.tables.roles?.rows[0]?.cells).toEqual({ code: 'USK', name: 'Undersköterska' });
  });

  it('reads quoted fields with "" escapes, separators and newlines, numbering lines by record', async () => {
    const text =
      'code;name;description\n' +
      'K01;"Bemötande; samtal";"Säger ""hej"" och\nlyssnar"\n' +
      '\n' +
      'K02;  Demens  ;\n';

    const result = await readImportFiles([{ name: 'requirements.csv', data: utf8(text) }]);

    const rows = result.tables.requirements?.rows ?? [];
    expect(rows[0]).toEqual({
      line: 2,
      cells: { code: 'K01', name: 'Bemötande; samtal', description: 'Säger "hej" och\nlyssnar' },
    });
    // The blank record is skipped but still counts, as in a spreadsheet.
    expect(rows[1]).toEqual({ line: 4, cells: { code: 'K02', name: 'Demens', description: null } });
    expect(rows).toHaveLength(2);
  });

  it('detects , from the header even when data rows hold ;', async () => {
    const text = 'code,name\nR1,"Grupp; kväll"\n';
    const result = await readImportFiles([{ name: 'roles.csv', data: utf8(text) }]);
    expect(result.tables.roles?.rows[0]?.cells.name).toBe('Grupp; kväll');
  });

  it('warns about unknown columns and files and leaves them out', async () => {
    const result = await readImportFiles([
      { name: 'roles.csv', data: utf8('code,name,Foo\nUSK,Undersköterska,x\n') },
      { name: 'notes.csv', data: utf8('a,b\n1,2\n') },
    ]);

    expect(result.tables.roles?.columns).toEqual(['code', 'name']);
    expect(result.tables.roles?.rows[0]?.cells).toEqual({ code: 'USK', name: 'Undersköterska' });
    expect(result.warnings).toContain('roles.csv: okänd kolumn "foo" ignoreras');
    expect(result.warnings.some((w) => w.startsWith('notes.csv:'))).toBe(true);
    expect(result.problems).toEqual([]);
  });

  it('refuses a row with more values than columns (an unquoted comma in a name)', async () => {
    const text = 'employee_id,name,unit_code,role_code\nE1,Öberg, Åsa,ENH,USK\nE2,Per,ENH,USK\n';
    const result = await readImportFiles([{ name: 'people.csv', data: utf8(text) }]);

    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'people.csv', line: 2, column: null });
    expect(result.tables.people?.rows.map((r) => r.cells.employee_id)).toEqual(['E2']);
  });

  it('reports an unclosed quote instead of silently swallowing the rest of the file', async () => {
    const text = 'code,name\nR1,"Grupp\nR2,Kväll\n';
    const result = await readImportFiles([{ name: 'roles.csv', data: utf8(text) }]);
    expect(result.problems.map((p) => [p.file, p.line])).toEqual([['roles.csv', 2]]);
  });

  it('refuses two files for the same table', async () => {
    const result = await readImportFiles([
      { name: 'roles.csv', data: utf8('code,name\nA,A\n') },
      { name: 'ROLES.csv', data: utf8('code,name\nB,B\n') },
    ]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]?.reason).toContain('finns redan');
  });
});
