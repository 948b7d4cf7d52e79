import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { differences, runCli } from '../support/run-cli';
import { SAMPLE_EXPECTED } from '../support/sample';
import { tempDir, writeSampleXlsx, writeSwedishExcelCsv } from '../support/sample-variants';
import { freshDatabase, TEST_DRIVERS } from '../support/test-database';

const FORMATS = [
  {
    name: 'Swedish Excel CSV (;, BOM, CRLF, Windows-1252 people, upper-case headers)',
    make: async () => {
      const dir = tempDir('excel-csv');
      writeSwedishExcelCsv(dir);
      return dir;
    },
  },
  {
    name: 'one XLSX workbook with numeric and date cells',
    make: async () => {
      const file = path.join(tempDir('xlsx'), 'kartlaggning.xlsx');
      await writeSampleXlsx(file);
      return file;
    },
  },
];

describe.each(TEST_DRIVERS)('the sample in other formats on $name', (driver) => {
  describe.each(FORMATS)('$name', (format) => {
    let handle: DbHandle;
    let source: string;
    beforeAll(async () => {
      handle = await freshDatabase(driver);
      source = await format.make();
    });
    afterAll(async () => {
      await handle.close();
    });

    it('imports without a rejected row and keeps names intact', async () => {
      const r = await runCli(['import', source, '--json']);
      expect(r.code, r.stdout).toBe(0);
      expect(JSON.parse(r.stdout).created).toMatchObject({ people: 198, assessments: 2265, effect_responses: 1311 });
      const { queryRows, sql } = await import('@/db/client');
      const [person] = await queryRows<{ name: string }>(handle.db, sql`select name from people where employee_id = 'E10004'`);
      expect(person?.name).toBe('Päivi Mohammed');
    });

    it('gives every expected figure of the sample', async () => {
      const failures: string[] = [];
      for (const entry of SAMPLE_EXPECTED) {
        const r = await runCli(entry.args);
        if (r.code !== 0) failures.push(`${entry.args.join(' ')}: exit ${r.code} ${r.stderr}`);
        else failures.push(...differences(JSON.parse(r.stdout), entry.expect).map((d) => `${entry.args.slice(0, 6).join(' ')} ${d}`));
      }
      expect(failures).toEqual([]);
    });
  });
});
