import { describe, expect, it } from 'vitest';
import type { ImportTable, RawTable } from '@/lib/import/types';
import { IMPORT_TABLES } from '@/lib/import/types';
import { generateDemo } from './generate-demo';

const demo = generateDemo();

function table(name: ImportTable): RawTable {
  const t = demo.tables[name];
  if (!t) throw new Error(`missing table ${name}`);
  return t;
}

function cells(name: ImportTable): Record<string, string | null>[] {
  return table(name).rows.map((r) => r.cells);
}

function cell(row: Record<string, string | null>, column: string): string {
  const value = row[column];
  if (value === null || value === undefined) throw new Error(`empty ${column} in ${JSON.stringify(row)}`);
  return value;
}

function codes(name: ImportTable, column = 'code'): Set<string> {
  return new Set(cells(name).map((row) => cell(row, column)));
}

const REQUIRED: Partial<Record<ImportTable, string[]>> = {
  units: ['code', 'name'],
  roles: ['code', 'name'],
  requirements: ['code', 'name'],
  role_requirements: ['role_code', 'requirement_code', 'required_level'],
  people: ['employee_id', 'name', 'unit_code', 'role_code'],
  rounds: ['code', 'name', 'opens_on', 'closes_on'],
  invitations: ['round_code', 'employee_id'],
  assessments: ['round_code', 'employee_id', 'requirement_code'], // level may be empty ("vet ej")
  effect_responses: ['round_code', 'employee_id', 'question_code', 'value'],
  courses: ['code', 'name', 'format'],
  course_requirements: ['course_code', 'requirement_code', 'target_level'],
  enrolments: ['employee_id', 'course_code'],
  projects: ['code', 'name', 'starts_on', 'ends_on'],
  project_participants: ['project_code', 'employee_id'],
};

/** Keys per IMPORT.md "Keys". */
const KEYS: Partial<Record<ImportTable, string[]>> = {
  units: ['code'],
  roles: ['code'],
  requirements: ['code'],
  rounds: ['code'],
  courses: ['code'],
  projects: ['code'],
  people: ['employee_id'],
  role_requirements: ['role_code', 'requirement_code'],
  invitations: ['round_code', 'employee_id'],
  course_requirements: ['course_code', 'requirement_code'],
  project_participants: ['project_code', 'employee_id'],
  enrolments: ['employee_id', 'course_code', 'enrolled_on'],
  effect_responses: ['round_code', 'employee_id', 'question_code'],
  assessments: ['round_code', 'employee_id', 'requirement_code', 'source', 'assessed_on'],
};

const STANDARD_QUESTIONS = new Set(['strengthened', 'knows_requirements', 'introduction', 'digital_access', 'learning_at_work']);
const DATE_COLUMNS = ['start_date', 'end_date', 'opens_on', 'closes_on', 'assessed_on', 'enrolled_on', 'completed_on', 'starts_on', 'ends_on', 'joined_on'];

function isValidDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  return new Date(`${text}T00:00:00Z`).toISOString().slice(0, 10) === text;
}

function meanGap(roundCode: string): number {
  const required = new Map(
    cells('role_requirements').map((r) => [`${cell(r, 'role_code')}|${cell(r, 'requirement_code')}`, Number(cell(r, 'required_level'))]),
  );
  const roleOf = new Map(cells('people').map((p) => [cell(p, 'employee_id'), cell(p, 'role_code')]));
  let sum = 0;
  let n = 0;
  for (const row of cells('assessments')) {
    if (row.round_code !== roundCode || row.level === null || row.level === undefined || !/^[0-4]$/.test(row.level)) continue;
    const role = row.role_code ?? roleOf.get(cell(row, 'employee_id'));
    const q = required.get(`${role}|${cell(row, 'requirement_code')}`);
    if (q === undefined) throw new Error(`role ${role} does not require ${row.requirement_code}`);
    sum += Math.max(0, q - Number(row.level));
    n++;
  }
  return sum / n;
}

