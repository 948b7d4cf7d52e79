import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DbHandle } from '@/db/client';
import { snapshot } from '../support/db-snapshot';
import { runCli } from '../support/run-cli';
import { SAMPLE_DIR } from '../support/sample';
import { tempDir } from '../support/sample-variants';
import { freshDatabase, TEST_DRIVERS } from '../support/test-database';

/** A copy of the sample with one line replaced (1-based, header = 1) or appended. */
function withLine(dir: string, file: string, line: number | 'append', text: string) {
  const target = path.join(dir, file);
  const lines = fs.readFileSync(target, 'utf8').replace(/\n$/, '').split('\n');
  if (line === 'append') lines.push(text);
  else lines[line - 1] = text;
  fs.writeFileSync(target, `${lines.join('\n')}\n`);
}

describe.each(TEST_DRIVERS)('a broken import on $name', (driver) => {
  let handle: DbHandle;
  let broken: string;
  beforeAll(async () => {
    handle = await freshDatabase(driver);
    expect((await runCli(['import', SAMPLE_DIR, '--json'])).code).toBe(0);
    broken = tempDir('broken');
    for (const f of fs.readdirSync(SAMPLE_DIR)) fs.copyFileSync(path.join(SAMPLE_DIR, f), path.join(broken, f));
    // people.csv line 3: an unknown role; line 4: a bad start date.
    withLine(broken, 'people.csv', 3, 'E10007,Märta Andersson,EXE-VO-ALD-01,XYZ,e10007@exempelby.example,timanstalld,2025-11-20,');
    withLine(broken, 'people.csv', 4, 'E10009,Aisha Isaksson,EXE-VO-ALD-01,USK,e10009@exempelby.example,tillsvidare,2023-02-30,');
    // assessments.csv line 2: a level of 7; line 3: an unknown round.
    withLine(broken, 'assessments.csv', 2, 'R25,E10004,K07,7,self,2025-04-04,,');
    withLine(broken, 'assessments.csv', 3, 'R99,E10004,K08,2,self,2025-03-22,,');
    // units.csv: a new last line (18) repeats the key of line 2.
    withLine(broken, 'units.csv', 'append', 'EXE,Exempelby igen,,kommun');
    // courses.csv without its required format column.
    fs.writeFileSync(path.join(broken, 'courses.csv'), 'code,name,hours\nNY-D,Ny kurs,2\n');
    // A new person whose unit does not exist.
    withLine(broken, 'people.csv', 'append', 'E99999,Ny Person,NOPE,USK,,,,');
  });
  afterAll(async () => {
    await handle.close();
  });

  it('exits 1, lists every problem with file, line and column, and changes nothing', async () => {
    const before = await snapshot(handle.db);
    const r = await runCli(['import', broken, '--json']);
    expect(r.code).toBe(1);
    const { rejected, created, updated } = JSON.parse(r.stdout);
    const where = rejected.map((p: { file: string; line: number; column: string }) => `${p.file}:${p.line}:${p.column}`);
    expect(where).toEqual(expect.arrayContaining([
      'units.csv:18:code',
      'people.csv:3:role_code',
      'people.csv:4:start_date',
      'people.csv:200:unit_code',
      'assessments.csv:2:level',
      'assessments.csv:3:round_code',
      'courses.csv:1:format',
    ]));
    for (const p of rejected) expect(p.reason).toEqual(expect.any(String));
    expect(created).toEqual({});
    expect(updated).toEqual({});
    expect(await snapshot(handle.db)).toEqual(before);
  });

  it('prints the problems as file:line: column: reason without --json', async () => {
    const r = await runCli(['import', broken]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/people\.csv:3: role_code: okänd yrkesroll XYZ/);
    expect(r.stdout).toMatch(/assessments\.csv:2: level: /);
  });

  it('a dry run of good files reports what would change and stores nothing', async () => {
    const changed = tempDir('dry');
    fs.writeFileSync(path.join(changed, 'roles.csv'), 'code,name\nUSK,Undersköterska (ny titel)\nNYR,Ny roll\n');
    const before = await snapshot(handle.db);
    const r = await runCli(['import', changed, '--dry-run', '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ dryRun: true, created: { roles: 1 }, updated: { roles: 1 }, rejected: [] });
    expect(await snapshot(handle.db)).toEqual(before);
  });
});
