import { mkdirSync, mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportPath } from './read-import-path';
import { IMPORT_TABLES } from './types';

const SAMPLE = path.resolve(__dirname, '../../../shared/data/sample/data');

function tempDir(): string {
  return mkdtempSync(path.join(os.tmpdir(), 'kk-path-'));
}

describe('readImportPath', () => {
  it('reads the sample export completely', async () => {
    const result = await readImportPath(SAMPLE);

    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(Object.keys(result.tables)).toHaveLength(14);
    expect(result.tables.assessments?.rows).toHaveLength(2265);
    expect(result.tables.people?.rows[0]?.cells.employee_id).toBe('E10004');
    expect(result.tables.people?.rows[0]?.line).toBe(2);
    for (const table of Object.values(result.tables)) {
      expect(IMPORT_TABLES).toContain(table.table);
    }
  });

  it('throws a Swedish error for a path that does not exist', async () => {
    await expect(readImportPath('/no/such/import')).rejects.toThrow(/Hittar ingen fil eller mapp/);
  });

  it('refuses a file over 50 MB from its size alone', async () => {
    const dir = tempDir();
    const big = path.join(dir, 'assessments.csv');
    writeFileSync(big, '');
    truncateSync(big, 51 * 1024 * 1024); // sparse: the size is there, the bytes are not
    writeFileSync(path.join(dir, 'roles.csv'), 'code,name\nUSK,Undersköterska\n');

    const result = await readImportPath(dir);

    expect(result.problems).toEqual([
      { file: 'assessments.csv', line: 0, column: null, reason: 'filen är större än 50 MB' },
    ]);
    expect(result.tables.roles?.rows).toHaveLength(1);
  });

  it('stops with a problem when the import holds too many rows in total', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'roles.csv'), 'code,name\nA,A\nB,B\n');
    writeFileSync(path.join(dir, 'units.csv'), 'code,name\nC,C\nD,D\n');

    const result = await readImportPath(dir, { maxRows: 3 });

    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ file: 'units.csv', line: 3, column: null });
    expect(result.problems[0]?.reason).toMatch(/^importen har fler än 3 rader/);
  });

  it('warns about sub-folders and non-CSV files in a folder', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'gammalt'));
    writeFileSync(path.join(dir, 'LÄSMIG.txt'), 'hej');
    writeFileSync(path.join(dir, 'roles.csv'), 'code,name\nUSK,Undersköterska\n');

    const result = await readImportPath(dir);

    expect(result.tables.roles?.rows).toHaveLength(1);
    expect(result.warnings).toHaveLength(2);
  });
});