describe('generateDemo', () => {
  it('is deterministic', () => {
    expect(generateDemo()).toEqual(demo);
  });

  it('is fast', () => {
    const started = performance.now();
    generateDemo();
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it('has the RawTable shape: lower-case columns, string or null cells, lines from 2', () => {
    expect(demo.problems).toEqual([]);
    expect(demo.tables.effect_questions).toBeUndefined();
    const problems: string[] = [];
    for (const [name, t] of Object.entries(demo.tables)) {
      expect(IMPORT_TABLES).toContain(name);
      expect(t.table).toBe(name);
      expect(t.file).toBe(`demo/${name}.csv`);
      for (const column of t.columns) expect(column).toBe(column.toLowerCase());
      t.rows.forEach((row, index) => {
        if (row.line !== index + 2) problems.push(`${name}: line ${row.line} at index ${index}`);
        if (Object.keys(row.cells).join() !== t.columns.join()) problems.push(`${name}:${row.line}: columns`);
        for (const value of Object.values(row.cells)) {
          if (value !== null && (typeof value !== 'string' || value === '' || value !== value.trim())) {
            problems.push(`${name}:${row.line}: cell ${JSON.stringify(value)}`);
          }
        }
      });
    }
    expect(problems).toEqual([]);
  });

  it('fills every required column and writes valid dates', () => {
    const problems: string[] = [];
    for (const [name, required] of Object.entries(REQUIRED) as [ImportTable, string[]][]) {
      for (const row of cells(name)) {
        for (const column of required) if (row[column] === null) problems.push(`${name}: empty ${column}`);
        for (const column of DATE_COLUMNS) {
          const value = row[column];
          if (value !== null && value !== undefined && !isValidDate(value)) problems.push(`${name}.${column}=${value}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('uses values in range', () => {
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok) problems.push(what);
    };
    for (const r of cells('units')) check(['region', 'kommun', 'forvaltning', 'omrade', 'enhet'].includes(cell(r, 'kind')), `kind ${r.kind}`);
    for (const r of cells('role_requirements')) {
      check(['1', '2', '3', '4'].includes(cell(r, 'required_level')), `required_level ${r.required_level}`);
      check(['1', '2', '3'].includes(cell(r, 'weight')), `weight ${r.weight}`);
    }
    for (const r of cells('people')) {
      check(['tillsvidare', 'visstid', 'timanstalld'].includes(cell(r, 'employment')), `employment ${r.employment}`);
      check(r.end_date === null || cell(r, 'end_date') > cell(r, 'start_date'), `end before start ${r.employee_id}`);
      check(cell(r, 'start_date') < '2026-11-01', `start ${r.start_date}`);
    }
    for (const r of cells('assessments')) {
      check(['self', 'validated'].includes(cell(r, 'source')), `source ${r.source}`);
      check(r.level === null || ['0', '1', '2', '3', '4', 'vet ej', 'Vet ej', 'ej aktuellt'].includes(cell(r, 'level')), `level ${r.level}`);
    }
    for (const r of cells('effect_responses')) check(['1', '2', '3', '4', '5'].includes(cell(r, 'value')), `value ${r.value}`);
    for (const r of cells('courses')) check(['digital', 'fysisk', 'blandad'].includes(cell(r, 'format')), `format ${r.format}`);
    for (const r of cells('course_requirements')) check(['2', '3', '4'].includes(cell(r, 'target_level')), `target ${r.target_level}`);
    for (const r of cells('enrolments')) {
      check(r.completed_on === null || cell(r, 'completed_on') >= cell(r, 'enrolled_on'), `completed before enrolled`);
      check(cell(r, 'enrolled_on') >= '2025-01-01' && cell(r, 'enrolled_on') <= '2026-10-31', `enrolled ${r.enrolled_on}`);
    }
    expect(problems).toEqual([]);
  });

  it('gives each role 4–9 requirements', () => {
    const count = new Map<string, number>();
    for (const r of cells('role_requirements')) count.set(cell(r, 'role_code'), (count.get(cell(r, 'role_code')) ?? 0) + 1);
    for (const role of codes('roles')) {
      expect(count.get(role) ?? 0).toBeGreaterThanOrEqual(4);
      expect(count.get(role) ?? 0).toBeLessThanOrEqual(9);
    }
  });

  it('has between 500 and 560 staff', () => {
    expect(cells('people').length).toBeGreaterThanOrEqual(500);
    expect(cells('people').length).toBeLessThanOrEqual(560);
  });

  it('resolves every foreign code', () => {
    const units = codes('units');
    const roles = codes('roles');
    const requirements = codes('requirements');
    const people = codes('people', 'employee_id');
    const rounds = codes('rounds');
    const courses = codes('courses');
    const projects = codes('projects');
    const problems: string[] = [];
    const resolve = (known: Set<string>, value: string | null | undefined, what: string) => {
      if (value === null || value === undefined || !known.has(value)) problems.push(`${what}: ${value}`);
    };
    const seenUnits = new Set<string>();
    for (const r of cells('units')) {
      if (r.parent_code !== null) resolve(seenUnits, r.parent_code, 'units.parent_code (parent first)');
      seenUnits.add(cell(r, 'code'));
    }
    for (const r of cells('role_requirements')) {
      resolve(roles, r.role_code, 'role_requirements.role_code');
      resolve(requirements, r.requirement_code, 'role_requirements.requirement_code');
    }
    for (const r of cells('people')) {
      resolve(units, r.unit_code, 'people.unit_code');
      resolve(roles, r.role_code, 'people.role_code');
    }
    for (const r of cells('invitations')) {
      resolve(rounds, r.round_code, 'invitations.round_code');
      resolve(people, r.employee_id, 'invitations.employee_id');
    }
    for (const name of ['assessments', 'effect_responses'] as const) {
      for (const r of cells(name)) {
        resolve(rounds, r.round_code, `${name}.round_code`);
        resolve(people, r.employee_id, `${name}.employee_id`);
        if (r.unit_code !== null) resolve(units, r.unit_code, `${name}.unit_code`);
        if (r.role_code !== null) resolve(roles, r.role_code, `${name}.role_code`);
      }
    }
    for (const r of cells('assessments')) resolve(requirements, r.requirement_code, 'assessments.requirement_code');
    for (const r of cells('effect_responses')) resolve(STANDARD_QUESTIONS, r.question_code, 'effect_responses.question_code');
    for (const r of cells('course_requirements')) {
      resolve(courses, r.course_code, 'course_requirements.course_code');
      resolve(requirements, r.requirement_code, 'course_requirements.requirement_code');
    }
    for (const r of cells('enrolments')) {
      resolve(people, r.employee_id, 'enrolments.employee_id');
      resolve(courses, r.course_code, 'enrolments.course_code');
    }
    for (const r of cells('project_participants')) {
      resolve(projects, r.project_code, 'project_participants.project_code');
      resolve(people, r.employee_id, 'project_participants.employee_id');
    }
    expect(problems).toEqual([]);
  });

  it('only assesses requirements of the role the person had in the round', () => {
    const required = new Set(cells('role_requirements').map((r) => `${r.role_code}|${r.requirement_code}`));
    const roleOf = new Map(cells('people').map((p) => [cell(p, 'employee_id'), cell(p, 'role_code')]));
    const wrong = cells('assessments').filter(
      (r) => !required.has(`${r.role_code ?? roleOf.get(cell(r, 'employee_id'))}|${r.requirement_code}`),
    );
    expect(wrong).toEqual([]);
  });

  it('has no duplicate keys', () => {
    const duplicates: string[] = [];
    for (const [name, key] of Object.entries(KEYS) as [ImportTable, string[]][]) {
      const seen = new Set<string>();
      for (const row of cells(name)) {
        const k = key.map((column) => row[column] ?? '').join('|');
        if (seen.has(k)) duplicates.push(`${name}: ${k}`);
        seen.add(k);
      }
    }
    expect(duplicates).toEqual([]);
  });

  it('has small and big units, and people placed on a non-leaf unit', () => {
    const perUnit = new Map<string, number>();
    for (const p of cells('people')) perUnit.set(cell(p, 'unit_code'), (perUnit.get(cell(p, 'unit_code')) ?? 0) + 1);
    const sizes = [...perUnit.values()];
    expect(sizes.some((n) => n >= 3 && n <= 6)).toBe(true);
    expect(sizes.some((n) => n >= 25)).toBe(true);
    const parents = new Set(cells('units').flatMap((u) => (u.parent_code ? [u.parent_code] : [])));
    expect(cells('people').some((p) => parents.has(cell(p, 'unit_code')))).toBe(true);
  });

  it('has two closed rounds with answers and one open round without, invitations for all but the first', () => {
    const rounds = cells('rounds');
    expect(rounds.map((r) => r.code)).toEqual(['KART-2025', 'KART-2026', 'KART-2026-H']);
    for (const r of rounds.slice(0, 2)) expect(cell(r, 'closes_on') < '2026-11-01').toBe(true);
    expect(cell(rounds[2]!, 'closes_on') > '2026-11-23').toBe(true);
    expect(new Set(cells('invitations').map((r) => r.round_code))).toEqual(new Set(['KART-2026', 'KART-2026-H']));
    expect(cells('assessments').some((a) => a.round_code === 'KART-2026-H')).toBe(false);
  });

  it('shows a lower mean gap in 2026 than in 2025', () => {
    const before = meanGap('KART-2025');
    const after = meanGap('KART-2026');
    expect(before).toBeGreaterThan(0.7);
    expect(before).toBeLessThan(1.3);
    expect(after).toBeLessThan(before - 0.2);
  });

  it('has answers that move unit or role between the rounds', () => {
    const moved = new Set(
      cells('assessments').filter((r) => r.round_code === 'KART-2025' && r.unit_code !== null).map((r) => r.employee_id),
    );
    expect(moved.size).toBeGreaterThanOrEqual(8);
    expect(moved.size).toBeLessThanOrEqual(12);
    expect(cells('assessments').some((r) => r.source === 'validated')).toBe(true);
    expect(cells('assessments').some((r) => r.level === null || r.level === 'vet ej' || r.level === 'ej aktuellt')).toBe(true);
  });

  it('has about 60% of staff as project participants', () => {
    const share = cells('project_participants').length / cells('people').length;
    expect(share).toBeGreaterThanOrEqual(0.5);
    expect(share).toBeLessThanOrEqual(0.7);
  });
});
