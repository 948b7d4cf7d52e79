// Import throughput: an organisation with answers written as the import's CSV files, read and
// stored through the same code as the command line and /admin/import (readImportFiles →
// runImport), on an empty database.
import { SYSTEM_VIEWER } from '@/lib/auth/viewer';
import { runImport } from '@/lib/data/import-data';
import { readImportFiles } from '@/lib/import/read-import';

export interface ImportTiming {
  rows: number;
  answerRows: number;
  parseSeconds: number;
  importSeconds: number;
  rowsPerSecond: number;
  rejected: number;
}

/** The benchmark's import as CSV files by name: units, roles, requirements, people, rounds and their answers. */
export function importCsvFiles(people: number, rounds: number): Record<string, string> {
  const leaves = Math.ceil(people / 25);
  const lines = (header: string, rows: string[]) => `${header}\n${rows.join('\n')}\n`;
  const requirements = Array.from({ length: 40 }, (_, i) => `K${String(i + 1).padStart(2, '0')}`);
  const roles = ['USK', 'VBT', 'SSK', 'STA'];
  const required = (r: number) => requirements.filter((_, q) => (q - r * 5 + 400) % 40 < 30);
  const roundCodes = Array.from({ length: rounds }, (_, k) => `IMP-${k + 1}`);
  const assessments: string[] = [];
  const effects: string[] = [];
  const peopleRows: string[] = [];
  for (let p = 1; p <= people; p++) {
    const role = (p * 7) % roles.length;
    const id = `I${String(p).padStart(7, '0')}`;
    peopleRows.push(`${id},Person ${p},IMP-${(p % leaves) + 1},${roles[role]},,tillsvidare,2015-01-01`);
    for (const [k, round] of roundCodes.entries()) {
      for (const [q, code] of required(role).entries()) assessments.push(`${round},${id},${code},${(p + q + k) % 5},self,2025-0${k + 1}-1${q % 10}`);
      effects.push(`${round},${id},strengthened,${1 + ((p + k) % 5)}`);
    }
  }
  return {
    'units.csv': lines('code,name,parent_code,kind', ['IMP,Importkommunen,,kommun', ...Array.from({ length: leaves }, (_, i) => `IMP-${i + 1},Enhet ${i + 1},IMP,enhet`)]),
    'roles.csv': lines('code,name', roles.map((r) => `${r},Roll ${r}`)),
    'requirements.csv': lines('code,name,framework,area', requirements.map((c) => `${c},Krav ${c},Importramverket,Område`)),
    'role_requirements.csv': lines('role_code,requirement_code,required_level,weight', roles.flatMap((r, i) => required(i).map((c) => `${r},${c},3,1`))),
    'people.csv': lines('employee_id,name,unit_code,role_code,email,employment,start_date', peopleRows),
    'rounds.csv': lines('code,name,opens_on,closes_on,kind', roundCodes.map((c, k) => `${c},Omgång ${k + 1},2025-0${k + 1}-01,2025-0${k + 1}-28,kombinerad`)),
    'assessments.csv': lines('round_code,employee_id,requirement_code,level,source,assessed_on', assessments),
    'effect_responses.csv': lines('round_code,employee_id,question_code,value', effects),
  };
}

export async function benchImport(options: { people: number; rounds: number }): Promise<ImportTiming> {
  const files = importCsvFiles(options.people, options.rounds);
  const rows = Object.values(files).reduce((s, text) => s + text.split('\n').length - 2, 0);
  const answerRows = ['assessments.csv', 'effect_responses.csv'].reduce((s, f) => s + (files[f] as string).split('\n').length - 2, 0);
  const parseStarted = performance.now();
  const parsed = await readImportFiles(Object.entries(files).map(([name, text]) => ({ name, data: new TextEncoder().encode(text) })));
  const parseSeconds = (performance.now() - parseStarted) / 1000;
  const started = performance.now();
  const result = await runImport(SYSTEM_VIEWER, parsed, { dryRun: false });
  const importSeconds = (performance.now() - started) / 1000;
  return { rows, answerRows, parseSeconds, importSeconds, rowsPerSecond: rows / (parseSeconds + importSeconds), rejected: result.rejected.length };
}
