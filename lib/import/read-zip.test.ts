import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readImportFiles } from './read-import';
import { readImportPath } from './read-import-path';

describe('zip of a folder', () => {
  it('reads CSV files inside a sub-folder and skips macOS metadata', async () => {
    const zip = zipSync({
      'export/roles.csv': strToU8('code;name\nUSK;Undersköterska\n'),
      'export/units.csv': strToU8('code;name;kind\nEXE;Exempelby;kommun\n'),
      '__MACOSX/export/._roles.csv': strToU8('\u0000junk'),
      'export/.DS_Store': strToU8('junk'),
    });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kk-zip-'));
    const file = path.join(dir, 'export.zip');
    writeFileSync(file, zip);

    const result = await readImportPath(file);

    expect(result.problems).toEqual([]);
    expect(result.tables.roles?.file).toBe('roles.csv');
    expect(result.tables.roles?.rows[0]?.cells.name).toBe('Undersköterska');
    expect(result.tables.units?.rows[0]?.cells).toEqual({ code: 'EXE', name: 'Exempelby', kind: 'kommun' });
    expect(result.warnings).toEqual([]);
  });

  it('refuses an entry over the size limit from its header, without reading it', async () => {
    const zip = zipSync({ 'roles.csv': strToU8('code,name\n' + 'A,B\n'.repeat(1000)) });
    const result = await readImportFiles([{ name: 'a.zip', data: zip }], { maxFileBytes: 1000 });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'roles.csv', line: 0, column: null });
    expect(result.problems[0]?.reason).toMatch(/^filen är större än/);
    expect(result.tables.roles).toBeUndefined();
  });

  it('reports a corrupt zip as a problem', async () => {
    const data = strToU8('PK\u0003\u0004 this is not really a zip');
    const result = await readImportFiles([{ name: 'broken.zip', data }]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'broken.zip', line: 0 });
  });
});
